import type { Language } from '../schemas/localized.ts';

/** English lives at the site root; every other language under `/<lang>/`, with the same paths. */
export const DEFAULT_LANGUAGE: Language = 'en';

/** Language-neutral paths of the site's pages. */
export const PATHS = {
  home: '/',
  cases: '/cases/',
  compare: '/compare/',
  glossary: '/glossary/',
  teach: '/teach/',
  data: '/data/',
  sources: '/sources/',
  search: '/search/',
  source: (id: string) => `/sources/${id}/`,
  /** Data files are the same in every language. */
  dataFile: (name: string) => `/data/${name}`,
  case: (slug: string) => `/cases/${slug}/`,
  notFound: '/404.html',
} as const;

/** The path of a page in one language, e.g. `/cases/` → `/id/cases/`. */
export function localizedPath(lang: Language, path: string): string {
  return lang === DEFAULT_LANGUAGE ? path : `/${lang}${path}`;
}

/** Prefixes a root-relative path with the site's base, e.g. `/casebook/` + `/id/` → `/casebook/id/`. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** The `params` and `props` of a page generated once per language (`src/pages/[...lang]/…`). */
export function languagePaths(languages: readonly Language[]) {
  return languages.map((lang) => ({
    params: { lang: lang === DEFAULT_LANGUAGE ? undefined : lang },
    props: { lang },
  }));
}
