import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RedirectsSchema, type Redirects } from '../schemas/redirects.ts';

const contentDir = process.env.CASEBOOK_CONTENT_DIR ?? './content';

/** The moved pages listed in `content/redirects.yaml` (none when the file does not exist). */
export function loadRedirects(): Redirects {
  const file = join(contentDir, 'redirects.yaml');
  return existsSync(file) ? RedirectsSchema.parse(parse(readFileSync(file, 'utf8')) ?? []) : [];
}
