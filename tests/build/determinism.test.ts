import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { build } from '../helpers/build.ts';

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
  it('is deterministic: a second build of the same commit is byte-identical', () => {
    const { outDir, origin } = inject('site');
    const second = build({ siteUrl: origin });
    expect(second.status, second.output).toBe(0);
    const first = digest(outDir);
    expect(Object.keys(first).length).toBeGreaterThan(12);
    expect(digest(second.outDir)).toEqual(first);
  });
});
