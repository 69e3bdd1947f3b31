import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OgCard } from '../../src/lib/og-image.ts';

const cache = mkdtempSync(join(tmpdir(), 'casebook-og-ahead-'));
const cards = join(cache, 'casebook-og');
let drawCardsAhead: typeof import('../../src/loaders/og-ahead.ts').drawCardsAhead;
let cachedOgPng: typeof import('../../src/loaders/og-cache.ts').cachedOgPng;
let ogFontsFor: typeof import('../../src/loaders/og-fonts.ts').ogFontsFor;
let renderOgPng: typeof import('../../src/lib/og-image.ts').renderOgPng;

beforeAll(async () => {
  // The worker reads the cache folder from the environment it starts with, as the route does.
  vi.stubEnv('CASEBOOK_CACHE_DIR', cache);
  vi.resetModules();
  ({ drawCardsAhead } = await import('../../src/loaders/og-ahead.ts'));
  ({ cachedOgPng } = await import('../../src/loaders/og-cache.ts'));
  ({ ogFontsFor } = await import('../../src/loaders/og-fonts.ts'));
  ({ renderOgPng } = await import('../../src/lib/og-image.ts'));
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(cache, { recursive: true, force: true });
});

const card = (title: string): OgCard => ({
  title,
  subtitle: 'Daejeon – Tangerang Selatan',
  siteName: 'Sister City Casebook',
  language: 'English',
});

describe('preview cards drawn ahead of their route', () => {
  it('are in the cache when the route asks, the same bytes it draws, each kept once', async () => {
    const ahead = [card('대전광역시 Kŏrea'), card('Bandung – Seoul'), card('Ḥalab')];
    // A card no font draws stops neither the worker nor the cards after it: the route reports it.
    const broken = card('\u{10FFFD}');
    expect(() => ogFontsFor(broken)).toThrow(/no card font draws/);
    expect(await drawCardsAhead([...ahead, broken])).toBe(0);
    const kept = readdirSync(cards).sort();
    expect(kept).toHaveLength(ahead.length);
    expect(kept.every((name) => /^[0-9a-f]{64}\.png$/.test(name))).toBe(true);
    const written = new Map(kept.map((name) => [name, statSync(join(cards, name)).mtimeMs]));
    for (const c of ahead)
      expect(
        Buffer.from(await cachedOgPng(c, ogFontsFor(c))).equals(await renderOgPng(c, ogFontsFor(c))),
      ).toBe(true);
    // The route read what the worker kept: nothing drawn again, nothing added.
    expect(new Map(readdirSync(cards).map((name) => [name, statSync(join(cards, name)).mtimeMs]))).toEqual(
      written,
    );
  }, 60_000);
});
