import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const cache = mkdtempSync(join(tmpdir(), 'casebook-citeproc-'));
let lastingTextStore: typeof import('../../src/loaders/citeproc-store.ts').lastingTextStore;
let text: typeof import('../../src/lib/citation-text.ts');

beforeAll(async () => {
  vi.stubEnv('CASEBOOK_CACHE_DIR', cache);
  vi.resetModules();
  ({ lastingTextStore } = await import('../../src/loaders/citeproc-store.ts'));
  text = await import('../../src/lib/citation-text.ts');
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(cache, { recursive: true, force: true });
});

const thesis = {
  id: 'x',
  type: 'thesis',
  title: '[Thesis on the Daejeon–Tangerang Selatan partnership; title not stated in the excerpt]',
  genre: 'Thesis',
  author: [{ literal: 'Muhammad Raihan Hafiez' }],
  issued: { 'date-parts': [[2022]] },
};

describe('the lasting store of citeproc’s texts', () => {
  it('keeps what citeproc wrote for the next build, in the build’s cache', () => {
    const first = lastingTextStore();
    text.useTextStore(first);
    const written = text.citeprocText(thesis, 'apa', 'en-US');
    expect(written).toMatch(/^Muhammad Raihan Hafiez\. \(2022\)/);
    const [file] = readdirSync(join(cache, 'casebook-citeproc'));
    expect(
      readFileSync(join(cache, 'casebook-citeproc', file!), 'utf8')
        .trim()
        .split('\n'),
    ).toHaveLength(1);
    // The next build finds it: a store read afresh answers without citeproc.
    const next = lastingTextStore();
    expect(next.get(JSON.stringify(['apa', 'en-US', thesis]))).toBe(written);
  });

  it('is what citeprocText asks first: a text it holds is not rendered again', () => {
    const store = new Map([[JSON.stringify(['apa', 'en-US', thesis]), 'held text']]);
    text.useTextStore(store);
    expect(text.citeprocText(thesis, 'apa', 'en-US')).toBe('held text');
    // Another locale is another text: rendered and kept.
    expect(text.citeprocText(thesis, 'apa', 'en-GB')).toMatch(/Hafiez/);
    expect(store.size).toBe(2);
  });

  it('skips a line a stopped build left torn, and keeps the others', () => {
    const [file] = readdirSync(join(cache, 'casebook-citeproc'));
    appendFileSync(join(cache, 'casebook-citeproc', file!), '["apa","en-US",{"id":"y"');
    const store = lastingTextStore();
    expect(store.get(JSON.stringify(['apa', 'en-US', thesis]))).toMatch(/Hafiez/);
    store.set('k', 'v');
    expect(lastingTextStore().get('k')).toBeUndefined(); // joined to the torn line: lost, never wrong
  });
});
