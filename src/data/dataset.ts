import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DatasetSchema } from '../schemas/dataset.ts';
import type { DatasetInfo } from '../lib/dataset.ts';

const contentDir = process.env.CASEBOOK_CONTENT_DIR ?? './content';

/** The date (YYYY-MM-DD) of the last commit that changed the content; the same for every build of a commit. */
function lastContentChange(): string | undefined {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  // Content outside the repository (a test's copy) falls back to the last commit's date.
  return (
    git(['log', '-1', '--format=%cs', '--', contentDir]) || git(['log', '-1', '--format=%cs']) || undefined
  );
}

/** `content/dataset.yaml`, validated, with the date of the last content change. */
export function loadDatasetInfo(): DatasetInfo {
  const dataset = DatasetSchema.parse(parse(readFileSync(join(contentDir, 'dataset.yaml'), 'utf8')));
  return { ...dataset, lastChanged: lastContentChange() };
}
