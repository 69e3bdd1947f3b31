import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, LOCALES } from '../i18n/locales.ts';
import { citationFilesOf, type CitationFileTexts } from '../lib/citation-files.ts';
import { citationHandoff, handoffKey, resetCitationHandoff } from '../loaders/citation-handoff.ts';

/** How many missing citations an error names before it only counts the rest. */
const NAMED = 10;

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
function keepCitations(cacheDir: string, texts: Iterable<readonly [string, CitationFileTexts]>): void {
  mkdirSync(cacheDir, { recursive: true });
  const file = join(cacheDir, KEPT_FILE);
  const partial = `${file}.${process.pid}.partial`;
  const fd = openSync(partial, 'w');
  try {
    for (const entry of texts) writeSync(fd, `${JSON.stringify(entry)}\n`);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, file);
}

/**
 * Writes every citation file (`/cite/<id>.*`, `/id/cite/<id>.*`) into the built site, in one pass:
 * for every target of the build in every language, from the citation its page rendered, or, for a
 * page copied from the last build, that build kept (`citationHandoff`). Fails, naming the files, if
 * neither has one: a file is never silently missing. Keeps them all in `cacheDir` when given.
 * Returns how many files it wrote.
 */
export function writeCitationFiles(dir: string, cacheDir?: string): number {
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
  let count = 0;
  for (const lang of LANGUAGES) mkdirSync(join(dir, LOCALES[lang].prefix, 'cite'), { recursive: true });
  for (const { lang, id, key } of wanted)
    for (const { name, text } of citationFilesOf(id, textsOf(key)!)) {
      writeFileSync(join(dir, LOCALES[lang].prefix, 'cite', name), text);
      count++;
    }
  if (cacheDir)
    keepCitations(
      cacheDir,
      wanted.map(({ key }) => [key, textsOf(key)!] as const),
    );
  return count;
}
