import type { Language } from '../schemas/localized.ts';
import { localizedPath, withBase } from '../lib/routes.ts';

/** The href of a page in one language, under the site's base path. */
export function pageHref(lang: Language, path: string): string {
  return withBase(import.meta.env.BASE_URL, localizedPath(lang, path));
}

/** The absolute URL of a page in one language, from the one SITE_URL setting. */
export function pageUrl(lang: Language, path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site` (from SITE_URL)');
  return new URL(pageHref(lang, path), site).href;
}
