import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT } from './content.ts';

/** The result of one build in a folder of its own. */
export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** A fresh temporary folder. */
export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `casebook-${prefix}-`));

/**
 * The environment of this process without what Vitest adds (BASE_URL, MODE, NODE_ENV=test, …):
 * Astro would read those as the site's own settings.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(key)) delete env[key];
  return env;
}

/**
 * Runs `npm run build` (content check, then Astro) with its own output and cache folders, so that
 * test builds never touch `dist/` or each other. `contentDir` defaults to the real content, `cwd` to
 * the project (a test may build a copy of it).
 */
export function build(
  options: {
    contentDir?: string;
    sourcesDir?: string;
    siteUrl?: string;
    script?: string;
    cwd?: string;
    /** The output folder (a new one by default). */
    outDir?: string;
    /** The cache folder (a new, empty one by default: a clean build). */
    cacheDir?: string;
  } = {},
): BuildResult {
  const outDir = options.outDir ?? join(tempDir('dist'), 'dist');
  const result = spawnSync('npm', ['run', options.script ?? 'build', '--silent'], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      ASTRO_TELEMETRY_DISABLED: '1',
      CASEBOOK_OUT_DIR: outDir,
      CASEBOOK_CACHE_DIR: options.cacheDir ?? tempDir('cache'),
      ...(options.contentDir ? { CASEBOOK_CONTENT_DIR: options.contentDir } : {}),
      ...(options.sourcesDir ? { CASEBOOK_SOURCES_DIR: options.sourcesDir } : {}),
      ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
    },
  });
  // Colour codes (forced on by some CI environments) would split the words tests look for.
  return {
    status: result.status,
    output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
    outDir,
  };
}

/** A copy of the real content in a temporary folder, to add or break files in. */
export function copyOfContent(): string {
  const dir = tempDir('content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}
