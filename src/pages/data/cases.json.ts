import type { APIRoute } from 'astro';
import { casesJson } from '../../lib/dataset.ts';
import { PATHS } from '../../lib/routes.ts';
import { loadCasebook, loadCases, loadGlossary } from '../../loaders/collections.ts';
import { pageUrl } from '../../components/links.ts';

export const GET: APIRoute = async () => {
  const { version, licence, lastChanged } = await loadCasebook();
  const json = casesJson(await loadCases(), await loadGlossary(), { version, licence, lastChanged }, (slug) =>
    pageUrl('en', PATHS.case(slug)),
  );
  return new Response(JSON.stringify(json, null, 2) + '\n', {
    headers: { 'content-type': 'application/json' },
  });
};
