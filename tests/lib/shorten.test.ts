import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shorten } from '../../src/lib/shorten.ts';

describe('shortening a text', () => {
  it('leaves text that fits as it is', () => {
    expect(shorten('Bandung and Seoul', 17)).toBe('Bandung and Seoul');
  });

  it('cuts at the last word boundary, within the limit, and marks the cut', () => {
    expect(shorten('Bandung restores the Cikapundung river', 30)).toBe('Bandung restores the…');
    expect(shorten('Bandung restores the Cikapundung river', 30).length).toBeLessThanOrEqual(30);
  });

  it('leaves no comma, colon or semicolon hanging before the ellipsis', () => {
    expect(shorten('It had been running for about a year; then it stopped', 40)).toBe(
      'It had been running for about a year…',
    );
    expect(shorten('Lebih bagi Tangerang Selatan daripada bagi Daejeon: dampaknya', 56)).toBe(
      'Lebih bagi Tangerang Selatan daripada bagi Daejeon…',
    );
    expect(shorten(';;;;;;;;;;;;', 6)).toBe(';;;;;…');
  });

  it('cuts inside a word that is longer than the limit, and never splits a character', () => {
    expect(shorten('w'.repeat(20_000), 10)).toBe(`${'w'.repeat(9)}…`);
    expect(shorten('👩🏽‍🔬'.repeat(50), 10)).toBe(`${'👩🏽‍🔬'.repeat(9)}…`);
  });
});

describe('shortening any text', () => {
  /** The rule as stated: segment the whole text, cut if it has more graphemes than `max`. */
  const byWholeText = (text: string, max: number) => {
    const chars = [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].map(
      (s) => s.segment,
    );
    if (chars.length <= max) return text;
    const head = chars.slice(0, max - 1).join('');
    const space = head.search(/\s\S*$/);
    const cut = (space > max / 2 ? head.slice(0, space) : head).trimEnd();
    return `${cut.replace(/[\s,;:]+$/u, '') || cut}…`;
  };

  it('cuts where segmenting the whole text would, having read only the start of it', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc
        .array(fc.constantFrom('a', ' ', ',', ';', 'é', 'e\u0301', '👩🏽‍🔬', '한', '\r\n', '🇮🇩'), {
          maxLength: 60,
        })
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (t, max) => {
        expect(shorten(t, max)).toBe(byWholeText(t, max));
      }),
      { numRuns: 2000 },
    );
  });
});
