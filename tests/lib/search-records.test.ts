import { describe, expect, it } from 'vitest';
import { searchFilterValues, searchRecords } from '../../src/lib/search-records.ts';
import { findingsOf } from '../../src/lib/findings.ts';
import { validateFolder } from '../helpers/content.ts';

const { cases, glossary } = validateFolder('content');
const label = (lang: string, key: string) => `${lang}:${key}`;
const locator = (lang: string, raw: string) => `${lang}:${raw}`;
const records = searchRecords(
  cases,
  glossary,
  (lang, path) => (lang === 'en' ? path : `/${lang}${path}`),
  label,
  locator,
);

describe('the search records', () => {
  it('hold, per language, every case, every finding and every glossary term once', () => {
    const findings = cases.flatMap((c) => findingsOf(c.data)).length;
    for (const lang of ['en', 'id'] as const) {
      const own = records.filter((r) => r.language === lang);
      expect(own).toHaveLength(cases.length + findings + glossary.size);
      expect(new Set(own.map((r) => r.url)).size).toBe(own.length);
    }
  });

  it('open a finding at its anchor on its case page, in the record’s language, with case and field', () => {
    const river = records.find((r) => r.language === 'id' && r.url.endsWith('#bs-ini-1'))!;
    expect(river.url).toBe('/id/cases/bandung-seoul/#bs-ini-1');
    expect(river.content).toContain('Cikapundung');
    expect(river.meta).toEqual({
      title: 'Bandung–Seoul: id:field.urban-governance',
      case: 'Bandung–Seoul',
      kind: 'id:findingKind.initiative',
      locator: 'id:V item 1',
    });
    expect(river.filters).toEqual({ case: ['Bandung–Seoul'], kind: ['id:findingKind.initiative'] });
  });

  it('give glossary terms no case filter, and their own kind', () => {
    const terms = records.filter((r) => r.url.includes('/glossary/#'));
    expect(terms).toHaveLength(2 * glossary.size);
    expect(
      terms.every((r) => r.filters.case === undefined && r.filters.kind[0]!.endsWith('search.kindTerm')),
    ).toBe(true);
  });

  it('offer as filters exactly the case and kind values the records carry', () => {
    for (const lang of ['en', 'id'] as const) {
      const own = records.filter((r) => r.language === lang);
      const values = searchFilterValues(cases, lang, label);
      expect(new Set(values.case)).toEqual(new Set(own.flatMap((r) => r.filters.case ?? [])));
      expect(new Set(values.kind)).toEqual(new Set(own.flatMap((r) => r.filters.kind)));
    }
  });
});
