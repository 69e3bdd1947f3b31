import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishBuild } from '../../scripts/publish-build.ts';
import { build, copyOfContent, tempDir } from '../helpers/build.ts';
import { ROOT } from '../helpers/content.ts';

/** An output folder holding a last good site of one page. */
function lastGoodSite(): string {
  const outDir = join(tempDir('out'), 'dist');
  mkdirSync(join(outDir, 'cases'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), 'last good site');
  writeFileSync(join(outDir, 'cases', 'index.html'), 'last good cases');
  return outDir;
}

const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe('publishing a build', () => {
  it('leaves the output folder as it was when the build fails halfway, and cleans up after it', () => {
    const outDir = lastGoodSite();
    const before = listing(outDir);
    const ok = publishBuild(outDir, (dir) => {
      mkdirSync(join(dir, 'cases'), { recursive: true });
      writeFileSync(join(dir, 'index.html'), 'half a site');
      return false;
    });
    expect(ok).toBe(false);
    expect(listing(outDir)).toEqual(before);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('last good site');
    expect(readdirSync(dirname(outDir))).toEqual(['dist']);
  });

  it('replaces the whole output folder when the build succeeds: nothing of the old site stays', () => {
    const outDir = lastGoodSite();
    const ok = publishBuild(outDir, (dir) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), 'new site');
      return true;
    });
    expect(ok).toBe(true);
    expect(listing(outDir)).toEqual(['index.html']);
    expect(readdirSync(dirname(outDir))).toEqual(['dist']);
  });

  it('npm run build with a content problem changes nothing in the output folder', () => {
    const outDir = lastGoodSite();
    const before = listing(outDir);
    const content = copyOfContent();
    copyFileSync(
      join(ROOT, 'tests/fixtures/invalid/cases/missing-field.mdx'),
      join(content, 'cases/missing-field.mdx'),
    );
    const result = build({ contentDir: content, outDir });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('missing-field.mdx:3  summary');
    expect(listing(outDir)).toEqual(before);
    expect(existsSync(`${outDir}.partial`)).toBe(false);
  });
});
