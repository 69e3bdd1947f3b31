import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../lib/problems.ts';
import { casebookContent } from '../loaders/casebook-content.ts';
import { publishSearchIndex, stageSearchIndex, type StagedSearchIndex } from './search-index.ts';
import { startCitationFiles, writeCitationFiles } from './citation-files.ts';
import { CACHE_DIR } from '../loaders/settings.ts';

/**
 * The casebook's own part of every build and of the dev server: the one content pass before Astro
 * loads any collection (a content problem stops the build before anything is written, with every
 * problem of every file, as `npm run check` lists them), the search index (built from the content
 * while the pages render) and, once the pages exist, the citation files.
 */
export function casebook(): AstroIntegration {
  /** This build's search index, started with the build (its records need no page). */
  let searchIndex: Promise<StagedSearchIndex> | undefined;
  return {
    name: 'sister-city-casebook',
    hooks: {
      'astro:config:done': ({ logger }) => {
        const { report } = casebookContent();
        for (const notice of report.notices) logger.info(`note: ${notice}`);
        if (report.problems.length > 0)
          throw new Error(`The content has problems:\n${formatProblems(report.problems)}`);
      },
      'astro:build:start': ({ logger }) => {
        startCitationFiles(CACHE_DIR);
        // Pagefind indexes in a process of its own while the pages render on this one.
        searchIndex = stageSearchIndex(casebookContent().report, CACHE_DIR);
        // Said at once; it fails the build when the pages are done (a build that fails first ends
        // without asking).
        searchIndex.catch((error: unknown) =>
          logger.warn(`the search index could not be built; the build will fail: ${String(error)}`),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const staged = searchIndex;
        searchIndex = undefined;
        if (!staged) throw new Error('the build ended without starting (astro:build:start never ran)');
        const [files, records] = await Promise.allSettled([
          writeCitationFiles(outDir, CACHE_DIR),
          staged.then((index) => publishSearchIndex(index, outDir)),
        ]);
        // Both settle before the build goes on or fails: neither is left writing into the output.
        if (files.status === 'fulfilled' && records.status === 'fulfilled') {
          logger.info(`${files.value} citation files written`);
          logger.info(`${records.value} records indexed for search`);
          return;
        }
        const failures = [files, records].flatMap((r) =>
          r.status === 'rejected' ? [r.reason as unknown] : [],
        );
        throw failures.length === 1
          ? failures[0]
          : new AggregateError(failures, 'the citation files and the search index both failed');
      },
    },
  };
}
