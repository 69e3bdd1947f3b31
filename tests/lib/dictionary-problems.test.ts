import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json' with { type: 'json' };
import id from '../../src/i18n/id.json' with { type: 'json' };
import { dictionaryProblems } from '../../src/lib/dictionary-problems.ts';
import { t } from '../../src/i18n/index.ts';
import { formatProblem } from '../../src/lib/problems.ts';

describe('UI dictionaries', () => {
  it('are complete in both languages', () => {
    expect(dictionaryProblems().map(formatProblem)).toEqual([]);
  });

  it('report a key missing from one language', () => {
    const { ['nav.cases']: _dropped, ...partial } = id;
    expect(dictionaryProblems({ en, id: partial }).map(formatProblem)).toEqual([
      'src/i18n/id.json  nav.cases  missing translation (hint: add "nav.cases" to src/i18n/id.json)',
    ]);
  });

  it('report a vocabulary value without a label', () => {
    const { ['status.planned']: _a, ...enPartial } = en;
    const { ['status.planned']: _b, ...idPartial } = id;
    expect(dictionaryProblems({ en: enPartial, id: idPartial }).map((p) => `${p.file} ${p.path}`)).toEqual([
      'src/i18n/en.json status.planned',
      'src/i18n/id.json status.planned',
    ]);
  });

  it('fill placeholders', () => {
    expect(t('en', 'case.ladderPosition', { rung: 2, total: 3, origin: 'X' })).toBe(
      'rung 2 of 3 on the agreement ladder of X',
    );
    expect(t('id', 'case.ladderPosition', { rungWords: 'kedua', totalWords: 'tiga', origin: 'X' })).toBe(
      'tingkat kedua dari tiga pada tangga perjanjian X',
    );
  });

  it('do not leave Indonesian strings identical to English except for names', () => {
    const same = Object.keys(en).filter((key) => en[key as keyof typeof en] === id[key as keyof typeof id]);
    expect(same.sort()).toEqual([
      'case.status',
      'cite.apa',
      'cite.biblatex',
      'cite.bibtex',
      'cite.csl',
      'cite.harvard',
      'cite.ris',
      'country.ID',
      'home.title',
      'nav.data',
      'site.name',
      'theme.smart-city',
    ]);
  });
});
