import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { readContentDir } from '../../scripts/read-content.ts';
import { validateContent } from '../lib/validate-content.ts';
import { formatProblem } from '../lib/problems.ts';
import { searchRecords } from '../lib/search-records.ts';
import { localizedPath } from '../lib/routes.ts';
import { locatorLabels, t } from '../i18n/index.ts';
import { formatLocator } from '../lib/locator.ts';

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
 * Writes the Pagefind search index into the built site (`pagefind/`), one index per language, as
 * the last step of every build. The records come from the content itself (see search-records.ts),
 * so the index can never disagree with the pages.
 */
export function searchIndex(contentDir: string): AstroIntegration {
  return {
    name: 'casebook-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = readContentDir(contentDir, process.cwd());
        const report = validateContent(files.cases, files.glossary);
        if (report.problems.length > 0)
          throw new Error(`search index: invalid content\n${report.problems.map(formatProblem).join('\n')}`);
        const records = searchRecords(
          report.cases,
          report.glossary,
          // Root-relative: Pagefind puts the site's base path in front of every result's URL.
          (lang, path) => localizedPath(lang, path),
          t,
          (lang, locator) => formatLocator(locator, locatorLabels(lang)),
        );
        const { index, errors } = await createIndex({});
        orThrow('creating the index', errors);
        try {
          // One at a time, in a fixed order: the index files come out the same on every build.
          for (const record of records) {
            const meta = Object.fromEntries(Object.entries(record.meta).filter(([, v]) => v !== undefined));
            const filters = Object.fromEntries(
              Object.entries(record.filters).filter(
                (entry): entry is [string, string[]] => entry[1] !== undefined,
              ),
            );
            const added = await index!.addCustomRecord({ ...record, meta, filters });
            orThrow(`adding ${record.url}`, added.errors);
          }
          const written = await index!.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          orThrow('writing the index', written.errors);
          for (const file of UNUSED_FILES) rmSync(new URL(`pagefind/${file}`, dir), { force: true });
        } finally {
          await close();
        }
        logger.info(`${records.length} records indexed for search`);
      },
    },
  };
}
