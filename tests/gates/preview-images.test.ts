import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { isRedirectPage, readBuiltPages } from '../../scripts/built-site.ts';
import { elementsOf } from '../helpers/html-tree.ts';
import { validateFolder } from '../helpers/content.ts';
import { findingEntries } from '../../src/lib/finding-page.ts';

const { outDir, origin, base } = inject('site');
const pages = readBuiltPages(outDir).filter((p) => !isRedirectPage(p));

const isFindingPage = (path: string) => /^\/(?:id\/)?findings\//.test(path);
const caseOf = new Map(
  findingEntries(validateFolder('content').cases).map(({ entry, finding }) => [finding.id, entry.slug]),
);
/** The path of the page whose card a page shows: a finding's page shows its case's. */
function cardPageOf(path: string): string {
  if (!isFindingPage(path)) return path;
  const [, prefix = '', id] = /^\/(id\/)?findings\/([^/]+)\/$/.exec(path)!;
  return `/${prefix}cases/${caseOf.get(id!)}/`;
}
const metaOf = (html: string, key: string) =>
  elementsOf(html).find((el) => el.tag === 'meta' && (el.attrs.property === key || el.attrs.name === key))
    ?.attrs.content;

/** The file in the built site that a URL of the site points at. */
const fileOf = (url: string) => join(outDir, decodeURIComponent(new URL(url).pathname.slice(base.length)));

describe.each(pages.map((p) => [p.path, p] as const))('%s link preview', (_, page) => {
  const meta = (key: string) => metaOf(page.html, key);

  it('has an og:image that exists in the build and decodes as a 1200 × 630 PNG, and a large Twitter card', () => {
    const image = meta('og:image')!;
    expect(image.startsWith(new URL(base, origin).href)).toBe(true);
    expect(existsSync(fileOf(image)), image).toBe(true);
    // pngjs decodes the whole image (chunks, CRCs, compressed data), not only its header.
    const png = PNG.sync.read(readFileSync(fileOf(image)));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
    // The alt text names what the card shows: the page's title, or on a finding's page its case's.
    const cardPage = pages.find((p) => p.path === cardPageOf(page.path))!;
    expect(meta('og:image:alt')).toContain(metaOf(cardPage.html, 'og:title'));
    expect(meta('twitter:card')).toBe('summary_large_image');
  });
});

const ogImageOf = (html: string) => metaOf(html, 'og:image')!;

describe('preview images', () => {
  it('differ by page and language: each is drawn with its own title', () => {
    const own = pages.filter((page) => !isFindingPage(page.path));
    const images = own.map((page) => readFileSync(fileOf(ogImageOf(page.html))).toString('base64'));
    expect(new Set(images).size).toBe(own.length);
  });

  it('of a finding’s page are its case’s, in the same language (not one image per finding)', () => {
    for (const page of pages.filter((p) => isFindingPage(p.path))) {
      const casePage = pages.find((p) => p.path === cardPageOf(page.path))!;
      expect(ogImageOf(page.html), page.path).toBe(ogImageOf(casePage.html));
    }
  });
});
