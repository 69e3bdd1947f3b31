import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeCitationFiles } from '../../src/integrations/citation-files.ts';
import { citationHandoff, citationKeyOf } from '../../src/lib/citation-files.ts';
import { LANGUAGES, LOCALES, type Language } from '../../src/i18n/locales.ts';

const texts = (lang: Language, id: string) => ({
  bibtex: `@online{${id}, language = {${lang}}}\n`,
  biblatex: `@online{${id}}\n`,
  ris: `TY  - ELEC\nID  - ${id}\nER  - \n`,
  csl: `[{"id":"${id}"}]\n`,
});
const hand = (ids: string[], rendered: [Language, string][]) => {
  const handoff = citationHandoff();
  ids.forEach((id) => handoff.targets.add(id));
  for (const [lang, id] of rendered)
    handoff.rendered.set(citationKeyOf(lang, id), { lang, id, texts: texts(lang, id) });
};

describe('the citation files of a build', () => {
  beforeEach(() => {
    citationHandoff().targets.clear();
    citationHandoff().rendered.clear();
  });

  it('are written, four per cited thing and language, each with the text its page rendered', () => {
    hand(
      ['bs-ini-1', 'compare'],
      LANGUAGES.flatMap((lang) => [
        [lang, 'bs-ini-1'],
        [lang, 'compare'],
      ]),
    );
    const dir = mkdtempSync(join(tmpdir(), 'casebook-cite-'));
    expect(writeCitationFiles(dir)).toBe(LANGUAGES.length * 2 * 4);
    for (const lang of LANGUAGES) {
      const folder = join(dir, LOCALES[lang].prefix, 'cite');
      expect(readdirSync(folder).sort()).toEqual([
        'bs-ini-1.bib',
        'bs-ini-1.biblatex.bib',
        'bs-ini-1.json',
        'bs-ini-1.ris',
        'compare.bib',
        'compare.biblatex.bib',
        'compare.json',
        'compare.ris',
      ]);
      expect(readFileSync(join(folder, 'bs-ini-1.bib'), 'utf8')).toBe(texts(lang, 'bs-ini-1').bibtex);
    }
  });

  it('fail the build, naming each, when a cited thing’s citation was rendered by no page', () => {
    hand(['bs-ini-1', 'compare'], [['en', 'bs-ini-1']]);
    const dir = mkdtempSync(join(tmpdir(), 'casebook-cite-'));
    expect(() => writeCitationFiles(dir)).toThrow(
      'no page rendered the citation of en:compare, id:bs-ini-1, id:compare',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fail the build when no page rendered any citation at all', () => {
    expect(() => writeCitationFiles(mkdtempSync(join(tmpdir(), 'casebook-cite-')))).toThrow(
      /no page rendered/,
    );
  });
});
