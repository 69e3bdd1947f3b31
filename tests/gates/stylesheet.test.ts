import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const { outDir } = inject('site');
const assets = join(outDir, '_astro');
const css = readdirSync(assets)
  .filter((name) => name.endsWith('.css'))
  .map((name) => readFileSync(join(assets, name), 'utf8'))
  .join('\n');

describe('the built stylesheet', () => {
  it('picks light or dark colours without light-dark(), which Safari before 17.5 lacks', () => {
    expect(css.length).toBeGreaterThan(1000);
    expect(css).not.toContain('light-dark(');
    expect(css).toMatch(/--color-slate-900:var\(--if-light,[^)]+\)\) var\(--if-dark,/);
  });
});
