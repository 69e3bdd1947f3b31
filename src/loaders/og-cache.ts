import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * A preview card's PNG, drawn once and then kept in the build's cache under the hash of everything
 * it is drawn from (the card's layout tree with its texts, the fonts, the renderers' versions): a
 * second build draws only the cards whose page changed, and the bytes are the same either way.
 */
export async function cachedOgPng(card: OgCard, fonts: OgFont[]): Promise<Uint8Array<ArrayBuffer>> {
  let renderersKey = renderersKeys.get(fonts);
  if (!renderersKey) renderersKeys.set(fonts, (renderersKey = renderers(fonts)));
  const folder = join(CACHE_DIR, 'casebook-og');
  const file = join(folder, `${sha256(renderersKey, JSON.stringify(ogCardTree(card)))}.png`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    const png = await renderOgPng(card, fonts);
    mkdirSync(folder, { recursive: true });
    // Written aside and renamed: a build stopped halfway never leaves a torn file in the cache.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}
