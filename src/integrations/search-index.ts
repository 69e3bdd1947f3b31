import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { searchRecords } from '../lib/search-records.ts';
import { localizedPath } from '../lib/routes.ts';
import { locatorIn } from '../lib/locator.ts';
import type { CasebookReport } from '../lib/validate-content.ts';
import { t } from '../i18n/index.ts';

/** Pagefind's ready-made search interfaces: the casebook has its own search page and never loads them. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Fails the build with every message Pagefind reported, if it reported any. */
function orThrow(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`search index: ${step} failed:\n${errors.join('\n')}`);
}

/** A search index built ahead of the pages, in a folder of its own until the build publishes it. */
export interface StagedSearchIndex {
  /** The folder holding the index (`pagefind/` inside it). */
  folder: string;
  /** How many records the index holds. */
  records: number;
}

/**
 * Builds the Pagefind search index, one index per language, into a new folder of the build cache,
 * while the pages render: its records come from the content of this build (see search-records.ts),
 * not from the pages, so the index can never disagree with them. `publishSearchIndex` moves it into
 * the built site; a build that fails first leaves nothing of it behind.
 */
export async function stageSearchIndex(
  content: Pick<CasebookReport, 'cases' | 'glossary'>,
  cacheDir: string,
): Promise<StagedSearchIndex> {
  mkdirSync(cacheDir, { recursive: true });
  const folder = mkdtempSync(join(cacheDir, 'casebook-search-'));
  if (unpublished.size === 0) process.once('exit', removeUnpublished);
  unpublished.add(folder);
  try {
    return { folder, records: await writeSearchIndex(folder, content) };
  } catch (error) {
    removeStaged(folder);
    throw error;
  }
}

/** Staged indexes not yet published, removed when the process ends (a build that failed first). */
const unpublished = new Set<string>();

function removeStaged(folder: string) {
  rmSync(folder, { recursive: true, force: true });
  unpublished.delete(folder);
  if (unpublished.size === 0) process.off('exit', removeUnpublished);
}

function removeUnpublished() {
  for (const folder of unpublished) rmSync(folder, { recursive: true, force: true });
}

/** Moves a staged search index into the built site (`pagefind/`) and removes its folder. */
export function publishSearchIndex(staged: StagedSearchIndex, outDir: string): number {
  const from = join(staged.folder, 'pagefind');
  const to = join(outDir, 'pagefind');
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    // The cache on another file system than the output: copied instead.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
  }
  removeStaged(staged.folder);
  return staged.records;
}

/** Writes the Pagefind search index into a folder (`pagefind/`). Returns how many records it holds. */
export async function writeSearchIndex(outDir: string, content: Pick<CasebookReport, 'cases' | 'glossary'>) {
  const records = searchRecords(
    content.cases,
    content.glossary,
    // Root-relative: Pagefind puts the site's base path in front of every result's URL.
    (lang, path) => localizedPath(lang, path),
    t,
    locatorIn,
  );
  const { index, errors } = await createIndex({});
  orThrow('creating the index', errors);
  try {
    // All sent at once, in a fixed order. Pagefind takes its messages one at a time in the order
    // they come, so the index files come out the same on every build; sent together, they need no
    // turn of this process's event loop each (busy rendering pages while the index is built).
    const added = await Promise.all(
      records.map((record) =>
        index!.addCustomRecord({
          ...record,
          meta: Object.fromEntries(Object.entries(record.meta).filter(([, v]) => v !== undefined)),
          filters: Object.fromEntries(
            Object.entries(record.filters).filter(
              (entry): entry is [string, string[]] => entry[1] !== undefined,
            ),
          ),
        }),
      ),
    );
    orThrow(
      'adding records',
      added.flatMap((result, i) => result.errors.map((error) => `${records[i]!.url}: ${error}`)),
    );
    const written = await index!.writeFiles({ outputPath: join(outDir, 'pagefind') });
    orThrow('writing the index', written.errors);
    for (const file of UNUSED_FILES) rmSync(join(outDir, 'pagefind', file), { force: true });
  } finally {
    await close();
  }
  return records.length;
}
