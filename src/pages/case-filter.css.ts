import type { APIRoute } from 'astro';
import { filterStylesheet } from '../lib/case-filter.ts';
import { loadCases } from '../loaders/collections.ts';

/** The rules that narrow /cases/ and /compare/ to the cases a reader picks, without JavaScript. */
export const GET: APIRoute = async () =>
  new Response(filterStylesheet(await loadCases()), { headers: { 'content-type': 'text/css' } });
