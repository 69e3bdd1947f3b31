import type { PublishedSite } from '../../src/lib/manifest.ts';
import { isRedirectPage, readBuiltPages } from '../../scripts/built-site.ts';
import { elementsOf } from './html-tree.ts';

/** A built site as the manifest sees it: its pages' element ids, and where moved pages forward to. */
export function publishedSite(outDir: string, origin: string): PublishedSite {
  const built = readBuiltPages(outDir);
  const base = new URL(origin).pathname;
  const redirects = new Map(
    built.filter(isRedirectPage).map((page) => {
      const canonical = elementsOf(page.html).find(
        (el) => el.tag === 'link' && el.attrs.rel === 'canonical',
      )!;
      return [page.path, '/' + new URL(canonical.attrs.href!).pathname.slice(base.length)] as const;
    }),
  );
  const pages = new Map(
    built
      .filter((page) => !isRedirectPage(page))
      .map((page) => [
        page.path,
        new Set(elementsOf(page.html).flatMap((el) => (el.attrs.id ? [el.attrs.id] : []))),
      ]),
  );
  return { pages, redirects };
}
