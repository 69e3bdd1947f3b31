/*
 * The rule that narrows the cases, small and free of the schemas: the browser's script runs it too
 * (see case-filter.ts for the values and the stylesheet).
 */
import { PAGE_ID_PREFIXES } from './page-ids.ts';

/**
 * What a reader can narrow the cases by. A case shows when it is picked itself and, in every other
 * facet, at least one of its values is picked (its countries, its level, its fields, its assessment);
 * a facet in which a case has no value never hides it.
 */
export const FACETS = ['case', 'country', 'level', 'field', 'assessment'] as const;
export type Facet = (typeof FACETS)[number];

/** A case's values in every facet: ids, vocabulary values, or `not-stated`. */
export type CaseFacets = Record<Facet, string[]>;

/** A case's values as one attribute value: `case:a-b;country:ID KR;level:sister-city;…`. */
export const encodeFacets = (facets: CaseFacets) =>
  FACETS.map((facet) => `${facet}:${facets[facet].join(' ')}`).join(';');

/** The values `encodeFacets` wrote; a facet it does not name has none. */
export function decodeFacets(text: string): CaseFacets {
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, [] as string[]])) as CaseFacets;
  for (const part of text.split(';')) {
    const [facet = '', values = ''] = part.split(':');
    if ((FACETS as readonly string[]).includes(facet))
      facets[facet as Facet] = values.split(' ').filter(Boolean);
  }
  return facets;
}

/**
 * The class every element that belongs to one case carries (beside `data-case`), for the filter's
 * stylesheet: browsers file rules by class, so each element is checked against its own case's
 * rules only, not against every case's (with 500 cases, attribute selectors made /compare/ take
 * over 30 s to load).
 */
export const caseClass = (slug: string) => `case-${slug}`;

/** The filter's own element, before everything it narrows on a page. */
export const FILTER_SELECTOR = '[data-case-filter]';

/** The id of a value's checkbox: `pick-country-KR`, `pick-case-bandung-seoul`. */
export const pickId = (facet: Facet, value: string) => `${PAGE_ID_PREFIXES.pick}${facet}-${value}`;

/** Whether a case shows, given which values are picked (by `pickId`). */
export function shows(facets: CaseFacets, picked: (id: string) => boolean): boolean {
  return FACETS.every(
    (facet) => facets[facet].length === 0 || facets[facet].some((value) => picked(pickId(facet, value))),
  );
}
