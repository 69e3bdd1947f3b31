import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';

/** The size Open Graph and Twitter cards expect of a large preview image. */
export const OG_SIZE = { width: 1200, height: 630 } as const;

/**
 * What a page's preview card says. A type, not an interface: the card route passes it as its props,
 * and Astro's props need the index signature that only a type alias has implicitly.
 */
export type OgCard = {
  /** The page's title, as large as fits. */
  title: string;
  /** One line under the title: a case's cities, or what the page offers. */
  subtitle: string;
  /** The casebook's name, in the card's corner. */
  siteName: string;
  /** The page's language, written out in that language ("English", "Bahasa Indonesia"). */
  language: string;
};

/** The texts of a card that come from the content, and may hold any script. */
export type OgContentField = 'title' | 'subtitle';

/** A text of a card drawn as a fallback, and the characters that kept it from being drawn. */
export interface OgReplacement {
  field: OgContentField;
  text: string;
  characters: string[];
}

/**
 * The card as it can be drawn: a content text holding characters the card cannot draw
 * (`undrawable` names them) is replaced by its fallback as a whole, never drawn in part or with
 * empty boxes; the replacements are returned so the build can say so.
 */
export function drawableCard(
  card: OgCard,
  fallback: Pick<OgCard, OgContentField>,
  undrawable: (text: string) => string[],
): { card: OgCard; replaced: OgReplacement[] } {
  const replaced: OgReplacement[] = [];
  const drawn = { ...card };
  for (const field of ['title', 'subtitle'] as const) {
    const characters = undrawable(card[field]);
    if (characters.length === 0) continue;
    replaced.push({ field, text: card[field], characters });
    drawn[field] = fallback[field];
  }
  return { card: drawn, replaced };
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
