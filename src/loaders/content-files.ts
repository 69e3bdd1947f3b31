import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT_KINDS, decodeContentFile, slugOf, type ContentFile } from '../lib/content-files.ts';
import type { Problem } from '../lib/problems.ts';
import type { CasebookFiles, SourceTexts } from '../lib/validate-content.ts';

/** What the file system says when a path cannot be read, in an editor's words. */
const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'it is a link to a file that is not there',
  ELOOP: 'it is a link that leads back to itself',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a file stands where a folder should be',
  EACCES: 'the system does not allow reading it',
};

function unreadableProblem(file: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return {
    file,
    path: '',
    message: `cannot be read: ${FS_REASONS[code] ?? (error instanceof Error ? error.message : String(error))}`,
    hint: 'put the file itself there (not a link or a folder), or remove it',
  };
}

/** Reads a file as UTF-8; a file that cannot be read, or is not UTF-8, goes to `unreadable` instead. */
function readFile(path: string, cwd: string, unreadable: Problem[]): ContentFile | undefined {
  const file = relative(cwd, path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    unreadable.push(unreadableProblem(file, error));
    return undefined;
  }
  const decoded = decodeContentFile(file, bytes);
  if ('text' in decoded) return decoded;
  unreadable.push(decoded);
  return undefined;
}

/** The entries of a content folder, what they are, and what could not be listed. */
function listFolder(folder: string, cwd: string, unreadable: Problem[]): string[] {
  if (!existsSync(folder)) return [];
  try {
    return readdirSync(folder)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => join(folder, name));
  } catch (error) {
    unreadable.push(unreadableProblem(relative(cwd, folder), error));
    return [];
  }
}

/**
 * Reads every file of a content folder, whatever its extension, so that validation can flag a
 * file that does not belong there. Hidden files (.DS_Store, editor swap files) are skipped; a folder
 * inside it, a broken link or a file that is not UTF-8 is a problem of its own.
 */
function readFolder(paths: readonly string[], cwd: string, unreadable: Problem[]): ContentFile[] {
  return paths.flatMap((path) => {
    if (existsSync(path) && lstatSync(path).isDirectory()) {
      unreadable.push({
        file: relative(cwd, path),
        path: '',
        message: 'a folder: only the files right in this folder are read',
        hint: 'move its files up into this folder, or move the folder elsewhere',
      });
      return [];
    }
    return readFile(path, cwd, unreadable) ?? [];
  });
}

/**
 * The source chapters the cases quote (`source.file`), from a folder of `.txt` files. A folder that
 * is not there gives no texts: the check then says which cases it could not look up. A text that
 * cannot be read (not UTF-8) is kept with its problem, for the cases that quote it.
 */
export function readSourceTexts(folder: string, cwd: string): SourceTexts {
  const problems: Problem[] = [];
  const name = (file: string) => file.replace(/^.*[\\/]/, '');
  const paths = listFolder(folder, cwd, problems).filter((path) => path.endsWith('.txt'));
  const texts = new Map(
    readFolder(paths, cwd, problems).map(({ file, text }) => [name(file), text] as const),
  );
  const unreadable = new Map(problems.map((problem) => [name(problem.file), problem] as const));
  return { folder: relative(cwd, folder) || '.', texts, unreadable };
}

/** Reads every file the casebook is built from: cases, glossary, dataset.yaml, redirects.yaml, sources. */
export function readCasebookFiles(contentDir: string, sourcesDir: string, cwd: string): CasebookFiles {
  const datasetPath = join(contentDir, 'dataset.yaml');
  const redirectsPath = join(contentDir, 'redirects.yaml');
  const unreadable: Problem[] = [];
  const casePaths = listFolder(join(contentDir, 'cases'), cwd, unreadable);
  const glossaryPaths = listFolder(join(contentDir, 'glossary'), cwd, unreadable);
  return {
    cases: readFolder(casePaths, cwd, unreadable),
    glossary: readFolder(glossaryPaths, cwd, unreadable),
    present: {
      cases: casePaths.filter((path) => path.endsWith(CONTENT_KINDS.cases.extension)).map(slugOf),
      glossary: glossaryPaths.filter((path) => path.endsWith(CONTENT_KINDS.glossary.extension)).map(slugOf),
    },
    dataset: existsSync(datasetPath) ? readFile(datasetPath, cwd, unreadable) : undefined,
    datasetPath: relative(cwd, datasetPath),
    redirects: existsSync(redirectsPath) ? readFile(redirectsPath, cwd, unreadable) : undefined,
    sources: readSourceTexts(sourcesDir, cwd),
    unreadable,
  };
}
