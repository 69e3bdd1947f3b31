import { LANGUAGES, LOCALES, type Language } from '../i18n/locales.ts';

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
  /** A finding's own page: the address to save and cite it by. */
  finding: (id: string) => `/findings/${id}/`,
  notFound: '/404.html',
  /** The stylesheet that narrows /cases/ and /compare/ to the cases a reader picks. */
  caseFilterCss: '/case-filter.css',
} as const;

/** The path of a page in one language, e.g. `/cases/` → `/id/cases/` (each language's prefix). */
export function localizedPath(lang: Language, path: string): string {
  const { prefix } = LOCALES[lang];
  return prefix ? `/${prefix}${path}` : path;
}

/** The language of a root-relative path (without the site's base), from its prefix. */
export function languageOfPath(path: string): Language {
  const first = path.split('/')[1] ?? '';
  return (
    LANGUAGES.find((lang) => LOCALES[lang].prefix === first) ??
    LANGUAGES.find((lang) => !LOCALES[lang].prefix)!
  );
}

/** Prefixes a root-relative path with the site's base, e.g. `/casebook/` + `/id/` → `/casebook/id/`. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** The absolute URL of a page in one language, from the site's address and base path. */
export function pageUrlFrom(site: string | URL, base: string, lang: Language, path: string): string {
  return new URL(withBase(base, localizedPath(lang, path)), site).href;
}

/** The `params` and `props` of a page generated once per language (`src/pages/[...lang]/…`). */
export function languagePaths(languages: readonly Language[] = LANGUAGES) {
  return languages.map((lang) => ({
    params: { lang: LOCALES[lang].prefix || undefined },
    props: { lang },
  }));
}
