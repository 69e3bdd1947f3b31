/**
 * The site's languages: one row each, the one place they are defined. Schemas take the list of
 * languages every text needs from here, routes their path prefixes, the layout its `hreflang` and
 * Open Graph locale, pages how they write dates. This module imports nothing, so every layer may
 * read it. A new language is a row here, its dictionary (`src/i18n/<code>.json`) and its text in
 * every content file.
 */
export const LOCALES = {
  en: {
    /** What messages to content editors call the language. */
    name: 'English',
    /** The language's name in itself, for the language switch. */
    label: 'English',
    /** Where its pages live: the site root for the default language, `/<prefix>/` otherwise. */
    prefix: '',
    /** BCP 47 tag for `lang` and `hreflang`. */
    hreflang: 'en',
    /** Open Graph locale. */
    ogLocale: 'en_GB',
    /** Locale that dates are written in ("22 November 2026"). */
    dateLocale: 'en-GB',
    /** CSL locale of the citations shown on its pages (APA, Harvard). */
    cslLocale: 'en-US',
  },
  id: {
    name: 'Indonesian',
    label: 'Bahasa Indonesia',
    prefix: 'id',
    hreflang: 'id',
    ogLocale: 'id_ID',
    dateLocale: 'id-ID',
    cslLocale: 'id-ID',
  },
} as const;

/** A language of the site, by its code. */
export type Language = keyof typeof LOCALES;

/** The languages, in display order. */
export const LANGUAGES = Object.keys(LOCALES) as [Language, ...Language[]];

/** The language at the site root. */
export const DEFAULT_LANGUAGE = LANGUAGES.find((lang) => LOCALES[lang].prefix === '')!;
