import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { isRedirectPage, readBuiltPages } from '../../scripts/built-site.ts';
import { elementsOf } from '../helpers/html-tree.ts';

const { outDir, origin, base } = inject('site');
const pages = readBuiltPages(outDir).filter((p) => !isRedirectPage(p));

/** The file in the built site that a URL of the site points at. */
const fileOf = (url: string) => join(outDir, decodeURIComponent(new URL(url).pathname.slice(base.length)));

describe.each(pages.map((p) => [p.path, p] as const))('%s link preview', (_, page) => {
  const elements = elementsOf(page.html);
  const meta = (key: string) =>
    elements.find((el) => el.tag === 'meta' && (el.attrs.property === key || el.attrs.name === key))?.attrs
      .content;

  it('has an og:image that exists in the build and decodes as a 1200 × 630 PNG, and a large Twitter card', () => {
    const image = meta('og:image')!;
    expect(image.startsWith(new URL(base, origin).href)).toBe(true);
    expect(existsSync(fileOf(image)), image).toBe(true);
    // pngjs decodes the whole image (chunks, CRCs, compressed data), not only its header.
    const png = PNG.sync.read(readFileSync(fileOf(image)));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
    expect(meta('og:image:alt')).toContain(meta('og:title'));
    expect(meta('twitter:card')).toBe('summary_large_image');
  });
});

describe('preview images', () => {
  it('differ by page and language: each is drawn with its own title', () => {
    const images = pages.map((page) => {
      const image = elementsOf(page.html).find(
        (el) => el.tag === 'meta' && el.attrs.property === 'og:image',
      )!;
      return readFileSync(fileOf(image.attrs.content!)).toString('base64');
    });
    expect(new Set(images).size).toBe(pages.length);
  });
});
