import { latestDate } from '../lib/git-log.ts';
import { formatProblems } from '../lib/problems.ts';
import { validateCasebook, type CasebookReport } from '../lib/validate-content.ts';
import { readCasebookFiles } from './content-files.ts';
import { gitDates } from './git-dates.ts';
import { CONTENT_DIR, SOURCES_DIR } from './settings.ts';

/** The casebook's content as one build sees it: validated once, with the dates of its last changes. */
export interface CasebookContent {
  report: CasebookReport;
  /** The last change to the whole content folder (YYYY-MM-DD), if recorded. */
  lastChanged: string | undefined;
  /** The last change to each content file, by its path as the report names it. */
  lastChangedByFile: Map<string, string>;
}

/** Reads and validates every content file: the one content pass. */
export function readCasebookContent(contentDir = CONTENT_DIR, sourcesDir = SOURCES_DIR): CasebookContent {
  const report = validateCasebook(readCasebookFiles(contentDir, sourcesDir, process.cwd()));
  const { byFile, head } = gitDates(contentDir);
  const files = [...report.cases.map((c) => c.file), ...(report.glossary.size ? [] : [])];
  const lastChangedByFile = new Map(files.map((file) => [file, byFile.get(file) ?? head ?? '']));
  for (const [file, date] of lastChangedByFile) if (!date) lastChangedByFile.delete(file);
  return { report, lastChanged: latestDate(byFile.values()) ?? head, lastChangedByFile };
}

/*
 * One pass per process: the integration (when the build starts), the content loaders (when Astro
 * syncs its collections) and the search index (from the build's start) run in the same process but
 * load this module separately (the config natively, the collections through Vite), so the result is
 * kept on a global key rather than in a module variable.
 */
const KEY = Symbol.for('sister-city-casebook.content');
const memo = globalThis as typeof globalThis & { [KEY]?: CasebookContent };

/** The content of this build, read and validated once; `refresh` reads it again (the dev server). */
export function casebookContent({ refresh = false } = {}): CasebookContent {
  if (refresh || !memo[KEY]) memo[KEY] = readCasebookContent();
  return memo[KEY];
}

/** The content of this build, or an error listing every problem of every file. */
export function validCasebookContent(options?: { refresh?: boolean }): CasebookContent {
  const content = casebookContent(options);
  if (content.report.problems.length > 0)
    throw new Error(`The content has problems:\n${formatProblems(content.report.problems)}`);
  return content;
}
