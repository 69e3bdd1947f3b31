import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGUAGES, LOCALES } from '../../../i18n/locales.ts';
import { ogImageName, type OgCard } from '../../../lib/og-image.ts';
import { ogFontsFor } from '../../../loaders/og-fonts.ts';
import { previewCards, replacementNotes } from '../../../loaders/og-cards.ts';
import { cachedOgPng } from '../../../loaders/og-cache.ts';
import { drawCardsAhead } from '../../../loaders/og-ahead.ts';
import { loadCases } from '../../../loaders/collections.ts';

/** One PNG preview card per page and language: /og/cases/<slug>.png, /id/og/cases/<slug>.png, … */
export const getStaticPaths = (async () => {
  const cases = await loadCases();
  const paths = LANGUAGES.flatMap((lang) =>
    [...previewCards(cases, lang).values()].map((preview) => {
      for (const note of replacementNotes(preview)) console.warn(note);
      const { page, card } = preview;
      // A card is drawn from its texts alone (its fonts follow from them): they are its key.
      return {
        params: { lang: LOCALES[lang].prefix || undefined, page: ogImageName(page.path) },
        props: card,
        cacheKey: JSON.stringify(card),
      };
    }),
  );
  // A build asks for every route's paths before it renders any page: the cards are drawn meanwhile.
  if (!import.meta.env.DEV) void drawCardsAhead(paths.map(({ props }) => props));
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCard> = async ({ props }) =>
  new Response(await cachedOgPng(props, ogFontsFor(props)), { headers: { 'Content-Type': 'image/png' } });
