import type { APIRoute } from 'astro';
import { casesJson } from '../../lib/dataset.ts';
import { PATHS } from '../../lib/routes.ts';
import { loadCases, loadGlossary } from '../../data/casebook.ts';
import { loadDatasetInfo } from '../../data/dataset.ts';
import { pageUrl } from '../../data/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const json = casesJson(await loadCases(), await loadGlossary(), loadDatasetInfo(), (slug) =>
    pageUrl('en', PATHS.case(slug), site),
  );
  return new Response(JSON.stringify(json, null, 2) + '\n', {
    headers: { 'content-type': 'application/json' },
  });
};
