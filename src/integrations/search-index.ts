import { rmSync } from 'node:fs';
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

/**
 * Writes the Pagefind search index into the built site (`pagefind/`), one index per language. The
 * records come from the content of this build (see search-records.ts), so the index can never
 * disagree with the pages. Returns how many records it holds.
 */
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
    // One at a time, in a fixed order: the index files come out the same on every build.
    for (const record of records) {
      const meta = Object.fromEntries(Object.entries(record.meta).filter(([, v]) => v !== undefined));
      const filters = Object.fromEntries(
        Object.entries(record.filters).filter((entry): entry is [string, string[]] => entry[1] !== undefined),
      );
      const added = await index!.addCustomRecord({ ...record, meta, filters });
      orThrow(`adding ${record.url}`, added.errors);
    }
    const written = await index!.writeFiles({ outputPath: join(outDir, 'pagefind') });
    orThrow('writing the index', written.errors);
    for (const file of UNUSED_FILES) rmSync(join(outDir, 'pagefind', file), { force: true });
  } finally {
    await close();
  }
  return records.length;
}
