import type { CaseData } from '../schemas/case.ts';
import { AGREEMENT_LEVELS, ASSESSMENTS, COOPERATION_FIELDS, COUNTRIES } from '../schemas/vocabulary.ts';
import type { CaseEntry } from './casebook.ts';
import {
  caseClass,
  FACETS,
  FILTER_SELECTOR,
  pickId,
  type CaseFacets,
  type Facet,
} from './case-filter-rule.ts';

/** The values of one case. */
export function facetsOf({ slug, data }: { slug: string; data: CaseData }): CaseFacets {
  const { level } = data.agreement;
  const { assessment } = data.outcomes;
  return {
    case: [slug],
    country: [...new Set(data.cities.map((city) => city.country))],
    level: [level],
    field: [...new Set(data.fields.map((entry) => entry.field))],
    assessment: [assessment === 'not-stated' ? assessment : assessment.value],
  };
}

/** The order a facet's values are offered in: the vocabulary's, `not-stated` last. */
const ORDER: Record<Exclude<Facet, 'case'>, readonly string[]> = {
  country: COUNTRIES,
  level: [...AGREEMENT_LEVELS, 'not-stated'],
  field: COOPERATION_FIELDS,
  assessment: [...ASSESSMENTS, 'not-stated'],
};

/** The values each facet offers: only those some case has (cases in their reading order). */
export function facetOptions(cases: readonly CaseEntry[]): CaseFacets {
  const all = cases.map(facetsOf);
  const present = (facet: Exclude<Facet, 'case'>) => {
    const values = new Set(all.flatMap((f) => f[facet]));
    return ORDER[facet].filter((value) => values.has(value));
  };
  return {
    case: cases.map((c) => c.slug),
    country: present('country'),
    level: present('level'),
    field: present('field'),
    assessment: present('assessment'),
  };
}

/**
 * The stylesheet that narrows the cases without JavaScript: for each case and facet, a rule that
 * hides everything of the case (its `caseClass`) while none of the case's values in that facet is
 * picked (`:has()` on the page's checkboxes). The same rule as `shows`.
 *
 * Each `:has()` is anchored on the filter itself and reaches the case's elements after it (`~`), so
 * a page must put the filter before what it narrows. Anchored on `:root` instead, every unmatched
 * `:has()` walked the whole document on every style pass while the page loaded: the benchmark's
 * 500-case /compare/ took 42 s to load, against 7 s anchored here.
 */
export function filterStylesheet(cases: readonly CaseEntry[]): string {
  const rules = cases.flatMap((entry) => {
    const facets = facetsOf(entry);
    const selectors = FACETS.filter((facet) => facets[facet].length > 0).flatMap((facet) => {
      const unpicked = facets[facet].map((value) => `:has(#${pickId(facet, value)}:not(:checked))`).join('');
      const anchor = `${FILTER_SELECTOR}${unpicked}`;
      const target = `.${caseClass(entry.slug)}`;
      return [`${anchor} ~ ${target}`, `${anchor} ~ * ${target}`];
    });
    return [`${selectors.join(',\n')} {\n  display: none;\n}`];
  });
  return `/* Narrowing the cases: see src/lib/case-filter.ts. */\n${rules.join('\n')}\n`;
}
