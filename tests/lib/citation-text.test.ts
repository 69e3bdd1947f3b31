import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES } from '../../src/i18n/locales.ts';
import { casebookItem } from '../../src/lib/citation.ts';
import { citationText, citeprocText, settable, type TextStyle } from '../../src/lib/citation-text.ts';
import { findingEntries, findingTitle } from '../../src/lib/finding-page.ts';
import { validateFolder } from '../helpers/content.ts';

const STYLES: TextStyle[] = ['apa', 'harvard1'];
const CSL_LOCALE = Object.fromEntries(LANGUAGES.map((lang) => [lang, LOCALES[lang].cslLocale])) as Record<
  (typeof LANGUAGES)[number],
  string
>;

/** A finding's item as the text styles see it (the note is only for the files). */
const findingItem = (title: string, url: string, language: string, lastChanged?: string, id = 'x') => {
  const { note: _note, ...item } = casebookItem({
    id: `casebook-${id}`,
    title,
    url,
    language,
    version: '2.0.0',
    lastChanged,
    restsOn: 'rests on',
  });
  return item;
};

describe('citation texts, set into a probe rendered by citeproc', () => {
  it('equal citeproc’s for every finding of the published content, in every language and style', () => {
    const entries = findingEntries(validateFolder('content').cases);
    let fast = 0;
    for (const lang of LANGUAGES)
      for (const entry of entries) {
        const item = findingItem(
          findingTitle(lang, entry),
          `https://example.org/${LOCALES[lang].prefix}/findings/${entry.finding.id}/`.replace('//f', '/f'),
          lang,
          '2026-12-03',
          entry.finding.id,
        );
        if (settable(item)) fast++;
        for (const style of STYLES)
          expect(citationText(item, style, CSL_LOCALE[lang])).toBe(
            citeprocText(item, style, CSL_LOCALE[lang]),
          );
      }
    // The Indonesian locale is the casebook's own (not a silent fallback to English)...
    const [first] = entries;
    const indonesian = findingItem(findingTitle('id', first!), 'https://example.org/id/findings/x/', 'id');
    expect(citationText(indonesian, 'harvard1', CSL_LOCALE.id)).toContain('Tersedia di');
    // ...and the shortcut is taken for most findings: this test holds it, not only the fallback.
    expect(fast).toBeGreaterThan(entries.length);
  });

  it('equal citeproc’s for any title, address and date, taking the shortcut only where it is safe', () => {
    // Titles like the casebook's ("Case, finding id: text…"), from many scripts, with now and then
    // what citeproc treats specially (quotes, markup, "&", doubled spaces, a lowercase start).
    const word = fc.constantFrom(
      'Bandung',
      'Seoul',
      'kota',
      'Café',
      'Đà Nẵng',
      '서울',
      '大田',
      'Ŏ',
      'a',
      '1992',
      'MoU',
      'x',
      "Seoul's",
    );
    const start = fc.constantFrom(
      'Bandung',
      'Seoul',
      'Café',
      '서울',
      '大田',
      'Ŏ',
      '1992',
      '(Kota',
      'kota',
      '"Quoted',
      '<i>Kota',
    );
    const gap = fc.oneof(
      {
        weight: 8,
        arbitrary: fc.constantFrom(' ', ', ', ': ', '; ', ' – ', ' — ', '-', '/', ' (', ') ', "'"),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '"',
          ' & ',
          '  ',
          ' <i>',
          '</i> ',
          '“',
          '’',
          '.',
          '?',
          '..',
          ' : ',
          ' ; ',
          ' :',
        ),
      },
    );
    const ending = fc.constantFrom('', '', '.', '?', '!', '…', ')', '..', '?!', ' ', '"');
    const title = fc
      .tuple(start, fc.array(fc.tuple(gap, word), { maxLength: 10 }), ending)
      .map(([first, rest, end]) => first + rest.map(([g, w]) => g + w).join('') + end);
    const url = fc
      .array(fc.constantFrom('findings', 'bs-ini-1', 'id', 'a_b', 'x~y', 'q?x', 'sp ace', '%20'), {
        maxLength: 3,
      })
      .chain((segments) =>
        fc
          .constantFrom('/', '/', '', '.', '.html')
          .map((end) => `https://example.org/${segments.join('/')}${end}`),
      );
    const date = fc.option(fc.constantFrom('2026-01-05', '2025-12-31', '2024-02-29'), { nil: undefined });
    let fast = 0;
    fc.assert(
      fc.property(
        title,
        url,
        date,
        fc.constantFrom(...LANGUAGES),
        fc.constantFrom(...STYLES),
        (t, u, d, lang, style) => {
          const item = findingItem(t, u, lang, d);
          if (settable(item)) fast++;
          expect(citationText(item, style, CSL_LOCALE[lang])).toBe(
            citeprocText(item, style, CSL_LOCALE[lang]),
          );
        },
      ),
      { numRuns: 800, seed: 20261203 },
    );
    // Both ways are taken often: the shortcut, and citeproc for what the shortcut must not touch.
    expect(fast).toBeGreaterThan(30);
    expect(fast).toBeLessThan(720);
  });
});
