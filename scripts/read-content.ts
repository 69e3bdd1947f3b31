import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentFile } from '../src/lib/validate-content.ts';

/** The folders and file kinds of the casebook's content, relative to the content directory. */
export const CONTENT_LAYOUT = {
  cases: { folder: 'cases', extension: '.mdx' },
  glossary: { folder: 'glossary', extension: '.yaml' },
} as const;

function readFolder(folder: string, extension: string, cwd: string): ContentFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => {
      const path = join(folder, name);
      return { file: relative(cwd, path), text: readFileSync(path, 'utf8') };
    });
}

/** Reads every case and glossary file under a content directory. */
export function readContentDir(dir: string, cwd: string) {
  return {
    cases: readFolder(join(dir, CONTENT_LAYOUT.cases.folder), CONTENT_LAYOUT.cases.extension, cwd),
    glossary: readFolder(join(dir, CONTENT_LAYOUT.glossary.folder), CONTENT_LAYOUT.glossary.extension, cwd),
  };
}
