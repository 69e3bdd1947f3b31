import { describe, expect, it } from 'vitest';
import { facetOptions, facetsOf, filterStylesheet } from '../../src/lib/case-filter.ts';
import { FACETS, pickId, shows, type CaseFacets } from '../../src/lib/case-filter-rule.ts';
import { validateFolder } from '../helpers/content.ts';

const real = validateFolder('content').cases;
const fixture = validateFolder('tests/fixtures/valid').cases;
const all = [...real, ...fixture];

describe('the case filter', () => {
  it('takes each case’s values from its data: slug, countries, level, fields, assessment', () => {
    for (const entry of all) {
      const facets = facetsOf(entry);
      expect(facets.case).toEqual([entry.slug]);
      expect(new Set(facets.country)).toEqual(new Set(entry.data.cities.map((c) => c.country)));
      expect(facets.level).toEqual([entry.data.agreement.level]);
      expect(facets.field).toEqual([...new Set(entry.data.fields.map((f) => f.field))]);
      const { assessment } = entry.data.outcomes;
      expect(facets.assessment).toEqual([assessment === 'not-stated' ? 'not-stated' : assessment.value]);
    }
  });

  it('offers only values some case has, in the vocabulary’s order, "not stated" last', () => {
    const options = facetOptions(all);
    expect(options.case).toEqual(all.map((c) => c.slug));
    for (const facet of FACETS) {
      const had = new Set(all.flatMap((c) => facetsOf(c)[facet]));
      expect(new Set(options[facet])).toEqual(had);
    }
    const levels = facetOptions(real).level;
    if (levels.includes('not-stated')) expect(levels.at(-1)).toBe('not-stated');
  });

  it('shows a case picked itself with at least one picked value in every other facet it has values in', () => {
    const facets: CaseFacets = {
      case: ['a-b'],
      country: ['ID', 'KR'],
      level: ['sister-city'],
      field: ['economy', 'culture'],
      assessment: [],
    };
    const everything = new Set(FACETS.flatMap((f) => facets[f].map((v) => pickId(f, v))));
    const without =
      (...ids: string[]) =>
      (id: string) =>
        everything.has(id) && !ids.includes(id);
    expect(shows(facets, without())).toBe(true);
    expect(shows(facets, without('pick-case-a-b'))).toBe(false);
    // One of its two countries, or one of its fields, is enough.
    expect(shows(facets, without('pick-country-ID'))).toBe(true);
    expect(shows(facets, without('pick-country-ID', 'pick-country-KR'))).toBe(false);
    expect(shows(facets, without('pick-field-economy'))).toBe(true);
    expect(shows(facets, without('pick-field-economy', 'pick-field-culture'))).toBe(false);
    expect(shows(facets, without('pick-level-sister-city'))).toBe(false);
    // A facet it has no value in never hides it.
    expect(shows(facets, without('pick-assessment-stagnant', 'pick-assessment-not-stated'))).toBe(true);
  });

  it('writes one rule per case that hides it exactly when the rule above does', () => {
    const css = filterStylesheet(real);
    for (const entry of real) {
      const facets = facetsOf(entry);
      const rule = new RegExp(`([^}]*)\\[data-case="${entry.slug}"\\] \\{\\n  display: none;\\n\\}`).exec(
        css,
      );
      expect(rule, entry.slug).not.toBeNull();
      // One selector per facet the case has values in, each naming all of that facet's values.
      const selectors = css
        .slice(0, css.indexOf(`[data-case="${entry.slug}"] {`) + 1)
        .split('}')
        .at(-1)!
        .split(',\n')
        .map((sel) => sel.trim());
      expect(selectors).toHaveLength(FACETS.filter((f) => facets[f].length > 0).length);
      for (const facet of FACETS)
        for (const value of facets[facet])
          expect(css).toContain(`:has(#${pickId(facet, value)}:not(:checked))`);
    }
    expect(css.match(/display: none;/g)).toHaveLength(real.length);
  });
});
