import { LANGUAGES, type Language } from '../../src/i18n/locales.ts';
import { localizedPath } from '../../src/lib/routes.ts';
import type { CaseEntry } from '../../src/lib/casebook.ts';
import { sitePages } from '../../src/lib/pages.ts';

/** A page the site must have, with the main heading it must show. */
export interface ExpectedPage {
  lang: Language;
  /** Language-neutral path, e.g. `/cases/`. */
  path: string;
  /** Path in its language, e.g. `/id/cases/`. */
  localPath: string;
  /** The file the build writes for it, relative to the output folder. */
  file: string;
  h1: string;
  /** Whether the sitemap lists it. */
  sitemap: boolean;
  /** The template it is built from (`case`, `finding`, …). */
  template: string;
}

/** Every page the site must have in every language: the site's own table of pages, for the cases. */
export function expectedPages(cases: CaseEntry[]): ExpectedPage[] {
  return LANGUAGES.flatMap((lang) =>
    sitePages(cases, lang).map((page) => {
      const localPath = localizedPath(lang, page.path);
      return {
        lang,
        path: page.path,
        localPath,
        h1: page.title,
        sitemap: page.sitemap,
        template: page.template,
        file: localPath.endsWith('/') ? `${localPath.slice(1)}index.html` : localPath.slice(1),
      };
    }),
  );
}
