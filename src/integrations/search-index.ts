import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
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
  recordCount: number;
}

/**
 * The staging folders' names in the cache: the prefix, then the machine and the process that own
 * one (a cache may be shared by machines, whose process ids say nothing of each other).
 */
const STAGING_PREFIX = 'casebook-search-';
const OWNER = `${hostname().replace(/[^A-Za-z0-9.]/g, '_')}-${process.pid}`;
const STAGING_NAME = /^casebook-search-([A-Za-z0-9._]+)-(\d+)-\w+$/;

/** Staged indexes not yet published: removed when the process ends (a build that failed first). */
const unpublished = new Set<string>();

/**
 * The last indexing run of this process, settled or not. Pagefind runs one service per process,
 * which each run closes when done: a run waits for the one before it.
 */
let lastRun: Promise<unknown> = Promise.resolve();

/**
 * Builds the Pagefind search index, one index per language, into a new folder of the build cache,
 * while the pages render: its records come from the content of this build (see search-records.ts),
 * not from the pages, so the index can never disagree with them. `publishSearchIndex` moves it into
 * the built site. A build that ends first (a failed page) removes it as the process exits; a folder
 * that a killed build left is removed by the next build in the same cache.
 */
export function stageSearchIndex(
  content: Pick<CasebookReport, 'cases' | 'glossary'>,
  cacheDir: string,
): Promise<StagedSearchIndex> {
  const run = lastRun.catch(() => {}).then(() => stageNow(content, cacheDir));
  lastRun = run;
  return run;
}

async function stageNow(content: Pick<CasebookReport, 'cases' | 'glossary'>, cacheDir: string) {
  mkdirSync(cacheDir, { recursive: true });
  removeAbandoned(cacheDir);
  const folder = mkdtempSync(join(cacheDir, `${STAGING_PREFIX}${OWNER}-`));
  if (unpublished.size === 0) process.once('exit', removeUnpublished);
  unpublished.add(folder);
  try {
    return { folder, recordCount: await writeSearchIndex(folder, content) };
  } catch (error) {
    removeStaged(folder);
    throw error;
  }
}

/**
 * Removes the staging folders of this machine's processes that no longer run (builds killed before
 * they ended). Best effort: a folder that cannot be removed stays, and the build goes on.
 */
function removeAbandoned(cacheDir: string) {
  const host = OWNER.slice(0, OWNER.lastIndexOf('-'));
  for (const name of readdirSync(cacheDir)) {
    const [, owner, pid] = STAGING_NAME.exec(name) ?? [];
    if (owner === host && pid && !isRunning(Number(pid))) removeQuietly(join(cacheDir, name));
  }
}

function removeQuietly(folder: string) {
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch {
    // Left for a later build to remove.
  }
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeStaged(folder: string) {
  rmSync(folder, { recursive: true, force: true });
  unpublished.delete(folder);
  if (unpublished.size === 0) process.off('exit', removeUnpublished);
}

function removeUnpublished() {
  // Pagefind is stopped first, so that an index it is writing stops growing; what it still writes
  // after the folder is gone, the next build on this machine removes.
  void close();
  for (const folder of unpublished) removeQuietly(folder);
}

/**
 * Moves a staged search index into the built site (`pagefind/`) and removes its folder. Returns how
 * many records it holds.
 */
export function publishSearchIndex(staged: StagedSearchIndex, outDir: string): number {
  const from = join(staged.folder, 'pagefind');
  const to = join(outDir, 'pagefind');
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // The cache is on another file system than the output: copied beside it first, so that the
    // output never holds half an index.
    const partial = `${to}.partial`;
    rmSync(partial, { recursive: true, force: true });
    try {
      cpSync(from, partial, { recursive: true });
      renameSync(partial, to);
    } catch (copyError) {
      rmSync(partial, { recursive: true, force: true });
      throw copyError;
    }
  }
  removeStaged(staged.folder);
  return staged.recordCount;
}

/** Writes the Pagefind search index into a folder (`pagefind/`). Returns how many records it holds. */
async function writeSearchIndex(dir: string, content: Pick<CasebookReport, 'cases' | 'glossary'>) {
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
    // All sent at once, in a fixed order: sent together, they need no turn each of this process's
    // event loop, which is busy rendering pages meanwhile. Pagefind's service takes its messages
    // one at a time in the order they come, so the index files come out the same on every build
    // (tests/build/determinism.test.ts builds twice and compares).
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
    const written = await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
    orThrow('writing the index', written.errors);
    for (const file of UNUSED_FILES) rmSync(join(dir, 'pagefind', file), { force: true });
  } finally {
    await close();
  }
  return records.length;
}
