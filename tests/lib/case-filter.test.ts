import { describe, expect, it } from 'vitest';
import { facetOptions, facetsOf, filterStylesheet } from '../../src/lib/case-filter.ts';
import { FACETS, pickId, shows, type CaseFacets } from '../../src/lib/case-filter-rule.ts';
import { validateFolder } from '../helpers/content.ts';
import { AGREEMENT_LEVELS } from '../../src/schemas/vocabulary.ts';

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
    // Vocabulary order, "not stated" last, whatever order the cases come in.
    const levels = facetOptions([...all].reverse()).level;
    const had = new Set<string>(all.map((c) => c.data.agreement.level));
    expect(levels).toEqual([...AGREEMENT_LEVELS, 'not-stated'].filter((level) => had.has(level)));
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

  it('writes one rule per case that hides it exactly when the rule above does, for any choice', () => {
    const cases = all;
    const css = filterStylesheet(cases);
    // Each rule: selectors separated by ",\n", each naming the checkboxes that must all be unticked.
    const rules = new Map(
      [...css.matchAll(/([^{}]+)\.case-([a-z0-9-]+) \{\n {2}display: none;\n\}/g)].map((m) => [m[2]!, m[0]!]),
    );
    expect([...rules.keys()].sort()).toEqual(cases.map((c) => c.slug).sort());
    // Every selector asks the filter, not the whole document, and reaches the case after it.
    const selector =
      /^\[data-case-filter\](?::has\(#[\w-]+:not\(:checked\)\))+ ~ (?:\* )?\.case-[a-z0-9-]+(?:,| \{)$/;
    const body = ['  display: none;', '}', ''];
    for (const line of css.split('\n').slice(1)) if (!body.includes(line)) expect(line).toMatch(selector);
    // Each anchor reaches both the case's elements beside the filter and those inside them.
    const selectors = new Set(
      css
        .split('\n')
        .filter((line) => line.startsWith('['))
        .map((line) => line.replace(/(,| \{)$/, '')),
    );
    for (const one of selectors) {
      expect(selectors.has(one.replace(' ~ .', ' ~ * .')), one).toBe(true);
      expect(selectors.has(one.replace(' ~ * .', ' ~ .')), one).toBe(true);
    }
    const hiddenBy = (rule: string, picked: (id: string) => boolean) =>
      rule
        .split(',\n')
        .some((selector) =>
          [...selector.matchAll(/#([\w-]+):not\(:checked\)/g)].every((m) => !picked(m[1]!)),
        );
    const ids = FACETS.flatMap((facet) => facetOptions(cases)[facet].map((value) => pickId(facet, value)));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let differing = 0;
    for (let round = 0; round < 300; round++) {
      // Mostly ticked, as readers narrow a little at a time.
      const ticked = new Set(ids.filter(() => random() < 0.8));
      const picked = (id: string) => ticked.has(id);
      for (const entry of cases) {
        const hidden = hiddenBy(rules.get(entry.slug)!, picked);
        expect(hidden, `${entry.slug} with ${[...ticked].join(' ')}`).toBe(!shows(facetsOf(entry), picked));
        if (hidden) differing++;
      }
    }
    // The choices did hide cases, and not all of them: the comparison was put to the test.
    expect(differing).toBeGreaterThan(0);
    expect(differing).toBeLessThan(300 * cases.length);
  });
});
