import { describe, expect, inject, it } from 'vitest';
import { readBuiltPages, isRedirectPage } from '../../scripts/built-site.ts';
import { CASEBOOK_AUTHOR, CASEBOOK_TITLE } from '../../src/lib/casebook-name.ts';
import { elementsOf } from '../helpers/html-tree.ts';
import { validateFolder } from '../helpers/content.ts';

/**
 * What a reference manager's "save" button reads on every page (src/lib/reference-meta.ts), checked
 * with the rules Zotero's COinS and Embedded Metadata translators apply; `npm run zotero-check` runs
 * the real translators where a translation-server is at hand.
 */
const pages = readBuiltPages(inject('site').outDir).filter((page) => !isRedirectPage(page));
const { dataset } = validateFolder('content');

/** An OpenURL ContextObject as Zotero's parser reads it: `+` is a space, values URI-decoded. */
const decodeKev = (kev: string) =>
  Object.fromEntries(
    kev.split('&').map((pair) => {
      const [key, value = ''] = pair.split('=');
      return [key!, decodeURIComponent(value.replace(/\+|%2[bB]/g, ' '))];
    }),
  );

const isDataPage = (path: string) => /^\/(?:id\/)?data\/$/.test(path);

describe.each(pages.map((page) => [page.path, page] as const))('%s for reference managers', (path, page) => {
  const els = elementsOf(page.html);
  const meta = (name: string) => els.filter((el) => el.tag === 'meta' && el.attrs.name === name);
  const spans = els.filter((el) => el.attrs.class?.split(' ').includes('Z3988'));
  const attr = (tag: string, key: string, value: string, read: string) =>
    els.find((el) => el.tag === tag && el.attrs[key] === value)?.attrs[read];

  it('is never a scholarly article or the thesis: no citation_* tags, no person as author', () => {
    expect(els.filter((el) => el.tag === 'meta' && /^citation_/.test(el.attrs.name ?? ''))).toEqual([]);
    expect(meta('author')).toEqual([]);
  });

  if (isDataPage(path))
    it('saves as the dataset: type, group author, version, licence, date, publisher (Dublin Core)', () => {
      expect(spans).toEqual([]);
      const value = (name: string) => meta(name).map((el) => el.attrs.content);
      expect(value('z.itemType')).toEqual(['dataset']);
      expect(value('DC.type')).toEqual(['Dataset']);
      // The trailing comma: one name, not a person's given and family name.
      expect(value('DC.creator')).toEqual([`${CASEBOOK_AUTHOR},`]);
      expect(value('so.version')).toEqual([dataset!.version]);
      expect(value('DC.publisher')).toEqual([CASEBOOK_TITLE]);
      expect(value('DC.rights')[0]).toContain(dataset!.licence.url);
      expect(value('DC.date')[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(value('DC.title')[0]).not.toContain(':');
    });
  else
    it('saves as a web page by the casebook, with its title, address, language, date and licence (COinS)', () => {
      expect(spans).toHaveLength(1);
      const kev = decodeKev(spans[0]!.attrs.title!);
      expect(kev.ctx_ver).toBe('Z39.88-2004');
      expect(kev.rft_val_fmt).toBe('info:ofi/fmt:kev:mtx:dc');
      expect(kev['rft.type']).toBe('webpage');
      expect(kev['rft.aucorp']).toBe(CASEBOOK_AUTHOR);
      expect(kev['rft.source']).toBe(CASEBOOK_TITLE);
      // A finding is saved under its case, its id and its text (what stands before the first colon,
      // Zotero's short title, names the finding); any other page under its title.
      const finding = /\/findings\/([^/]+)\/$/.exec(path)?.[1];
      if (finding)
        expect(kev['rft.title']?.split(':')[0]).toMatch(new RegExp(`, (finding|temuan) ${finding}$`));
      else expect(kev['rft.title']).toBe(attr('meta', 'property', 'og:title', 'content'));
      expect(kev.rft_id).toBe(attr('link', 'rel', 'canonical', 'href'));
      expect(kev['rft.language']).toBe(els.find((el) => el.tag === 'html')!.attrs.lang);
      expect(kev['rft.date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(kev['rft.rights']).toContain(dataset!.licence.url);
      // A title with a colon gets an automatic short title from Zotero ("Source record").
      expect(kev['rft.title']!.includes(': ') && path.includes('/sources/')).toBe(false);
    });
});
