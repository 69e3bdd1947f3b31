import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeContentFile, type ContentFile } from '../lib/content-files.ts';
import type { Problem } from '../lib/problems.ts';
import type { CasebookFiles, SourceTexts } from '../lib/validate-content.ts';

/** Reads a file as UTF-8; bytes that are not UTF-8 go to `unreadable` instead. */
function readFile(path: string, cwd: string, unreadable: Problem[]): ContentFile | undefined {
  const decoded = decodeContentFile(relative(cwd, path), readFileSync(path));
  if ('text' in decoded) return decoded;
  unreadable.push(decoded);
  return undefined;
}

/**
 * Reads every file of a content folder, whatever its extension, so that validation can flag a
 * file that does not belong there. Hidden files (.DS_Store, editor swap files) are skipped.
 */
function readFolder(folder: string, cwd: string, unreadable: Problem[]): ContentFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .flatMap((path) => readFile(path, cwd, unreadable) ?? []);
}

/**
 * The source chapters the cases quote (`source.file`), from a folder of `.txt` files. A folder that
 * is not there gives no texts: the check then says which cases it could not look up.
 */
export function readSourceTexts(folder: string, cwd: string): SourceTexts {
  const texts = new Map(
    readFolder(folder, cwd, [])
      .filter(({ file }) => file.endsWith('.txt'))
      .map(({ file, text }) => [file.replace(/^.*[\\/]/, ''), text] as const),
  );
  return { folder: relative(cwd, folder) || '.', texts };
}

/** Reads every file the casebook is built from: cases, glossary, dataset.yaml, redirects.yaml, sources. */
export function readCasebookFiles(contentDir: string, sourcesDir: string, cwd: string): CasebookFiles {
  const datasetPath = join(contentDir, 'dataset.yaml');
  const redirectsPath = join(contentDir, 'redirects.yaml');
  const unreadable: Problem[] = [];
  return {
    cases: readFolder(join(contentDir, 'cases'), cwd, unreadable),
    glossary: readFolder(join(contentDir, 'glossary'), cwd, unreadable),
    dataset: existsSync(datasetPath) ? readFile(datasetPath, cwd, unreadable) : undefined,
    datasetPath: relative(cwd, datasetPath),
    redirects: existsSync(redirectsPath) ? readFile(redirectsPath, cwd, unreadable) : undefined,
    sources: readSourceTexts(sourcesDir, cwd),
    unreadable,
  };
}
