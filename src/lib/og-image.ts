import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

/** The size Open Graph and Twitter cards expect of a large preview image. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/** What a page's preview card says. */
export interface OgCard {
  /** The page's title, as large as fits. */
  title: string;
  /** One line under the title: a case's cities, or what the page offers. */
  subtitle: string;
  /** The casebook's name, in the card's corner. */
  siteName: string;
  /** The page's language, written out in that language ("English", "Bahasa Indonesia"). */
  language: string;
}

/** A font satori draws with: bytes of a TTF, OTF or WOFF file (not WOFF2). */
export interface OgFont {
  name: string;
  data: Buffer | ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
}

/** The name of a page's preview image, from the page's path: `/cases/x/` → `cases/x`, `/` → `index`. */
export const ogImageName = (path: string) => path.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '') || 'index';

/** The file a page's preview image is written to: `/cases/x/` → `/og/cases/x.png`. */
export const ogImagePath = (path: string) => `/og/${ogImageName(path)}.png`;

/** Long titles get a smaller size so that they fit on two lines. */
export const titleSize = (title: string) => (title.length <= 18 ? 88 : title.length <= 30 ? 72 : 56);

type Node = {
  type: string;
  props: { style: Record<string, string | number>; children?: (Node | string)[] | string };
};
const box = (style: Node['props']['style'], children: Node['props']['children']): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The card's layout, as the element tree satori takes (React-like, without React). */
export function ogCardTree(card: OgCard): Node {
  const inner = OG_SIZE.width - 2 * 72;
  return box(
    {
      width: OG_SIZE.width,
      height: OG_SIZE.height,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: 72,
      background: '#0f172a',
      color: '#f8fafc',
      fontFamily: 'Noto Sans',
      borderLeft: '24px solid #d97706',
    },
    [
      box({ fontSize: 34, fontWeight: 700, color: '#fbbf24' }, card.siteName),
      box({ flexDirection: 'column', width: inner }, [
        box({ fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.1 }, card.title),
        box({ fontSize: 36, marginTop: 28, color: '#cbd5e1', lineHeight: 1.3 }, card.subtitle),
      ]),
      box({ fontSize: 28, color: '#94a3b8' }, card.language),
    ],
  );
}

/** How resvg turns a card's SVG into pixels: at its own size, with the given fonts only. */
export const RASTER_OPTIONS = { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } } as const;

/**
 * Draws a preview card as a 1200 × 630 PNG. The drawing runs off the main thread (resvg's own
 * thread pool), so that pages go on rendering meanwhile. Text the fonts have no glyph for is an
 * error, never an empty box (satori asks for more fonts when it meets such text).
 */
export async function renderOgPng(card: OgCard, fonts: OgFont[]): Promise<Uint8Array<ArrayBuffer>> {
  const missing: string[] = [];
  const svg = await satori(ogCardTree(card) as Parameters<typeof satori>[0], {
    ...OG_SIZE,
    fonts,
    loadAdditionalAsset: async (_language, segment) => {
      missing.push(segment);
      return [];
    },
  });
  if (missing.length > 0)
    throw new Error(`The preview card "${card.title}" has text its fonts cannot draw: ${missing.join(', ')}`);
  const image = await renderAsync(svg, RASTER_OPTIONS);
  return new Uint8Array(image.asPng());
}
