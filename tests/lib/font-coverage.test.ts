import { describe, expect, it } from 'vitest';
import {
  cjkPreference,
  covers,
  notLaidOut,
  parseUnicodeRange,
  subsetsFor,
  type FontSubset,
} from '../../src/lib/font-coverage.ts';

const subset = (name: string, range: string): FontSubset => ({
  family: 'Test',
  subset: name,
  ranges: parseUnicodeRange(range),
});

describe('font coverage', () => {
  it('reads a CSS unicode-range: single points, ranges, wildcards, sorted', () => {
    expect(parseUnicodeRange('U+0131, U+0000-00FF,U+4E??')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x4e00, 0x4eff],
    ]);
    expect(parseUnicodeRange('')).toEqual([]);
    expect(() => parseUnicodeRange('U+00FF,latin')).toThrow(/"latin"/);
  });

  it('finds a code point in a subset’s ranges', () => {
    const latin = subset('latin', 'U+0000-00FF,U+0131,U+2000-206F');
    expect(covers(latin, 0x41)).toBe(true);
    expect(covers(latin, 0x131)).toBe(true);
    expect(covers(latin, 0x2014)).toBe(true);
    expect(covers(latin, 0x14f)).toBe(false);
    expect(covers(latin, 0x206f + 1)).toBe(false);
  });

  it('gives each character the first subset that covers it, keeps the order, and names what none covers', () => {
    const latin = subset('latin', 'U+0000-00FF');
    const ext = subset('latin-ext', 'U+0100-024F');
    const hangul = subset('[7]', 'U+B300-B3FF,U+C11C');
    const han = subset('[90]', 'U+5927');
    const alsoLatin = subset('other', 'U+0000-024F');
    const { needed, uncovered } = subsetsFor('Daejeon 대전 Kŏrea\u200b 大 𐀀 \t', [
      latin,
      ext,
      hangul,
      han,
      alsoLatin,
    ]);
    expect(needed).toEqual([latin, ext, hangul, han]);
    // 전 (U+C804) is in no subset; spaces and the zero-width space need no glyph.
    expect(uncovered).toEqual(['전', '𐀀']);
    expect(subsetsFor('', [latin])).toEqual({ needed: [], uncovered: [] });
  });

  it('prefers the CJK region the text’s own script points to', () => {
    expect(cjkPreference('대전 大田')[0]).toBe('KR');
    expect(cjkPreference('とうきょう 東京')[0]).toBe('JP');
    expect(cjkPreference('北京')[0]).toBe('SC');
    expect(new Set(cjkPreference('Bandung'))).toEqual(new Set(['KR', 'JP', 'SC']));
  });

  it('names the characters of scripts the card renderer cannot lay out: right to left, joining, reordering', () => {
    expect(notLaidOut('الإسكندرية')).toEqual([...new Set('الإسكندرية')].sort());
    expect(notLaidOut('Tel Aviv תל אביב')).toEqual([...new Set('תלאביב')].sort());
    expect(notLaidOut('नई दिल्ली · กรุงเทพ')).toHaveLength(new Set('नईदिल्लीกรุงเทพ').size);
    // Latin with diacritics, Greek, Cyrillic, Hangul, Han and kana are laid out left to right as they are.
    expect(notLaidOut('Đà Nẵng · Αθήνα · Москва · 대전 大田 とうきょう · Kŏrea')).toEqual([]);
  });
});
