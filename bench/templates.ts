/** One page per template of the site: the pages the benchmark measures. */
export const TEMPLATES = [
  { name: 'home', path: '/' },
  { name: 'case list', path: '/cases/' },
  { name: 'case', path: '/cases/daejeon-tangerang-selatan/' },
  { name: 'comparison', path: '/compare/' },
  { name: 'glossary', path: '/glossary/' },
  { name: 'data', path: '/data/' },
  { name: 'source', path: '/sources/hafiez-2022/' },
  { name: 'teach', path: '/teach/' },
  { name: 'search', path: '/search/' },
  { name: '404', path: '/404.html' },
] as const;

export type Template = (typeof TEMPLATES)[number];

/** A first search on the search page: everything it fetches, page and Pagefind together. */
export const SEARCH = { path: '/search/', query: 'Cikapundung' } as const;

/** The budgets `npm run bench` enforces (issue: quality gates and a performance budget). */
export const BUDGETS = {
  /** Lighthouse score, 0–100, in each of the four categories, on every template. */
  lighthouseMin: 100,
  /** A case page in all: HTML + CSS + JS + fonts + images fetched on load, gzip bytes. */
  casePageGzipMax: 30 * 1024,
  /** JavaScript fetched on load, gzip bytes, on any template. */
  scriptGzipMax: 2 * 1024,
  /** Web fonts fetched on load (the site uses the reader's system fonts). */
  fontRequestsMax: 0,
} as const;
