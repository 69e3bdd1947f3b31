import { LANGUAGES, type Language } from '../../src/schemas/localized.ts';
import { localizedPath, PATHS } from '../../src/lib/routes.ts';
import { caseTitle, type CaseEntry } from '../../src/lib/casebook.ts';
import { t } from '../../src/i18n/index.ts';
import { sourceEntries } from '../../src/lib/sources.ts';
import { sourcePageTitle } from '../../src/data/page-titles.ts';

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
}

/** Every page the site must have in every language, derived from the cases and the dictionaries. */
export function expectedPages(cases: CaseEntry[]): ExpectedPage[] {
  const neutral = (lang: Language) => [
    { path: PATHS.home, h1: t(lang, 'home.title') },
    { path: PATHS.cases, h1: t(lang, 'cases.title') },
    { path: PATHS.compare, h1: t(lang, 'compare.title') },
    { path: PATHS.glossary, h1: t(lang, 'glossary.title') },
    { path: PATHS.data, h1: t(lang, 'data.title') },
    { path: PATHS.teach, h1: t(lang, 'teach.title') },
    { path: PATHS.sources, h1: t(lang, 'sources.title') },
    { path: PATHS.search, h1: t(lang, 'search.title') },
    ...sourceEntries(cases).map((entry) => ({
      path: PATHS.source(entry.source.id),
      h1: sourcePageTitle(lang, entry),
    })),
    ...cases.map((c) => ({ path: PATHS.case(c.slug), h1: caseTitle(c.data) })),
    { path: PATHS.notFound, h1: t(lang, 'notFound.title') },
  ];
  return LANGUAGES.flatMap((lang) =>
    neutral(lang).map(({ path, h1 }) => {
      const localPath = localizedPath(lang, path);
      return {
        lang,
        path,
        localPath,
        h1,
        file: localPath.endsWith('/') ? `${localPath.slice(1)}index.html` : localPath.slice(1),
      };
    }),
  );
}
