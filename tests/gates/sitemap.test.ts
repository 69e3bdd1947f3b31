import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isRedirectPage, readBuiltPages } from '../../scripts/built-site.ts';
import { elementsOf } from '../helpers/html-tree.ts';

const { outDir, origin } = inject('site');

describe('the sitemap', () => {
  it('lists every page, and every page is in it (the 404 pages and forwarding pages are not pages to index)', () => {
    const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed = sitemaps.flatMap((url) => {
      const xml = readFileSync(
        join(outDir, new URL(url).pathname.slice(new URL(origin).pathname.length)),
        'utf8',
      );
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    });
    const pages = readBuiltPages(outDir).filter((p) => !p.path.endsWith('404.html') && !isRedirectPage(p));
    expect(listed.sort()).toEqual(pages.map((p) => new URL(p.path.slice(1), origin).href).sort());
  });

  it('is linked from every page', () => {
    for (const page of readBuiltPages(outDir).filter((p) => !isRedirectPage(p)))
      expect(
        elementsOf(page.html).some((el) => el.tag === 'link' && el.attrs.rel === 'sitemap'),
        page.path,
      ).toBe(true);
  });
});
