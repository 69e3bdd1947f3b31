// Validates every content file and the UI dictionaries, and lists every problem in one run.
// Usage: node scripts/check-content.ts [contentDir]   (default: $CASEBOOK_CONTENT_DIR or ./content)
import { relative } from 'node:path';
import { readContentDir } from './read-content.ts';
import { validateContent, validateDataset, validateRedirects } from '../src/lib/validate-content.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { dictionaryProblems } from '../src/i18n/check.ts';

const dir = process.argv[2] ?? process.env.CASEBOOK_CONTENT_DIR ?? 'content';
const { cases, glossary, dataset, datasetPath, redirects, sources } = readContentDir(dir, process.cwd());
const report = validateContent(cases, glossary, sources);
for (const notice of report.notices) console.log(`note: ${notice}`);
const problems = [
  ...report.problems,
  ...validateDataset(dataset, datasetPath),
  ...validateRedirects(redirects),
  ...dictionaryProblems(),
];

if (problems.length > 0) {
  const files = new Set(problems.map((p) => p.file));
  console.error(`${problems.length} problem(s) in ${files.size} file(s):`);
  for (const problem of problems) console.error('  ' + formatProblem(problem));
  process.exit(1);
}
console.log(
  `content OK: ${report.cases.length} case(s), ${report.glossary.size} glossary entr${report.glossary.size === 1 ? 'y' : 'ies'} in ${relative(process.cwd(), dir) || '.'}`,
);
