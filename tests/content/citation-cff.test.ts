import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, validateFolder } from '../helpers/content.ts';

const cff = parse(readFileSync(join(ROOT, 'CITATION.cff'), 'utf8'));
const dataset = parse(readFileSync(join(ROOT, 'content/dataset.yaml'), 'utf8'));
const cases = validateFolder('content').cases;

describe('CITATION.cff', () => {
  it('has the fields CFF 1.2.0 requires, and the dataset’s version and licence', () => {
    expect(cff).toMatchObject({
      'cff-version': '1.2.0',
      type: 'dataset',
      version: dataset.version,
      license: dataset.licence.id,
    });
    expect(cff.message && cff.title).toBeTruthy();
    expect(cff.authors.length).toBeGreaterThan(0);
  });

  it('lists the two theses as references, inventing no author or year', () => {
    expect(cff.references).toHaveLength(cases.length);
    for (const { data } of cases) {
      const ref = cff.references.find(
        (r: { section: string }) =>
          r.section.startsWith(`B`) && r.section.includes(data.source.chapter.number + ','),
      );
      expect(ref, data.source.id).toBeDefined();
      expect(ref.type).toBe('thesis');
      if (data.source.author === 'not-stated')
        expect(ref.authors).toEqual([{ name: 'Author not stated in the excerpt' }]);
      else
        expect(`${ref.authors[0]['given-names']} ${ref.authors[0]['family-names']}`).toBe(data.source.author);
      expect(ref.year).toBe(data.source.year === 'not-stated' ? undefined : data.source.year);
    }
  });
});
