import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishSearchIndex, stageSearchIndex } from '../../src/integrations/search-index.ts';
import { ROOT, validateFolder } from '../helpers/content.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-search-test-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Every file under a folder, by path relative to it, with its bytes. */
const filesIn = (dir: string): Map<string, Buffer> =>
  new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile())
      .sort()
      .map((path) => [relative(dir, path), readFileSync(path)]),
  );

describe('the search index built ahead of the pages', () => {
  const report = validateFolder('content');

  it('is moved into the built site whole, leaving nothing in the cache, and is the same on every build', async () => {
    const [cache, first, second] = [tempDir(), tempDir(), tempDir()];
    const stagedOnce = await stageSearchIndex(report, cache);
    const stagedTwice = await stageSearchIndex(report, cache);
    expect(readdirSync(cache)).toHaveLength(2);

    expect(publishSearchIndex(stagedOnce, first)).toBeGreaterThan(0);
    expect(publishSearchIndex(stagedTwice, second)).toBe(stagedOnce.records);
    expect(readdirSync(cache)).toEqual([]);

    const files = filesIn(join(first, 'pagefind'));
    expect([...files.keys()]).toContain('pagefind-entry.json');
    expect([...files.keys()].filter((name) => name.startsWith('pagefind-ui'))).toEqual([]);
    const entry = JSON.parse(files.get('pagefind-entry.json')!.toString('utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, lang) => sum + lang.page_count, 0);
    expect(pages).toBe(stagedOnce.records);
    // The records are sent to Pagefind all at once: the files must not depend on when each arrives.
    expect(filesIn(join(second, 'pagefind'))).toEqual(files);
  });

  it('is removed from the cache when the build ends before publishing it', () => {
    const cache = tempDir();
    const script = [
      `import { stageSearchIndex } from './src/integrations/search-index.ts';`,
      `import { validateFolder } from './tests/helpers/content.ts';`,
      `import { readdirSync } from 'node:fs';`,
      `await stageSearchIndex(validateFolder('content'), ${JSON.stringify(cache)});`,
      `console.log(readdirSync(${JSON.stringify(cache)}).length);`,
      // A page failed: the build stops without publishing the index.
      `process.exit(1);`,
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('1');
    expect(readdirSync(cache)).toEqual([]);
  });
});
