import { fileURLToPath } from 'node:url';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticContent } from '../../bench/synthetic-cases.ts';
import { readCasebookFiles } from '../../src/loaders/content-files.ts';
import { validateCasebook } from '../../src/lib/validate-content.ts';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The shared source texts the real content quotes. */
export const SOURCES = join(ROOT, '..', 'shared', 'sources');

/** The source texts the test fixtures quote, as the shared sources folder holds the real ones. */
export const FIXTURE_SOURCES = 'tests/fixtures/sources';

/**
 * Reads and validates a content folder (relative to the project, or absolute) the way
 * `npm run check` does; the fixtures' cases are looked up in the fixtures' own source texts.
 */
export function validateFolder(dir: string) {
  const sources = dir.startsWith('tests/fixtures') ? join(ROOT, FIXTURE_SOURCES) : SOURCES;
  return validateCasebook(readCasebookFiles(resolve(ROOT, dir), sources, ROOT));
}

/**
 * A copy of the published content with `extra` generated cases added (each with a thesis of its
 * own, fictional cities, the real cases' structure), as a contributor's new files would arrive:
 * with 1 extra, the casebook's third case; with 10, its twelfth. Returns the folder; remove it after.
 */
export function contentWithExtraCases(extra: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), `casebook-plus-${extra}-`)), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  const generated = writeSyntheticContent(extra, join(ROOT, 'content'), { sourcePerCase: true });
  for (const file of readdirSync(join(generated, 'cases')))
    cpSync(join(generated, 'cases', file), join(dir, 'cases', file));
  rmSync(generated, { recursive: true, force: true });
  return dir;
}
