import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readCasebookFiles } from '../../src/loaders/content-files.ts';
import { validateCasebook } from '../../src/lib/validate-content.ts';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The shared source texts the real content quotes. */
export const SOURCES = join(ROOT, '..', 'shared', 'sources');

/** The source texts the test fixtures quote, as the shared sources folder holds the real ones. */
export const FIXTURE_SOURCES = 'tests/fixtures/sources';

/**
 * Reads and validates a content folder (relative to the project) the way `npm run check` does;
 * the fixtures' cases are looked up in the fixtures' own source texts.
 */
export function validateFolder(dir: string) {
  const sources = dir.startsWith('tests/fixtures') ? join(ROOT, FIXTURE_SOURCES) : SOURCES;
  return validateCasebook(readCasebookFiles(join(ROOT, dir), sources, ROOT));
}
