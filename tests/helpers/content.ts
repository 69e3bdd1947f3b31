import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readContentDir, readSourceTexts } from '../../scripts/read-content.ts';
import { validateContent } from '../../src/lib/validate-content.ts';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The source texts the test fixtures quote, as the shared sources folder holds the real ones. */
export const FIXTURE_SOURCES = 'tests/fixtures/sources';

/**
 * Reads and validates a content folder (relative to the project) the way `npm run check` does;
 * the fixtures' cases are looked up in the fixtures' own source texts.
 */
export function validateFolder(dir: string) {
  const { cases, glossary, sources } = readContentDir(join(ROOT, dir), ROOT);
  const fixtures = readSourceTexts(ROOT, join(ROOT, FIXTURE_SOURCES));
  const texts = dir.startsWith('tests/fixtures') ? fixtures : sources;
  return validateContent(cases, glossary, texts);
}
