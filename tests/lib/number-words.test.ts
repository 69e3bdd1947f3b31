import { describe, expect, it } from 'vitest';
import {
  indonesianOrdinal,
  numberWords,
  thesesCount,
  casesCount,
  initiativesCount,
} from '../../src/lib/number-words.ts';

describe('numbers in words', () => {
  it('writes small numbers out in English', () => {
    expect([0, 2, 12, 20, 21, 99, 100, 500, 512].map((n) => numberWords(n, 'en'))).toEqual([
      'zero',
      'two',
      'twelve',
      'twenty',
      'twenty-one',
      'ninety-nine',
      'one hundred',
      'five hundred',
      'five hundred and twelve',
    ]);
  });

  it('writes small numbers out in Indonesian, with se- for one ten and one hundred', () => {
    expect([1, 10, 11, 12, 19, 20, 21, 100, 111, 500].map((n) => numberWords(n, 'id'))).toEqual([
      'satu',
      'sepuluh',
      'sebelas',
      'dua belas',
      'sembilan belas',
      'dua puluh',
      'dua puluh satu',
      'seratus',
      'seratus sebelas',
      'lima ratus',
    ]);
  });

  it('falls back to digits from a thousand on, and for what is not a whole number', () => {
    expect(numberWords(1000, 'en')).toBe('1000');
    expect(numberWords(2.5, 'id')).toBe('2.5');
    expect(numberWords(-1, 'id')).toBe('-1');
  });

  it('writes Indonesian ordinals in words', () => {
    expect([1, 2, 3, 10, 12, 1000].map(indonesianOrdinal)).toEqual([
      'pertama',
      'kedua',
      'ketiga',
      'kesepuluh',
      'kedua belas',
      'ke-1000',
    ]);
  });
});

describe('how many theses', () => {
  it('counts them in words, singular for one, in each language', () => {
    expect(thesesCount(1, 'en')).toBe('one thesis');
    expect(thesesCount(2, 'en')).toBe('two theses');
    expect(thesesCount(12, 'en')).toBe('twelve theses');
    expect(thesesCount(1, 'id')).toBe('satu tugas akhir');
    expect(thesesCount(12, 'id')).toBe('dua belas tugas akhir');
    expect(thesesCount(1500, 'en')).toBe('1500 theses');
  });
});

describe('how many cases', () => {
  it('counts them in digits, singular for one, in each language', () => {
    expect(casesCount(1, 'en')).toBe('1 case');
    expect(casesCount(40, 'en')).toBe('40 cases');
    expect(casesCount(1, 'id')).toBe('1 kasus');
    expect(casesCount(40, 'id')).toBe('40 kasus');
  });

  it('counts initiatives in digits, singular only for one', () => {
    expect([0, 1, 2, 17].map((n) => initiativesCount(n, 'en'))).toEqual([
      '0 initiatives',
      '1 initiative',
      '2 initiatives',
      '17 initiatives',
    ]);
    expect([1, 17].map((n) => initiativesCount(n, 'id'))).toEqual(['1 inisiatif', '17 inisiatif']);
  });
});
