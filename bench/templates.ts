import { DEFAULT_LANGUAGE } from '../src/i18n/locales.ts';
import type { CaseEntry } from '../src/lib/casebook.ts';
import { sitePages } from '../src/lib/pages.ts';

/** A template of the site, measured on one page that uses it. */
export interface Template {
  name: string;
  path: string;
}

/** One page per template, from the site's table of pages: the first page of each kind. */
export function templatesOf(cases: readonly CaseEntry[]): Template[] {
  const seen = new Set<string>();
  return sitePages(cases, DEFAULT_LANGUAGE).flatMap((page) => {
    if (seen.has(page.template)) return [];
    seen.add(page.template);
    return [{ name: page.template, path: page.path }];
  });
}

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
  /** Build time against the Starlight twin's, by number of cases (issue: build at scale). */
  buildRatioMax: { 100: 1.5, 500: 1.0 },
  /** Peak memory of a build at any scale, MiB. */
  buildPeakMiBMax: 2048,
  /** A rebuild after an edit to one of 500 cases, at most this part of the clean build's time. */
  rebuildRatioMax: 0.5,
} as const;
