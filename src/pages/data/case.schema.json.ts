import type { APIRoute } from 'astro';
import { caseJsonSchema } from '../../lib/json-schema.ts';
import { pageUrl } from '../../components/links.ts';

export const GET: APIRoute = () => {
  const schema = caseJsonSchema(pageUrl('en', '/data/case.schema.json'));
  return new Response(JSON.stringify(schema, null, 2) + '\n', {
    headers: { 'content-type': 'application/schema+json' },
  });
};
