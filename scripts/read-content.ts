import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../src/lib/validate-content.ts';

/**
 * Reads every file of a content folder, whatever its extension, so that validation can flag a
 * file that does not belong there. Hidden files (.DS_Store, editor swap files) are skipped.
 */
function readFolder(folder: string, cwd: string): ContentFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ file: relative(cwd, path), text: readFileSync(path, 'utf8') }));
}

function readOptional(path: string, cwd: string): ContentFile | undefined {
  return existsSync(path) ? { file: relative(cwd, path), text: readFileSync(path, 'utf8') } : undefined;
}

/** Reads every case and glossary file under a content directory, and its dataset.yaml. */
export function readContentDir(dir: string, cwd: string) {
  const datasetPath = join(dir, 'dataset.yaml');
  return {
    cases: readFolder(join(dir, 'cases'), cwd),
    glossary: readFolder(join(dir, 'glossary'), cwd),
    datasetPath: relative(cwd, datasetPath),
    redirects: readOptional(join(dir, 'redirects.yaml'), cwd),
    dataset: existsSync(datasetPath)
      ? { file: relative(cwd, datasetPath), text: readFileSync(datasetPath, 'utf8') }
      : undefined,
  };
}
