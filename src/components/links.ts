import type { Language } from '../i18n/locales.ts';
import { localizedPath, pageUrlFrom, PATHS, withBase } from '../lib/routes.ts';

/** The href of a page in one language, under the site's base path. */
export function pageHref(lang: Language, path: string): string {
  return withBase(import.meta.env.BASE_URL, localizedPath(lang, path));
}

/** The href of a finding: its anchor on its case page, in one language. */
export const findingHref = (lang: Language, slug: string, findingId: string) =>
  `${pageHref(lang, PATHS.case(slug))}#${findingId}`;

/** The absolute URL of a page in one language, from the one SITE_URL setting. */
export const pageUrl = (lang: Language, path: string) =>
  pageUrlFrom(import.meta.env.SITE, import.meta.env.BASE_URL, lang, path);
