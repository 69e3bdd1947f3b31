import type { APIRoute } from 'astro';
import { caseJsonSchema } from '../../lib/json-schema.ts';
import { pageUrl } from '../../data/site.ts';

export const GET: APIRoute = ({ site }) => {
  const schema = caseJsonSchema(pageUrl('en', '/data/case.schema.json', site));
  return new Response(JSON.stringify(schema, null, 2) + '\n', {
    headers: { 'content-type': 'application/schema+json' },
  });
};
