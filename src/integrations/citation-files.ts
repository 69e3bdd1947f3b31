import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGUAGES, LOCALES } from '../i18n/locales.ts';
import { citationFilesOf, type CitationFileTexts } from '../lib/citation-files.ts';
import { citationHandoff, handoffKey, resetCitationHandoff } from '../loaders/citation-handoff.ts';

/** How many missing citations an error names before it only counts the rest. */
const NAMED = 10;
/**
 * How many citation files are written at once: enough to keep the disk and Node's I/O threads busy
 * without holding every file's write open at the same time.
 */
const WRITES_IN_FLIGHT = 64;
/** How much of the kept texts is gathered before it is written out (bytes of text, roughly). */
const KEPT_CHUNK = 1 << 20;

/** Where a build keeps the texts of its citations for the next build in the same cache. */
const KEPT_FILE = 'casebook-citations.ndjson';
/** Astro's record of the last build's pages (`experimental.incrementalBuild`), in the same cache. */
const ASTRO_PAGES_RECORD = 'incremental-build.json';

/**
 * Starts a build's citation files: empties the handoff and takes in what the last build in this
 * cache rendered, for the pages Astro will copy from that build. The kept texts are removed from
 * the cache until this build succeeds; without them (a first build, a failed or interrupted one),
 * Astro's record of the last build's pages goes too, so that every page renders again.
 */
export function startCitationFiles(cacheDir: string): void {
  resetCitationHandoff();
  const file = join(cacheDir, KEPT_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    rmSync(join(cacheDir, ASTRO_PAGES_RECORD), { force: true });
    return;
  }
  rmSync(file);
  const { kept } = citationHandoff();
  for (const line of text.split('\n'))
    if (line) {
      const [key, texts] = JSON.parse(line) as [string, CitationFileTexts];
      kept.set(key, texts);
    }
}

/** Keeps every citation of this build in the cache, one JSON line each, for the next build. */
async function keepCitations(cacheDir: string, texts: Iterable<readonly [string, CitationFileTexts]>) {
  await mkdir(cacheDir, { recursive: true });
  const file = join(cacheDir, KEPT_FILE);
  const partial = `${file}.${process.pid}.partial`;
  const handle = await open(partial, 'w');
  try {
    let chunk = '';
    for (const entry of texts) {
      chunk += `${JSON.stringify(entry)}\n`;
      if (chunk.length < KEPT_CHUNK) continue;
      await handle.write(chunk);
      chunk = '';
    }
    await handle.write(chunk);
  } finally {
    await handle.close();
  }
  await rename(partial, file);
}

/**
 * Writes files, a bounded number at a time, in no particular order. The first failure stops every
 * writer from taking another file, and is thrown once all have stopped: nothing is left writing.
 */
async function writeAll(files: readonly { path: string; text: string }[]): Promise<void> {
  let next = 0;
  let failed = false;
  const writer = async () => {
    while (!failed && next < files.length) {
      const { path, text } = files[next++]!;
      try {
        await writeFile(path, text);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const writers = await Promise.allSettled(
    Array.from({ length: Math.min(WRITES_IN_FLIGHT, files.length) }, writer),
  );
  const failure = writers.find((w) => w.status === 'rejected');
  if (failure) throw failure.reason;
}

/**
 * Writes every citation file (`/cite/<id>.*`, `/id/cite/<id>.*`) into the built site, in one pass:
 * for every target of the build in every language, from the citation its page rendered, or, for a
 * page copied from the last build, that build kept (`citationHandoff`). Fails, naming the files, if
 * neither has one: a file is never silently missing. Keeps them all in `cacheDir` when given.
 * Settles with how many files it wrote. The writing is asynchronous, so that other work of the
 * build (the search index, when it is still being built) goes on meanwhile.
 */
export async function writeCitationFiles(dir: string, cacheDir?: string): Promise<number> {
  const { targets, rendered, kept } = citationHandoff();
  if (targets.size === 0)
    throw new Error(
      'no page asked for a citation, so the citation files cannot be written: the pages that show citations (case, finding, source, comparison) did not render',
    );
  const wanted = LANGUAGES.flatMap((lang) =>
    [...targets].map((id) => ({ lang, id, key: handoffKey(lang, id) })),
  );
  const textsOf = (key: string) => rendered.get(key) ?? kept.get(key);
  const missing = wanted.filter(({ key }) => !textsOf(key));
  if (missing.length > 0) {
    const named = missing
      .slice(0, NAMED)
      .map(({ lang, id }) => `${LOCALES[lang].prefix ? `/${LOCALES[lang].prefix}` : ''}/cite/${id}.*`);
    const more = missing.length > NAMED ? ` and ${missing.length - NAMED} more` : '';
    throw new Error(
      `the citation files ${named.join(', ')}${more} cannot be written: no page rendered their citation (the page that shows it must call citationOf)`,
    );
  }
  for (const lang of LANGUAGES) mkdirSync(join(dir, LOCALES[lang].prefix, 'cite'), { recursive: true });
  const files = wanted.flatMap(({ lang, id, key }) =>
    citationFilesOf(id, textsOf(key)!).map(({ name, text }) => ({
      path: join(dir, LOCALES[lang].prefix, 'cite', name),
      text,
    })),
  );
  await writeAll(files);
  if (cacheDir)
    await keepCitations(
      cacheDir,
      wanted.map(({ key }) => [key, textsOf(key)!] as const),
    );
  return files.length;
}
