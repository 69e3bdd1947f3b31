import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../lib/content-files.ts';
import type { CasebookFiles, SourceTexts } from '../lib/validate-content.ts';

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

/**
 * The source chapters the cases quote (`source.file`), from a folder of `.txt` files. A folder that
 * is not there gives no texts: the check then says which cases it could not look up.
 */
export function readSourceTexts(folder: string, cwd: string): SourceTexts {
  const texts = new Map(
    readFolder(folder, cwd)
      .filter(({ file }) => file.endsWith('.txt'))
      .map(({ file, text }) => [file.replace(/^.*[\\/]/, ''), text] as const),
  );
  return { folder: relative(cwd, folder) || '.', texts };
}

/** Reads every file the casebook is built from: cases, glossary, dataset.yaml, redirects.yaml, sources. */
export function readCasebookFiles(contentDir: string, sourcesDir: string, cwd: string): CasebookFiles {
  const datasetPath = join(contentDir, 'dataset.yaml');
  return {
    cases: readFolder(join(contentDir, 'cases'), cwd),
    glossary: readFolder(join(contentDir, 'glossary'), cwd),
    dataset: readOptional(datasetPath, cwd),
    datasetPath: relative(cwd, datasetPath),
    redirects: readOptional(join(contentDir, 'redirects.yaml'), cwd),
    sources: readSourceTexts(sourcesDir, cwd),
  };
}
