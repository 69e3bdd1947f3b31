import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCards, type PageCard } from '../../../data/og-cards.ts';
import { OG_FONTS } from '../../../data/og-fonts.ts';
import { ogImageName, renderOgPng } from '../../../lib/og-image.ts';
import { DEFAULT_LANGUAGE } from '../../../lib/routes.ts';

/** One PNG preview card per page and language: /og/cases/<slug>.png, /id/og/cases/<slug>.png, … */
export const getStaticPaths = (async () =>
  (await pageCards()).map((entry) => ({
    params: {
      lang: entry.lang === DEFAULT_LANGUAGE ? undefined : entry.lang,
      page: ogImageName(entry.path),
    },
    props: entry,
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<PageCard> = async ({ props }) =>
  new Response(await renderOgPng(props.card, OG_FONTS), { headers: { 'Content-Type': 'image/png' } });
