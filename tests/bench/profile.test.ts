import { describe, expect, it } from 'vitest';
import { costLabel, profileCosts, type CpuProfile } from '../../bench/profile.ts';

const frame = (url: string, functionName = 'f') => ({ functionName, url });

describe('a build profile’s costs', () => {
  it('names a function by its package, module of ours, built chunk, Node or V8', () => {
    expect(costLabel(frame('file:///work/p/node_modules/citeproc/citeproc_commonjs.js'))).toBe('citeproc');
    expect(costLabel(frame('file:///work/p/node_modules/@citation-js/core/lib/index.js'))).toBe(
      '@citation-js/core',
    );
    // The innermost package owns a nested dependency.
    expect(costLabel(frame('file:///w/node_modules/astro/node_modules/vite/dist/x.js'))).toBe('vite');
    expect(costLabel(frame('file:///work/p/src/lib/citation-text.ts'))).toBe('src/lib/citation-text.ts');
    expect(costLabel(frame('file:///tmp/d/.prerender/chunks/case-page_Bx3kQ9aZ.mjs'))).toBe(
      'built chunk case-page.mjs',
    );
    expect(costLabel(frame('node:internal/fs/utils'))).toBe('Node.js itself');
    expect(costLabel(frame('', '(garbage collector)'))).toBe('(garbage collector)');
    expect(costLabel(frame('', '(idle)'))).toMatch(/^\(idle/);
    expect(costLabel(frame('file:///p/node_modules/my%20pkg/a.js'))).toBe('my pkg');
  });

  it('sums self time per label over every thread, largest first, with shares that add up to one', () => {
    const main: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('', '(root)') },
        { id: 2, callFrame: frame('file:///p/node_modules/astro/dist/render.js') },
        { id: 3, callFrame: frame('file:///p/node_modules/citeproc/c.js') },
      ],
      samples: [2, 3, 2, 3, 3],
      timeDeltas: [1000, 2000, 1000, 2000, 4000],
    };
    const worker: CpuProfile = {
      nodes: [{ id: 7, callFrame: frame('file:///p/node_modules/satori/dist/index.js') }],
      samples: [7, 7],
      timeDeltas: [500, 500],
    };
    const costs = profileCosts([main, worker]);
    expect(costs.map((c) => c.label)).toEqual(['citeproc', 'astro', 'satori']);
    expect(costs.map((c) => c.seconds)).toEqual([0.008, 0.002, 0.001]);
    expect(costs.reduce((sum, c) => sum + c.share, 0)).toBeCloseTo(1);
    expect(costs[0]!.share).toBeCloseTo(8 / 11);
  });
});
