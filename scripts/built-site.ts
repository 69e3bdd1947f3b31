import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One HTML page of a built site. */
export interface BuiltPage {
  /** Root-relative URL path without the base, e.g. `/id/cases/` or `/404.html`. */
  path: string;
  /** File relative to the output folder. */
  file: string;
  html: string;
}

/** Every HTML page of a built site, with the URL path a static host serves it at. */
export function readBuiltPages(outDir: string): BuiltPage[] {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
  return files.map((file) => {
    const path = '/' + file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1');
    return {
      path,
      file: relative(outDir, join(outDir, file)),
      html: readFileSync(join(outDir, file), 'utf8'),
    };
  });
}

/** Whether a built page only forwards readers to a page that moved. */
export const isRedirectPage = (page: BuiltPage) => /<meta http-equiv="refresh"/i.test(page.html);
