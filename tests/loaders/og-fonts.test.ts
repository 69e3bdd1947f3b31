import { describe, expect, it } from 'vitest';
import { drawableCard, renderOgPng, type OgCard } from '../../src/lib/og-image.ts';
import { ogFontsFor, undrawable } from '../../src/loaders/og-fonts.ts';
import { previewCard, replacementNotes } from '../../src/loaders/og-cards.ts';
import { cmapOf } from '../helpers/cmap.ts';

const card = (title: string, subtitle = 'Daejeon – Tangerang Selatan'): OgCard => ({
  title,
  subtitle,
  siteName: 'Sister City Casebook',
  language: 'Bahasa Indonesia',
});

/** The characters of a card that none of its fonts maps to a glyph (by the fonts' own cmaps). */
function missingGlyphs(c: OgCard): string[] {
  const maps = ogFontsFor(c).map((font) => cmapOf(new Uint8Array(font.data)));
  const text = [c.title, c.subtitle, c.siteName, c.language].join('');
  return [...new Set(text)].filter((ch) => ch.trim() !== '' && !maps.some((m) => m.has(ch.codePointAt(0)!)));
}

describe('preview card fonts', () => {
  it('draw Latin with diacritics, Hangul, Han and kana: no character of the card lacks a glyph', async () => {
    const c = card('대전광역시 大田 – Kŏrea', 'Tōkyō 東京都 とうきょう · 北京市 · Ḥalab · Đà Nẵng');
    const fonts = ogFontsFor(c);
    expect(missingGlyphs(c)).toEqual([]);
    // Only the pieces the card needs: Latin first, then a few Korean, Japanese, Chinese files.
    expect(fonts[0]!.name).toBe('Noto Sans');
    expect(fonts.length).toBeLessThan(40);
    expect(fonts.some((f) => f.name.startsWith('Noto Sans KR'))).toBe(true);
    const png = await renderOgPng(c, fonts);
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
  });

  it('a Latin-only card loads Noto Sans’s Latin file alone, and the same list every time', () => {
    const fonts = ogFontsFor(card('Bandung – Seoul'));
    expect(fonts.map((f) => f.name)).toEqual(['Noto Sans', 'Noto Sans']);
    expect(ogFontsFor(card('Bandung – Seoul'))).toBe(fonts);
    // Latin's file has no Hangul: the check above can fail.
    expect(missingGlyphs({ ...card('Bandung – Seoul'), title: 'Bandung' })).toEqual([]);
    expect(cmapOf(new Uint8Array(fonts[0]!.data)).has('대'.codePointAt(0)!)).toBe(false);
    expect(cmapOf(new Uint8Array(fonts[0]!.data)).has('A'.codePointAt(0)!)).toBe(true);
  });

  it('a character no font draws stops the card with its code point named, never an empty box', async () => {
    expect(() => ogFontsFor(card('Knossos 𐀀𐀁'))).toThrow(/"Knossos 𐀀𐀁".*U\+10000.*U\+10001/);
    // And the renderer itself refuses text its fonts lack, whatever fonts it is given.
    const latin = ogFontsFor(card('Seoul'));
    await expect(renderOgPng(card('서울특별시 중구'), latin)).rejects.toThrow(/cannot draw/);
  });

  it('names what a card cannot draw: characters no font covers and scripts it cannot lay out', () => {
    expect(undrawable('Bandung · 서울특별시 · Kŏrea')).toEqual([]);
    expect(undrawable('부산 · الإسكندرية')).toEqual([...new Set('الإسكندرية')].sort());
    expect(undrawable('Knossos 𐀀')).toEqual(['𐀀']);
    // Noto Sans has Devanagari glyphs, but the renderer would draw its letters in the wrong order.
    expect(undrawable('दिल्ली')).not.toEqual([]);
    expect(() => ogFontsFor(card('الإسكندرية'))).toThrow(/U\+0627/);
  });
});

describe('a card with text it cannot draw', () => {
  const undrawableAll = (text: string) => (text.includes('✗') ? ['✗'] : []);

  it('draws the fallback in place of that text as a whole, keeps the rest, and says what it replaced', () => {
    const c = card('부산광역시 · الإسكندرية–Southport', 'Busan, South Korea · الإسكندرية, Egypt');
    const { card: drawn, replaced } = drawableCard(c, { title: 'A case', subtitle: 'Tagline' }, undrawable);
    expect(drawn).toEqual({ ...c, title: 'A case', subtitle: 'Tagline' });
    expect(replaced.map((r) => [r.field, r.text])).toEqual([
      ['title', c.title],
      ['subtitle', c.subtitle],
    ]);
    expect(replaced[0]!.characters).toContain('ا');
    const latin = card('Bandung – Seoul');
    expect(drawableCard(latin, { title: 'A case', subtitle: 'Tagline' }, undrawableAll)).toEqual({
      card: latin,
      replaced: [],
    });
    expect(
      drawableCard(card('✗ x'), { title: 'A case', subtitle: 'Tagline' }, undrawableAll).card.title,
    ).toBe('A case');
  });

  it('of a page: the page’s kind in its language, a note naming the page and the characters, and it renders', async () => {
    const page = {
      lang: 'id' as const,
      path: '/cases/hostile-text/',
      title: '부산광역시 · الإسكندرية–Southport',
      subtitle: 'Busan · Southport',
      template: 'case',
      sitemap: true,
      previewOf: '/cases/hostile-text/',
    };
    const preview = previewCard(page);
    expect(preview.card.title).toBe('Kasus kemitraan antarkota');
    expect(preview.card.subtitle).toBe('Busan · Southport');
    const [note, ...more] = replacementNotes(preview);
    expect(more).toEqual([]);
    expect(note).toMatch(/\/id\/cases\/hostile-text\/.*"Kasus kemitraan antarkota".*title.*U\+0627/);
    expect(previewCard({ ...page, lang: 'en', template: 'source' }).card.title).toBe('A source record');
    const png = await renderOgPng(preview.card, ogFontsFor(preview.card));
    expect(png.length).toBeGreaterThan(1000);
  });
});
