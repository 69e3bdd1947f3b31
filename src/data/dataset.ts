import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DatasetSchema } from '../schemas/dataset.ts';
import type { DatasetInfo } from '../lib/dataset.ts';

const contentDir = process.env.CASEBOOK_CONTENT_DIR ?? './content';
const lastChanges = new Map<string, string | undefined>();

const git = (args: string[]) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};

/**
 * The date (YYYY-MM-DD) of the last commit that changed a path under the content folder (the whole
 * folder by default): the same for every build of a commit. Content outside the repository (a
 * test's copy) falls back to the last commit's date; without git it is not recorded.
 */
export function lastContentChange(relativePath = ''): string | undefined {
  if (!lastChanges.has(relativePath)) {
    const path = join(contentDir, relativePath);
    const date = git(['log', '-1', '--format=%cs', '--', path]) || git(['log', '-1', '--format=%cs']);
    lastChanges.set(relativePath, date || undefined);
  }
  return lastChanges.get(relativePath);
}

let datasetInfo: DatasetInfo | undefined;

/** `content/dataset.yaml`, validated, with the date of the last content change; read once per build. */
export function loadDatasetInfo(): DatasetInfo {
  datasetInfo ??= {
    ...DatasetSchema.parse(parse(readFileSync(join(contentDir, 'dataset.yaml'), 'utf8'))),
    lastChanged: lastContentChange(),
  };
  return datasetInfo;
}
