import type { Language } from '../schemas/localized.ts';

/** What each language of the site needs beyond its dictionary. */
export interface LocaleInfo {
  /** Open Graph locale, e.g. `id_ID`. */
  ogLocale: string;
  /** BCP 47 locale that dates are written in, e.g. "22 November 2026". */
  dateLocale: string;
}

/** The site's languages and how each writes its dates and names its locale. */
export const LOCALES: Record<Language, LocaleInfo> = {
  en: { ogLocale: 'en_GB', dateLocale: 'en-GB' },
  id: { ogLocale: 'id_ID', dateLocale: 'id-ID' },
};
