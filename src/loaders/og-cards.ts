import { t } from '../i18n/index.ts';
import { LOCALES, type Language } from '../i18n/locales.ts';
import { drawableCard, type OgCard, type OgReplacement } from '../lib/og-image.ts';
import type { CaseEntry } from '../lib/casebook.ts';
import { sitePages, type SitePage } from '../lib/pages.ts';
import { localizedPath } from '../lib/routes.ts';
import { describeCharacter, undrawable } from './og-fonts.ts';

/** A page's preview card as drawn, and the content texts it draws a fallback for. */
export interface PreviewCard {
  /** The page the card belongs to. */
  page: SitePage;
  /** What the card draws. */
  card: OgCard;
  /** The page's texts the card draws a fallback for, and why. */
  replaced: OgReplacement[];
}

/**
 * The card of a page that has one of its own (`previewOf` is its path): its title and subtitle, or
 * where a card cannot draw them (a script it cannot lay out), the page's kind and the tagline.
 */
export function previewCard(page: SitePage): PreviewCard {
  const { lang } = page;
  const drawn = drawableCard(
    {
      // Composed forms (NFC): a letter and a separate combining accent would be drawn apart.
      title: page.title.normalize('NFC'),
      subtitle: page.subtitle.normalize('NFC'),
      siteName: t(lang, 'site.name'),
      language: LOCALES[lang].label,
    },
    {
      title: t(lang, page.template === 'source' ? 'og.fallback.source' : 'og.fallback.case'),
      subtitle: t(lang, 'site.tagline'),
    },
    undrawable,
  );
  return { page, ...drawn };
}

/** What the build says of a card that draws a fallback: the page, the text and the characters. */
export const replacementNotes = ({ page, card, replaced }: PreviewCard): string[] =>
  replaced.map(
    ({ field, text, characters }) =>
      `note: the preview card of ${localizedPath(page.lang, page.path)} shows "${card[field]}" in place of its ${field} "${text}": cards cannot draw ${characters.map(describeCharacter).join(', ')} (the page itself shows it)`,
  );

const byLanguage = new WeakMap<readonly CaseEntry[], Map<Language, Map<string, PreviewCard>>>();

/**
 * Every card of one language, by the path of the page it belongs to (pages with a card of their
 * own), worked out once per set of cases: the card route draws them, and each page's `og:image:alt`
 * says what its card shows.
 */
export function previewCards(cases: readonly CaseEntry[], lang: Language): ReadonlyMap<string, PreviewCard> {
  let languages = byLanguage.get(cases);
  if (!languages) byLanguage.set(cases, (languages = new Map()));
  let cards = languages.get(lang);
  if (!cards)
    languages.set(
      lang,
      (cards = new Map(
        sitePages(cases, lang)
          .filter((page) => page.previewOf === page.path)
          .map((page) => [page.path, previewCard(page)]),
      )),
    );
  return cards;
}
