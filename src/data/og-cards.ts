import { caseTitle } from '../lib/casebook.ts';
import type { OgCard } from '../lib/og-image.ts';
import { PATHS } from '../lib/routes.ts';
import { sourceEntries } from '../lib/sources.ts';
import { LANGUAGES, type Language } from '../schemas/localized.ts';
import { cityWithCountry, t } from '../i18n/index.ts';
import { loadCases } from './casebook.ts';
import { sourcePageTitle } from './page-titles.ts';

/** One preview card to draw: the page it belongs to (language-neutral path) and what it says. */
export type PageCard = {
  lang: Language;
  path: string;
  card: OgCard;
};

/**
 * The preview card of every page the site has, in every language. A gate test checks that every
 * built page points at a card that exists, so a new page cannot go without one.
 */
export async function pageCards(): Promise<PageCard[]> {
  const cases = await loadCases();
  const sources = sourceEntries(cases);
  return LANGUAGES.flatMap((lang) => {
    const card = (path: string, title: string, subtitle = t(lang, 'site.tagline')): PageCard => ({
      lang,
      path,
      card: { title, subtitle, siteName: t(lang, 'site.name'), language: t(lang, 'og.language') },
    });
    return [
      card(PATHS.home, t(lang, 'home.title')),
      card(PATHS.cases, t(lang, 'cases.title')),
      card(PATHS.compare, t(lang, 'compare.title')),
      card(PATHS.glossary, t(lang, 'glossary.title')),
      card(PATHS.data, t(lang, 'data.title')),
      card(PATHS.teach, t(lang, 'teach.title')),
      card(PATHS.sources, t(lang, 'sources.title')),
      card(PATHS.search, t(lang, 'search.title')),
      card(PATHS.notFound, t(lang, 'notFound.title')),
      ...cases.map(({ slug, data }) =>
        card(
          PATHS.case(slug),
          caseTitle(data),
          data.cities.map((city) => cityWithCountry(lang, city)).join(' · '),
        ),
      ),
      ...sources.map((entry) => card(PATHS.source(entry.source.id), sourcePageTitle(lang, entry))),
    ];
  });
}
