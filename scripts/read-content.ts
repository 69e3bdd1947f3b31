import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile, SourceTexts } from '../src/lib/validate-content.ts';

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
 * The source chapters the cases quote (`source.file`), read from the shared sources folder beside
 * the project (or `CASEBOOK_SOURCES_DIR`). A folder that is not there gives no texts: the check then
 * says which cases it could not look up.
 */
export function readSourceTexts(
  cwd: string,
  folder = process.env.CASEBOOK_SOURCES_DIR ?? join(cwd, '..', 'shared', 'sources'),
): SourceTexts {
  const texts = new Map(
    readFolder(folder, cwd)
      .filter(({ file }) => file.endsWith('.txt'))
      .map(({ file, text }) => [file.replace(/^.*[\\/]/, ''), text] as const),
  );
  return { folder: relative(cwd, folder) || '.', texts };
}

/** Reads every case and glossary file under a content directory, and its dataset.yaml. */
export function readContentDir(dir: string, cwd: string) {
  const datasetPath = join(dir, 'dataset.yaml');
  return {
    sources: readSourceTexts(cwd),
    cases: readFolder(join(dir, 'cases'), cwd),
    glossary: readFolder(join(dir, 'glossary'), cwd),
    datasetPath: relative(cwd, datasetPath),
    redirects: readOptional(join(dir, 'redirects.yaml'), cwd),
    dataset: existsSync(datasetPath)
      ? { file: relative(cwd, datasetPath), text: readFileSync(datasetPath, 'utf8') }
      : undefined,
  };
}
