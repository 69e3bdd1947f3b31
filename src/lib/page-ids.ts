/**
 * The ids the layout and the sections put on pages, whatever the content. Components take their
 * ids from here, and the content check keeps every content id (finding, question, city, source,
 * glossary entry, case, former id) off them: a finding called "toc" would otherwise share its anchor
 * with the table of contents. A test checks this list against every id of the built pages.
 */
export const PAGE_IDS = {
  /** The main landmark, target of the skip link. */
  main: 'main',
  /** A case page's table of contents. */
  toc: 'toc',
  summary: 'summary',
  approach: 'approach',
  cities: 'cities',
  agreement: 'agreement',
  timeline: 'timeline',
  fields: 'fields',
  outcomes: 'outcomes',
  recommendations: 'recommendations',
  referredBy: 'referred-by',
  concepts: 'concepts',
  source: 'source',
  cite: 'cite',
  otherCases: 'other-cases',
  /** The comparison's list of links between the cases. */
  links: 'links',
  /** A source page's findings. */
  findings: 'findings',
  /** The lecturers' page: its comparison sections and its themes. */
  comparison: 'comparison',
  themes: 'themes',
  themePicker: 'theme-picker',
  siteSearch: 'site-search',
  searchQuery: 'search-query',
  statusLegend: 'status-legend',
  mapCaption: 'map-caption',
} as const;

/**
 * Ids the pages build from a prefix and a key: `concept-<glossary id>` on a case page,
 * `kit-<case>` on the lecturers' page, `recommendations-<kind>` and `field-<field>` for the
 * sections of a case and of the comparison, `theme-<theme>` for the comparison's recommendation themes. A content id may not start with one of them.
 */
export const PAGE_ID_PREFIXES = {
  concept: 'concept-',
  kit: 'kit-',
  recommendations: 'recommendations-',
  field: 'field-',
  theme: 'theme-',
  /** The case filter's checkboxes (src/lib/case-filter-rule.ts). */
  pick: 'pick-',
} as const;

/** Why a content id may not be used, or `undefined` when it is free of the page's own ids. */
export function reservedIdReason(id: string): string | undefined {
  if ((Object.values(PAGE_IDS) as string[]).includes(id))
    return `"${id}" is an id the pages use for their own sections`;
  const prefix = Object.values(PAGE_ID_PREFIXES).find((p) => id.startsWith(p));
  return prefix ? `ids starting with "${prefix}" are the pages' own section anchors` : undefined;
}

/** The anchor of a glossary concept in a case page's list of concepts. */
export const conceptAnchor = (id: string) => `${PAGE_ID_PREFIXES.concept}${id}`;
/** The anchor of a case's teaching kit on the lecturers' page. */
export const kitAnchor = (slug: string) => `${PAGE_ID_PREFIXES.kit}${slug}`;
/** The anchor of one kind of recommendation on a case page. */
export const recommendationsAnchor = (kind: string) => `${PAGE_ID_PREFIXES.recommendations}${kind}`;

/** The anchor of a recommendation theme's row on the comparison. */
export const themeAnchor = (theme: string) => `${PAGE_ID_PREFIXES.theme}${theme}`;
