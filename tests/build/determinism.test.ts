import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { build, tempDir } from '../helpers/build.ts';

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
  });
});
