import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readContentDir } from '../../scripts/read-content.ts';
import { validateContent } from '../../src/lib/validate-content.ts';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Reads and validates a content folder (relative to the project) the way `npm run check` does. */
export function validateFolder(dir: string) {
  const { cases, glossary } = readContentDir(join(ROOT, dir), ROOT);
  return validateContent(cases, glossary);
}
