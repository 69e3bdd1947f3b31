import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ADDED_LOCALES } from '../lib/citation.ts';
import type { TextStore } from '../lib/citation-text.ts';
import { CACHE_DIR } from './settings.ts';

/* Resolved from the project, not from this module: the built copy of this module runs elsewhere. */
const require = createRequire(join(process.cwd(), 'package.json'));

/** The version of an installed package. */
const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

/** What every text citeproc writes depends on besides the item: citeproc, its styles, the locales. */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const pkg of ['@citation-js/core', '@citation-js/plugin-csl', 'citeproc'])
    hash.update(`${pkg}@${versionOf(pkg)}\n`);
  for (const [name, xml] of Object.entries(ADDED_LOCALES)) hash.update(`${name}\n${xml}\n`);
  return hash.digest('hex').slice(0, 32);
}

/**
 * A store of citeproc's texts that lasts from build to build, in the build's cache: one file per
 * fingerprint of citeproc's own inputs, one JSON line per text, appended as citeproc writes them.
 * A line a stopped build left torn is skipped (its text is rendered again).
 */
export function lastingTextStore(): TextStore {
  const folder = join(CACHE_DIR, 'casebook-citeproc');
  const file = join(folder, `${fingerprint()}.ndjson`);
  const texts = new Map<string, string>();
  let lines: string[] = [];
  try {
    lines = readFileSync(file, 'utf8').split('\n');
  } catch {
    mkdirSync(folder, { recursive: true });
  }
  for (const line of lines)
    try {
      const [key, text] = JSON.parse(line) as [string, string];
      if (typeof key === 'string' && typeof text === 'string') texts.set(key, text);
    } catch {
      // An empty or torn line.
    }
  return {
    get: (key) => texts.get(key),
    set: (key, text) => {
      texts.set(key, text);
      appendFileSync(file, `${JSON.stringify([key, text])}\n`);
    },
  };
}
