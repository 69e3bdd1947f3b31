import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGUAGES, LOCALES } from '../../../i18n/locales.ts';
import { t } from '../../../i18n/index.ts';
import { ogImageName, type OgCard } from '../../../lib/og-image.ts';
import { cachedOgPng } from '../../../loaders/og-cache.ts';
import { sitePages } from '../../../lib/pages.ts';
import { ogFontsFor } from '../../../loaders/og-fonts.ts';
import { loadCases } from '../../../loaders/collections.ts';

/** One PNG preview card per page and language: /og/cases/<slug>.png, /id/og/cases/<slug>.png, … */
export const getStaticPaths = (async () => {
  const cases = await loadCases();
  return LANGUAGES.flatMap((lang) =>
    sitePages(cases, lang)
      .filter((page) => page.previewOf === page.path)
      .map((page) => {
        const card = {
          title: page.title,
          subtitle: page.subtitle,
          siteName: t(lang, 'site.name'),
          language: LOCALES[lang].label,
        } satisfies OgCard;
        // A card is drawn from its texts alone (its fonts follow from them): they are its key.
        return {
          params: { lang: LOCALES[lang].prefix || undefined, page: ogImageName(page.path) },
          props: card,
          cacheKey: JSON.stringify(card),
        };
      }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) =>
  new Response(await cachedOgPng(props, ogFontsFor(props)), { headers: { 'Content-Type': 'image/png' } });
