import type { APIRoute } from 'astro';
import { findingsCsv } from '../../lib/dataset.ts';
import { PATHS } from '../../lib/routes.ts';
import { loadCases } from '../../loaders/collections.ts';
import { pageUrl } from '../../components/links.ts';

export const GET: APIRoute = async () => {
  const csv = findingsCsv(await loadCases(), (slug) => pageUrl('en', PATHS.case(slug)));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
