import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../lib/problems.ts';
import { casebookContent } from '../loaders/casebook-content.ts';
import { writeSearchIndex } from './search-index.ts';
import { startCitationFiles, writeCitationFiles } from './citation-files.ts';
import { CACHE_DIR } from '../loaders/settings.ts';

/**
 * The casebook's own part of every build and of the dev server: the one content pass before Astro
 * loads any collection (a content problem stops the build before anything is written, with every
 * problem of every file, as `npm run check` lists them), and, once the pages exist, the citation
 * files and the search index.
 */
export function casebook(): AstroIntegration {
  return {
    name: 'sister-city-casebook',
    hooks: {
      'astro:config:done': ({ logger }) => {
        const { report } = casebookContent();
        for (const notice of report.notices) logger.info(`note: ${notice}`);
        if (report.problems.length > 0)
          throw new Error(`The content has problems:\n${formatProblems(report.problems)}`);
      },
      'astro:build:start': () => startCitationFiles(CACHE_DIR),
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`${writeCitationFiles(fileURLToPath(dir), CACHE_DIR)} citation files written`);
        const count = await writeSearchIndex(fileURLToPath(dir), casebookContent().report);
        logger.info(`${count} records indexed for search`);
      },
    },
  };
}
