import { describe, expect, inject, it } from 'vitest';
import { isRedirectPage, readBuiltPages, type BuiltPage } from '../../scripts/built-site.ts';
import { validateFolder } from '../helpers/content.ts';
import { elementsOf } from '../helpers/html-tree.ts';
import { caseTitle } from '../../src/lib/casebook.ts';

const { outDir, origin } = inject('site');
const pages = readBuiltPages(outDir).filter((p) => !isRedirectPage(p));
const cases = validateFolder('content').cases;

/**
 * What a reference manager's embedded-metadata reader (Zotero's, without Highwire tags) and a search
 * engine take from a page: Open Graph and HTML metadata, and the JSON-LD.
 */
function readMetadata(page: BuiltPage) {
  const elements = elementsOf(page.html);
  const meta = (key: string) =>
    elements.find((el) => el.tag === 'meta' && (el.attrs.property === key || el.attrs.name === key))?.attrs
      .content;
  return {
    lang: elements.find((el) => el.tag === 'html')?.attrs.lang,
    title: meta('og:title'),
    description: meta('description'),
    ogDescription: meta('og:description'),
    type: meta('og:type'),
    siteName: meta('og:site_name'),
    locale: meta('og:locale'),
    url: meta('og:url'),
    canonical: elements.find((el) => el.tag === 'link' && el.attrs.rel === 'canonical')?.attrs.href,
    times: elements.filter((el) => el.tag === 'time').map((el) => el.attrs.datetime),
    highwire: elements.filter((el) => el.tag === 'meta' && /^citation_/.test(el.attrs.name ?? '')).length,
    jsonLd: elements
      .filter((el) => el.tag === 'script' && el.attrs.type === 'application/ld+json')
      .map((el) => JSON.parse(el.text)),
  };
}

describe.each(pages.map((p) => [p.path, p] as const))('%s metadata', (path, page) => {
  const m = readMetadata(page);

  it('has canonical, Open Graph, language and a dated last change, and no Highwire tags', () => {
    expect(m.canonical).toBe(new URL(path.slice(1), origin).href);
    expect(m.url).toBe(m.canonical);
    expect(m.title && m.description && m.siteName).toBeTruthy();
    expect(m.ogDescription).toBe(m.description);
    expect(m.lang).toMatch(/^(en|id)$/);
    expect(m.locale).toBe(m.lang === 'id' ? 'id_ID' : 'en_GB');
    expect(m.times.length).toBeGreaterThan(0);
    for (const time of m.times) expect(time).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(m.highwire).toBe(0);
  });

  it('has JSON-LD that parses, of the right type', () => {
    expect(m.jsonLd).toHaveLength(1);
    const [ld] = m.jsonLd;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld.url).toBe(m.canonical);
    expect(ld.dateModified).toBe(m.times.at(-1));
    const kase = cases.find((c) => path.endsWith(`/cases/${c.slug}/`));
    if (kase) {
      expect(m.type).toBe('article');
      expect(ld).toMatchObject({ '@type': 'Article', headline: caseTitle(kase.data), inLanguage: m.lang });
      expect(ld.isBasedOn['@type']).toBe('Thesis');
      if (kase.data.source.author === 'not-stated') expect(ld.isBasedOn.author).toBeUndefined();
      else expect(ld.isBasedOn.author.name).toBe(kase.data.source.author);
    } else if (/\/data\/$/.test(path)) {
      expect(ld['@type']).toBe('Dataset');
      expect(ld.distribution.map((d: { '@type': string }) => d['@type'])).toEqual([
        'DataDownload',
        'DataDownload',
        'DataDownload',
      ]);
      for (const d of ld.distribution) expect(d.contentUrl.startsWith(origin)).toBe(true);
    } else {
      expect(m.type).toBe('website');
      expect(ld['@type']).toBe('WebPage');
    }
  });
});
