import { DEFAULT_LANGUAGE, type Language } from '../i18n/locales.ts';
import { t, type UiKey } from '../i18n/index.ts';
import { caseTitle, cityWithCountry, type CaseEntry } from './casebook.ts';
import { PATHS } from './routes.ts';
import { findingEntries, findingHeading } from './finding-page.ts';
import { sourceEntries, type SourceEntry } from './sources.ts';

/**
 * Every kind of page of the site, one row each: the one place that says which pages exist, what
 * they are called, and where they appear. The header's navigation, the preview cards, the sitemap,
 * the tests' list of pages and the benchmark all read it; a new page is a row here and its route in
 * `src/pages/`.
 */
export const PAGES = {
  home: { path: PATHS.home, title: 'home.title', intro: 'site.tagline', template: 'home' },
  cases: {
    path: PATHS.cases,
    title: 'cases.title',
    intro: 'cases.intro',
    nav: 'nav.cases',
    template: 'case list',
  },
  compare: {
    path: PATHS.compare,
    title: 'compare.title',
    intro: 'compare.intro',
    nav: 'nav.compare',
    template: 'comparison',
  },
  glossary: {
    path: PATHS.glossary,
    title: 'glossary.title',
    intro: 'glossary.intro',
    nav: 'nav.glossary',
    template: 'glossary',
  },
  sources: {
    path: PATHS.sources,
    title: 'sources.title',
    intro: 'sources.intro',
    nav: 'nav.sources',
    template: 'sources',
  },
  data: { path: PATHS.data, title: 'data.title', intro: 'data.intro', nav: 'nav.data', template: 'data' },
  teach: {
    path: PATHS.teach,
    title: 'teach.title',
    intro: 'teach.intro',
    nav: 'nav.teach',
    template: 'teach',
  },
  search: { path: PATHS.search, title: 'search.title', intro: 'search.intro', template: 'search' },
  notFound: {
    path: PATHS.notFound,
    title: 'notFound.title',
    intro: 'notFound.body',
    template: '404',
    sitemap: false,
  },
} as const satisfies Record<string, StaticPage>;

/** A page of the site that exists once per language, whatever the content. */
export interface StaticPage {
  /** Language-neutral path, e.g. `/compare/`. */
  path: string;
  /** Its title (and main heading). */
  title: UiKey;
  /** The sentence that introduces it, also its description for search engines and previews. */
  intro: UiKey;
  /** Its label in the header's navigation, where it has one. */
  nav?: UiKey;
  /** The benchmark template it is measured as. */
  template: string;
  /** Whether it is listed in the sitemap (true unless said otherwise: the 404 page is not). */
  sitemap?: boolean;
}

/** A page as the site builds it in one language, static or generated from the content. */
export interface SitePage {
  lang: Language;
  /** Language-neutral path. */
  path: string;
  title: string;
  /** A line under the title on its preview card. */
  subtitle: string;
  template: string;
  sitemap: boolean;
  /**
   * The page whose preview card (Open Graph image) it shows: its own, or for a finding's page its
   * case's, so that a thousand findings do not cost a thousand images.
   */
  previewOf: string;
}

/** The title of a source's page: a record about the work, not the work itself. */
export const sourcePageTitle = (lang: Language, { source, cases }: Pick<SourceEntry, 'source' | 'cases'>) =>
  t(lang, 'source.pageTitle', {
    type: t(lang, `sourceNoun.${source.type}`),
    cases: cases.map((c) => c.title).join('; '),
  });

/** The header's navigation in one language: every page that has a label there, in table order. */
export const navigation = (lang: Language) =>
  Object.values(PAGES).flatMap((page: StaticPage) =>
    page.nav ? [{ path: page.path, label: t(lang, page.nav) }] : [],
  );

/** Every page the site has in one language: the static ones, each case's, source's and finding's. */
export function sitePages(cases: readonly CaseEntry[], lang: Language): SitePage[] {
  const tagline = t(lang, 'site.tagline');
  return [
    ...Object.values(PAGES).map((page: StaticPage) => ({
      lang,
      path: page.path,
      title: t(lang, page.title),
      subtitle: tagline,
      template: page.template,
      sitemap: page.sitemap ?? true,
      previewOf: page.path,
    })),
    ...cases.map(({ slug, data }) => ({
      lang,
      path: PATHS.case(slug),
      title: caseTitle(data),
      subtitle: data.cities.map((city) => cityWithCountry(lang, city)).join(' · '),
      template: 'case',
      sitemap: true,
      previewOf: PATHS.case(slug),
    })),
    ...sourceEntries(cases).map((entry) => ({
      lang,
      path: PATHS.source(entry.source.id),
      title: sourcePageTitle(lang, entry),
      subtitle: tagline,
      template: 'source',
      sitemap: true,
      previewOf: PATHS.source(entry.source.id),
    })),
    ...findingEntries(cases).map((found) => ({
      lang,
      path: PATHS.finding(found.finding.id),
      title: findingHeading(lang, found),
      subtitle: caseTitle(found.entry.data),
      template: 'finding',
      sitemap: true,
      previewOf: PATHS.case(found.entry.slug),
    })),
  ];
}

/** The language-neutral path of every page the site has (the same in every language). */
export const pagePaths = (cases: readonly CaseEntry[]): string[] =>
  sitePages(cases, DEFAULT_LANGUAGE).map((page) => page.path);
