import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
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

/** Runs a script in a Node process of its own, in the project's folder. */
const runScript = (lines: string[]) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', lines.join('\n')], {
    cwd: ROOT,
    encoding: 'utf8',
  });

/** A process id that no process has: that of a process that has ended. */
const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('the search index built ahead of the pages', () => {
  const report = validateFolder('content');

  it('is moved into the built site whole, leaving nothing in the cache, and is the same on every build', async () => {
    const [cache, first, second] = [tempDir(), tempDir(), tempDir()];
    // Two builds of one process at once: the second waits for the first (they share one Pagefind).
    const [stagedOnce, stagedTwice] = await Promise.all([
      stageSearchIndex(report, cache),
      stageSearchIndex(report, cache),
    ]);
    expect(readdirSync(cache)).toHaveLength(2);

    expect(publishSearchIndex(stagedOnce, first)).toBeGreaterThan(0);
    expect(publishSearchIndex(stagedTwice, second)).toBe(stagedOnce.recordCount);
    expect(readdirSync(cache)).toEqual([]);

    const files = filesIn(join(first, 'pagefind'));
    expect([...files.keys()]).toContain('pagefind-entry.json');
    expect([...files.keys()].filter((name) => name.startsWith('pagefind-ui'))).toEqual([]);
    const entry = JSON.parse(files.get('pagefind-entry.json')!.toString('utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, lang) => sum + lang.page_count, 0);
    expect(pages).toBe(stagedOnce.recordCount);
    expect(filesIn(join(second, 'pagefind'))).toEqual(files);
  });

  it('is copied whole when the cache is on another file system than the output', async () => {
    // /dev/shm is a memory file system on Linux; the output goes where the disk is.
    const cache = mkdtempSync(join('/dev/shm', 'casebook-search-test-'));
    dirs.push(cache);
    const onDisk = [tempDir(), mkdtempSync(join(ROOT, 'node_modules', '.casebook-search-test-'))];
    dirs.push(onDisk[1]!);
    const out = onDisk.find((dir) => statSync(dir).dev !== statSync(cache).dev);
    expect(out, 'a folder on another file system than /dev/shm').toBeDefined();
    const staged = await stageSearchIndex(report, cache);
    const files = filesIn(join(staged.folder, 'pagefind'));
    publishSearchIndex(staged, out!);
    expect(filesIn(join(out!, 'pagefind'))).toEqual(files);
    expect(readdirSync(out!)).toEqual(['pagefind']);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('replaces an index already in the output', async () => {
    const [cache, out] = [tempDir(), tempDir()];
    mkdirSync(join(out, 'pagefind', 'old-language'), { recursive: true });
    publishSearchIndex(await stageSearchIndex(report, cache), out);
    expect(existsSync(join(out, 'pagefind', 'old-language'))).toBe(false);
    expect(existsSync(join(out, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  it.each([
    ['once indexing is done', 'await staged;', true],
    // The staging folder exists, and Pagefind has not written the index into it yet.
    [
      'before Pagefind has written the index',
      'while (readdirSync(cache).length === 0) await pause();',
      false,
    ],
  ])('is removed from the cache when the build ends before publishing it, %s', (_, wait, written) => {
    const cache = tempDir();
    const run = runScript([
      `import { existsSync, readdirSync } from 'node:fs';`,
      `import { join } from 'node:path';`,
      `import { stageSearchIndex } from './src/integrations/search-index.ts';`,
      `import { validateFolder } from './tests/helpers/content.ts';`,
      `const cache = ${JSON.stringify(cache)};`,
      `const pause = () => new Promise((resolve) => setTimeout(resolve, 5));`,
      `const staged = stageSearchIndex(validateFolder('content'), cache);`,
      wait,
      `const folders = readdirSync(cache);`,
      `const entry = join(cache, folders[0], 'pagefind', 'pagefind-entry.json');`,
      `console.log(JSON.stringify({ folders: folders.length, written: existsSync(entry) }));`,
      // A page failed: the build stops without publishing the index.
      `process.exit(1);`,
    ]);
    expect(run.status, run.stderr).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ folders: 1, written });
    expect(readdirSync(cache)).toEqual([]);
  });

  it("removes what a killed build of this machine left in the cache, never a running build's or another machine's", async () => {
    const cache = tempDir();
    const host = hostname().replace(/[^A-Za-z0-9.]/g, '_');
    const killed = join(cache, `casebook-search-${host}-${endedPid()}-a1b2c3`);
    const running = join(cache, `casebook-search-${host}-${process.pid}-d4e5f6`);
    // Another machine sharing the cache: its process ids say nothing here.
    const elsewhere = join(cache, `casebook-search-${host}x-${endedPid()}-g7h8i9`);
    const other = join(cache, 'casebook-og');
    for (const folder of [killed, running, elsewhere, other])
      mkdirSync(join(folder, 'pagefind'), { recursive: true });
    const staged = await stageSearchIndex(report, cache);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(elsewhere)).toBe(true);
    expect(existsSync(other)).toBe(true);
    publishSearchIndex(staged, tempDir());
  });
});
