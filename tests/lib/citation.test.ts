import { parse } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apaReference,
  casebookItem,
  citationKey,
  renderCitation,
  thesisItem,
  type CitationStyle,
} from '../../src/lib/citation.ts';
import { bibtexFile } from '../../src/lib/bibtex.ts';
import type { Source } from '../../src/schemas/source.ts';

const source: Source = {
  id: 'hafiez-2022',
  type: 'thesis',
  author: 'Muhammad Raihan Hafiez',
  year: 2022,
  title: 'not-stated',
  institution: 'not-stated',
  chapter: { number: 'VI', title: 'Kesimpulan' },
  language: 'id',
  file: 'x.txt',
};
/** Reads BibTeX as written: the parser's own sentence-casing (for its users' styles) off. */
const parseBibtex = (input: string) => parse(input, { sentenceCase: false });

const EN: CitationStyle = { locale: 'en-US', thesisGenre: 'Thesis' };
const ID: CitationStyle = { locale: 'id-ID', thesisGenre: 'Tugas akhir' };

const page = casebookItem({
  id: 'casebook-dts-ini-1',
  title: 'Daejeon–Tangerang Selatan: initiative dts-ini-1',
  url: 'https://example.org/findings/dts-ini-1/',
  language: 'en',
  version: '2.0.0',
  lastChanged: '2026-08-17',
  restsOn: 'Rests on VI ¶2 of: Hafiez (2022)',
});
const thesis = thesisItem(source, 'Thesis on Daejeon–Tangerang Selatan; title not stated');

describe('citation items', () => {
  it('make BibTeX-safe keys from ids', () => {
    expect(citationKey('casebook-dts-rec-2')).toBe('casebook_dts_rec_2');
  });

  it('describe an untitled thesis in brackets and leave out what is not stated', () => {
    expect(
      thesisItem({ ...source, author: 'not-stated', year: 'not-stated' }, 'Thesis on X; title not stated'),
    ).toEqual({
      id: 'hafiez-2022',
      'citation-key': 'hafiez_2022',
      type: 'thesis',
      genre: 'Thesis',
      title: '[Thesis on X; title not stated]',
      language: 'id',
    });
    expect(thesisItem({ ...source, institution: 'Universitas X' }, 'x').publisher).toBe('Universitas X');
  });
});

describe('citation texts', () => {
  it('follow the styles’ English conventions on English pages', () => {
    const r = renderCitation([page, thesis], EN);
    expect(r.apa).toBe(
      'Sister City Casebook contributors. (2026, August 17). Daejeon–Tangerang Selatan: initiative dts-ini-1. Sister City Casebook. https://example.org/findings/dts-ini-1/',
    );
    expect(r.harvard).toBe(
      'Sister City Casebook contributors (2026) Daejeon–Tangerang Selatan: initiative dts-ini-1, Sister City Casebook. Available at: https://example.org/findings/dts-ini-1/.',
    );
  });

  it('follow Indonesian conventions on Indonesian pages: month names, "Tersedia di", "t.t.", "[Tugas akhir]"', () => {
    expect(renderCitation([page], ID).apa).toContain('(2026, Agustus 17)');
    expect(renderCitation([page], ID).harvard).toContain(
      'Tersedia di: https://example.org/findings/dts-ini-1/',
    );
    const undated = thesisItem(
      { ...source, author: 'not-stated', year: 'not-stated' },
      'Tugas akhir tentang X',
    );
    expect(renderCitation([undated], ID).apa).toBe('[Tugas akhir tentang X]. (t.t.). [Tugas akhir].');
    expect(renderCitation([undated], ID).harvard).toContain('(t.t.)');
    expect(renderCitation([undated], EN).apa).toBe('[Tugas akhir tentang X]. (n.d.). [Thesis].');
  });

  it('give a thesis’s reference as its own APA text, per language, however often it is asked for', () => {
    expect(apaReference(thesis, EN)).toBe(renderCitation([thesis], EN).apa);
    expect(apaReference(thesis, ID)).toBe(renderCitation([thesis], ID).apa);
    expect(apaReference(thesis, ID)).not.toBe(apaReference(thesis, EN));
    // An item that differs in any field is another reference, not the one worked out before.
    const renamed = { ...thesis, title: 'Another title' };
    expect(apaReference(renamed, EN)).toContain('Another title');
    expect(apaReference(thesis, EN)).not.toContain('Another title');
  });
});

describe('citation files', () => {
  const r = renderCitation([page, thesis], ID);

  it('BibTeX: the page is @online with its website, the thesis @phdthesis with a type, so no style says "PhD"', () => {
    const { entries, errors } = parseBibtex(r.bibtex);
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.type, e.key])).toEqual([
      ['online', 'casebook_dts_ini_1'],
      ['phdthesis', 'hafiez_2022'],
    ]);
    expect(entries[0]!.fields.author).toEqual([{ name: 'Sister City Casebook contributors' }]);
    expect(entries[0]!.fields.booktitle).toBe('Sister City Casebook');
    expect(entries[0]!.fields.note).toBe('Rests on VI ¶2 of: Hafiez (2022)');
    expect(entries[1]!.fields.type).toBe('Thesis');
    expect(entries[1]!.fields.author).toEqual([{ name: 'Muhammad Raihan Hafiez' }]);
    // A second parser, citation-js's, reads the same.
    const read = new Cite(r.bibtex).data as { type: string; genre?: string }[];
    expect(read.map((i) => [i.type, i.genre])).toEqual([
      ['webpage', undefined],
      ['thesis', 'Thesis'],
    ]);
  });

  it('BibLaTeX: @online with date and version, @thesis with a type field (not entrysubtype)', () => {
    const { entries, errors } = parseBibtex(r.biblatex);
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.type)).toEqual(['online', 'thesis']);
    expect(entries[0]!.fields.date).toBe('2026-08-17');
    expect(entries[0]!.fields.version).toBe('2.0.0');
    expect(entries[1]!.fields.type).toBe('Thesis');
    expect(r.biblatex).not.toContain('entrysubtype');
  });

  it('RIS: the website in T2, the thesis type in M3, the key in M2, one line a tag; citation-js reads it back', () => {
    const lines = r.ris.split('\r\n');
    expect(lines).toContain('T2  - Sister City Casebook');
    expect(lines).toContain('M3  - Thesis');
    expect(lines).toContain('M2  - Citation Key: casebook_dts_ini_1');
    expect(lines).toContain('N1  - Rests on VI ¶2 of: Hafiez (2022)');
    expect(lines.filter((l) => l !== '').every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
    const read = new Cite(r.ris).data as { type: string; title: string }[];
    expect(read.map((i) => i.type)).toEqual(['webpage', 'thesis']);
    expect(read[0]!.title).toBe(page.title);
  });

  it('carry a stated institution in every format and text: school, institution, PB, publisher, APA', () => {
    const stated = thesisItem({ ...source, institution: 'Universitas Gadjah Mada' }, 'x');
    for (const style of [EN, ID]) {
      const withIt = renderCitation([page, stated], style);
      expect(parseBibtex(withIt.bibtex).entries[1]!.fields.school).toBe('Universitas Gadjah Mada');
      // The parser reads BibLaTeX's institution as a list (a thesis may name several).
      expect(parseBibtex(withIt.biblatex).entries[1]!.fields.institution).toEqual([
        'Universitas Gadjah Mada',
      ]);
      expect(withIt.ris.split('\r\n')).toContain('PB  - Universitas Gadjah Mada');
      expect(JSON.parse(withIt.csl)[1].publisher).toBe('Universitas Gadjah Mada');
      // What a reference manager reads back from each file keeps it too.
      for (const file of [withIt.bibtex, withIt.ris])
        expect((new Cite(file).data as { publisher?: string }[])[1]!.publisher).toBe(
          'Universitas Gadjah Mada',
        );
      expect(apaReference(stated, style)).toContain('Universitas Gadjah Mada');
    }
    // Not stated, it is left out, never guessed.
    expect(r.bibtex).not.toMatch(/school|publisher/);
    expect(r.ris).not.toContain('PB  -');
  });

  it('CSL-JSON: the key also as "Citation Key:" in the note, which Zotero keeps in Extra', () => {
    const [first] = JSON.parse(r.csl);
    expect(first.note).toBe('Citation Key: casebook_dts_ini_1\nRests on VI ¶2 of: Hafiez (2022)');
  });

  it('BibTeX keeps any text as written: TeX specials are escaped, and a parser reads back the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (title) => {
        fc.pre(title.trim() !== '');
        const { entries, errors } = parseBibtex(bibtexFile([{ ...thesis, title }], 'bibtex'));
        expect(errors).toEqual([]);
        expect(entries[0]!.fields.title).toBe(title.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
