import { describe, expect, it } from 'vitest';
import { casebookItem, citationKey, renderCitation, thesisItem, unwrapRis } from '../../src/lib/citation.ts';
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

describe('citations', () => {
  it('makes BibTeX-safe keys from ids', () => {
    expect(citationKey('casebook-dts-rec-2')).toBe('casebook_dts_rec_2');
  });

  it('undoes the 70-character wrap of RIS lines, and only that', () => {
    const wrapped =
      'TY  - THES\nTI  - [Thesis on the Daejeon–Tangerang Selatan sister-city partnership; titl\ne not stated]\nER  - \n';
    expect(unwrapRis(wrapped)).toBe(
      'TY  - THES\nTI  - [Thesis on the Daejeon–Tangerang Selatan sister-city partnership; title not stated]\nER  - \n',
    );
  });

  it('describes an untitled thesis in brackets and leaves out what is not stated', () => {
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
  });

  it('renders the casebook page in APA and Harvard, and the thesis alongside in the files', () => {
    const page = casebookItem({
      id: 'casebook-daejeon-tangerang-selatan',
      title: 'Daejeon–Tangerang Selatan',
      url: 'https://example.org/cases/daejeon-tangerang-selatan/',
      language: 'en',
      version: '1.0.0',
      lastChanged: '2026-11-22',
    });
    const r = renderCitation([
      page,
      thesisItem(source, 'Thesis on Daejeon–Tangerang Selatan; title not stated'),
    ]);
    expect(r.apa).toBe(
      'Sister City Casebook contributors. (2026, November 22). Daejeon–Tangerang Selatan. Sister City Casebook. https://example.org/cases/daejeon-tangerang-selatan/',
    );
    expect(r.harvard).toBe(
      'Sister City Casebook contributors (2026) Daejeon–Tangerang Selatan, Sister City Casebook. Available at: https://example.org/cases/daejeon-tangerang-selatan/.',
    );
    expect(r.bibtex).toContain('@misc{casebook_daejeon_tangerang_selatan,');
    expect(r.bibtex).toContain('@misc{hafiez_2022,');
    expect(r.biblatex).toContain('@thesis{hafiez_2022,');
    expect(r.ris.split('\n').filter((l) => l.startsWith('TY  - '))).toEqual(['TY  - ELEC', 'TY  - THES']);
    expect(JSON.parse(r.csl)).toHaveLength(2);
  });
});
