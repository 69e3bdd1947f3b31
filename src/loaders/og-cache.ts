import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { createRequire } from 'node:module';
import {
  OG_SIZE,
  RASTER_OPTIONS,
  ogCardTree,
  renderOgPng,
  type OgCard,
  type OgFont,
} from '../lib/og-image.ts';
import { CACHE_DIR } from './settings.ts';

/* Resolved from the project, not from this module: the built copy of this module runs elsewhere. */
const require = createRequire(join(process.cwd(), 'package.json'));

/** The version of an installed package. */
const versionOf = (pkg: string) =>
  (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/**
 * What every card's drawing depends on besides the card: the renderers, their options, the
 * machine's kind (resvg is native code) and the fonts.
 */
const renderers = (fonts: OgFont[]) =>
  sha256(
    versionOf('satori'),
    versionOf('@resvg/resvg-js'),
    JSON.stringify([OG_SIZE, RASTER_OPTIONS, process.platform, process.arch]),
    ...fonts.flatMap((font) => [
      font.name,
      String(font.weight),
      font.style,
      sha256(new Uint8Array(font.data)),
    ]),
  );

const renderersKeys = new WeakMap<OgFont[], string>();

/** Where the cache keeps a card's PNG: named by the hash of everything the card is drawn from. */
function cacheFileOf(card: OgCard, fonts: OgFont[]): string {
  let renderersKey = renderersKeys.get(fonts);
  if (!renderersKey) renderersKeys.set(fonts, (renderersKey = renderers(fonts)));
  return join(CACHE_DIR, 'casebook-og', `${sha256(renderersKey, JSON.stringify(ogCardTree(card)))}.png`);
}

/** Draws a card and keeps it in the cache; returns its bytes. */
async function drawAndKeep(card: OgCard, fonts: OgFont[], file: string): Promise<Uint8Array<ArrayBuffer>> {
  const png = await renderOgPng(card, fonts);
  mkdirSync(dirname(file), { recursive: true });
  // Written aside and renamed: a build stopped halfway never leaves a torn file in the cache, and
  // two threads drawing the same card (the route and the worker of `og-ahead.ts`) never share a file.
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

/**
 * A preview card's PNG, read from the build's cache (where the worker of `og-ahead.ts` may have put
 * it) or drawn and kept there, under the hash of everything it is drawn from (the card's layout tree
 * with its texts, the fonts, the renderers' versions): a second build draws only the cards whose
 * page changed, and the bytes are the same either way.
 */
export async function cachedOgPng(card: OgCard, fonts: OgFont[]): Promise<Uint8Array<ArrayBuffer>> {
  const file = cacheFileOf(card, fonts);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    return drawAndKeep(card, fonts, file);
  }
}

/** Draws a card into the cache unless it is there already (a card drawn ahead of its route). */
export async function drawIntoCache(card: OgCard, fonts: OgFont[]): Promise<void> {
  const file = cacheFileOf(card, fonts);
  if (!existsSync(file)) await drawAndKeep(card, fonts, file);
}
