import type { APIRoute } from 'astro';
import { findingsCsv } from '../../lib/dataset.ts';
import { PATHS } from '../../lib/routes.ts';
import { loadCases } from '../../data/casebook.ts';
import { pageUrl } from '../../data/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const csv = findingsCsv(await loadCases(), (slug) => pageUrl('en', PATHS.case(slug), site));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
