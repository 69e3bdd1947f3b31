// `npm run check:content [contentDir]`: every problem of every content file, the UI dictionaries
// included, in one run, from the same content pass as the build (`src/loaders/casebook-content.ts`).
import { relative } from 'node:path';
import { formatProblems } from '../src/lib/problems.ts';
import { readCasebookContent } from '../src/loaders/casebook-content.ts';
import { CONTENT_DIR, SOURCES_DIR } from '../src/loaders/settings.ts';

const dir = process.argv[2] ?? CONTENT_DIR;
const { report } = readCasebookContent(dir, SOURCES_DIR);
for (const notice of report.notices) console.log(`note: ${notice}`);
if (report.problems.length > 0) {
  console.error(formatProblems(report.problems));
  process.exit(1);
}
const entries = report.glossary.size === 1 ? 'entry' : 'entries';
console.log(
  `content OK: ${report.cases.length} case(s), ${report.glossary.size} glossary ${entries} in ${relative(process.cwd(), dir) || '.'}`,
);
