import { describe, expect, it } from 'vitest';
import { withReferences } from '../../src/lib/content-rules.ts';
import { idNamespaceProblems } from '../../src/lib/id-namespace.ts';
import { sharedEntityProblems } from '../../src/lib/shared-entities.ts';

const city = (id: string, lat = 1) => ({ id, name: id, country: 'KR', coordinates: { lat, lon: 2 } });
const source = { id: 'thesis-a', year: 2020, chapter: { number: 'I', title: 'Kesimpulan' } };
const parsed = (slug: string, data: unknown) => ({ file: `${slug}.mdx`, slug, data, lineOf: () => 7 });
const glossary = (slug: string) => ({ file: `${slug}.yaml`, slug, data: {}, lineOf: () => undefined });
const finding = (id: string, formerIds?: string[]) => ({
  id,
  locator: 'I ¶1',
  ...(formerIds ? { formerIds } : {}),
});

describe('one set of ids', () => {
  it('lets two cases name the same city and source, when they agree on every field', () => {
    const cases = withReferences([
      parsed('a-b', { cities: [city('a'), city('b')], source, timeline: [finding('ab-1')] }),
      parsed('c-b', { cities: [city('c'), city('b')], source: { ...source }, timeline: [finding('cb-1')] }),
    ]);
    expect(idNamespaceProblems(cases, [glossary('twinning')])).toEqual([]);
    expect(sharedEntityProblems(cases)).toEqual([]);
  });

  it('names both files when a city differs, a finding takes a glossary id, or a former id is live', () => {
    const cases = withReferences([
      parsed('a-b', { cities: [city('a'), city('b')], timeline: [finding('ab-1')] }),
      parsed('c-b', {
        cities: [city('c'), city('b', 9)],
        timeline: [finding('twinning'), finding('cb-2', ['ab-1'])],
      }),
    ]);
    const lines = [...idNamespaceProblems(cases, [glossary('twinning')]), ...sharedEntityProblems(cases)].map(
      (p) => `${p.file} ${p.path}: ${p.message}`,
    );
    expect(lines).toEqual([
      'c-b.mdx timeline[0].id: id "twinning" is already the id of a glossary entry (its file name) in twinning.yaml',
      'c-b.mdx timeline[1].formerIds[0]: id "ab-1" (listed as a former id of finding "cb-2") is already the id of a finding in a-b.mdx at timeline[0].id',
      'c-b.mdx cities[1].coordinates: city "b" is also in a-b.mdx, with coordinates {"lat":1,"lon":2} there and {"lat":9,"lon":2} here',
    ]);
  });
});
