import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { build, copyOfContent, tempDir } from '../helpers/build.ts';

/** Every file of a folder with the SHA-256 of its bytes. */
function digest(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
  return Object.fromEntries(
    files.map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

describe('the build', () => {
  it('is deterministic: a second build of the same commit is byte-identical, from a clean cache or a full one', () => {
    const { outDir, origin } = inject('site');
    const cacheDir = tempDir('cache');
    const second = build({ siteUrl: origin, cacheDir });
    expect(second.status, second.output).toBe(0);
    const first = digest(outDir);
    expect(Object.keys(first).length).toBeGreaterThan(12);
    expect(digest(second.outDir)).toEqual(first);
    // The third build finds every preview card in the cache the second left, and draws none again.
    const cards = join(cacheDir, 'casebook-og');
    const written = () =>
      Object.fromEntries(readdirSync(cards).map((f) => [f, statSync(join(cards, f)).mtimeMs]));
    const before = written();
    expect(Object.keys(before).length).toBeGreaterThan(0);
    const third = build({ siteUrl: origin, cacheDir });
    expect(third.status, third.output).toBe(0);
    expect(written()).toEqual(before);
    expect(digest(third.outDir)).toEqual(first);
    // And Astro copied the case, finding and source pages from the second build.
    expect(third.output).toMatch(/cases\/bandung-seoul\/index\.html \(restored\)/);
    expect(third.output).toMatch(/findings\/dts-evt-1\/index\.html \(restored\)/);
  });

  it('after an edit to one case, an incremental build is byte-identical to a clean build of the edited content', () => {
    const { origin } = inject('site');
    const contentDir = copyOfContent();
    const cacheDir = tempDir('cache');
    const before = build({ siteUrl: origin, contentDir, cacheDir });
    expect(before.status, before.output).toBe(0);
    // A city's name shows on its case's pages and cards, and on the other case's (its neighbour in
    // the reading order); the summary on its case's page, the case list and the data.
    const file = join(contentDir, 'cases', 'daejeon-tangerang-selatan.mdx');
    const text = readFileSync(file, 'utf8');
    const edited = text
      .replace('    name: Tangerang Selatan\n', '    name: Tangerang Selatan (edited)\n')
      .replace('The thesis describes a process', 'The thesis sets out a process');
    expect(edited.split('(edited)').length).toBe(2);
    expect(edited).toContain('sets out a process');
    writeFileSync(file, edited);
    const incremental = build({ siteUrl: origin, contentDir, cacheDir });
    expect(incremental.status, incremental.output).toBe(0);
    const clean = build({ siteUrl: origin, contentDir });
    expect(clean.status, clean.output).toBe(0);
    expect(digest(incremental.outDir)).toEqual(digest(clean.outDir));
    // The edited case's pages were rendered again, the other case's finding pages were copied.
    expect(incremental.output).toMatch(/findings\/dts-evt-1\/index\.html/);
    expect(incremental.output).not.toMatch(/findings\/dts-evt-1\/index\.html \(restored\)/);
    expect(incremental.output).toMatch(/findings\/bs-ini-1\/index\.html \(restored\)/);
    expect(readFileSync(join(clean.outDir, 'cases', 'bandung-seoul', 'index.html'), 'utf8')).toContain(
      'Tangerang Selatan (edited)',
    );
  });
});
