import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLocator } from '../../src/lib/locator.ts';
import { normaliseText, passageOf, quotedIn } from '../../src/lib/source-passages.ts';
import { ROOT } from '../helpers/content.ts';

const at = (text: string, chapter: { number: string; title: string }, locator: string) =>
  passageOf(text, chapter, parseLocator(locator));

/** A chapter that marks paragraphs with blank lines only, with a page break in mid-sentence. */
const PLAIN = [
  'Bab II',
  '',
  'Penutup',
  '',
  'II. Penutup',
  '',
  'Alpha bekerja sama dengan Beta sejak lama. Hasilnya *cukup* baik.',
  '',
  'Kerja sama kedua tidak terlaksana karena',
  '',
  'kendala dana yang besar.',
  '',
  'II.2 Saran',
  '',
  'Penulis menyadari kekurangan penelitian ini, antara lain ;',
  '',
  'a. Dana',
  '',
  'Pemerintah perlu menambah dana.',
  '',
  'Dana itu sebaiknya rutin.',
  '',
  'b. Waktu',
  '',
  'Waktu pelaksanaan perlu diperpanjang.',
].join('\r\n');
const PLAIN_CHAPTER = { number: 'II', title: 'Penutup' };

/** A chapter that indents the first line of each paragraph, with a numbered list between them. */
const INDENTED = [
  ' BAB IV ',
  '',
  'SIMPULAN ',
  '',
  ' Gamma dan Delta menjalin kerja sama. Alasannya ',
  '',
  'sebagai berikut: ',
  '',
  '1. Bidang pertama yang berhasil; ',
  '',
  ' 2. Bidang kedua yang masih ',
  '',
  'direncanakan. ',
  '',
  '  Kerja sama ini berjalan baik. ',
].join('\n');
const INDENTED_CHAPTER = { number: 'IV', title: 'Simpulan' };

describe('passages of a source chapter', () => {
  it('numbers paragraphs after blank lines that end a sentence, not at a page break in mid-sentence', () => {
    expect(at(PLAIN, PLAIN_CHAPTER, 'II ¶1')).toBe(
      'Alpha bekerja sama dengan Beta sejak lama. Hasilnya cukup baik.',
    );
    expect(at(PLAIN, PLAIN_CHAPTER, 'II ¶2')).toBe(
      'Kerja sama kedua tidak terlaksana karena kendala dana yang besar.',
    );
    expect(at(PLAIN, PLAIN_CHAPTER, 'II ¶3')).toBeUndefined();
  });

  it('reads sections, their own paragraphs and their lettered items, paragraphs inside an item included', () => {
    expect(at(PLAIN, PLAIN_CHAPTER, 'II.2 ¶1')).toBe(
      'Penulis menyadari kekurangan penelitian ini, antara lain ;',
    );
    expect(at(PLAIN, PLAIN_CHAPTER, 'II.2 a')).toBe(
      'a. Dana Pemerintah perlu menambah dana. Dana itu sebaiknya rutin.',
    );
    expect(at(PLAIN, PLAIN_CHAPTER, 'II.2 b')).toBe('b. Waktu Waktu pelaksanaan perlu diperpanjang.');
    expect(at(PLAIN, PLAIN_CHAPTER, 'II.2 c')).toBeUndefined();
    expect(at(PLAIN, PLAIN_CHAPTER, 'II.2')).toContain('diperpanjang');
    expect(at(PLAIN, PLAIN_CHAPTER, 'II')).toContain('Alpha');
  });

  it('in a text that indents paragraphs, counts indented paragraphs and ends a list at the next one', () => {
    expect(at(INDENTED, INDENTED_CHAPTER, 'IV ¶1')).toBe(
      'Gamma dan Delta menjalin kerja sama. Alasannya sebagai berikut:',
    );
    expect(at(INDENTED, INDENTED_CHAPTER, 'IV item 1')).toBe('1. Bidang pertama yang berhasil;');
    expect(at(INDENTED, INDENTED_CHAPTER, 'IV item 2')).toBe('2. Bidang kedua yang masih direncanakan.');
    expect(at(INDENTED, INDENTED_CHAPTER, 'IV ¶2')).toBe('Kerja sama ini berjalan baik.');
    expect(at(INDENTED, INDENTED_CHAPTER, 'IV ¶1 item 2')).toBe('2. Bidang kedua yang masih direncanakan.');
  });

  it('has no passage in another chapter', () => {
    expect(at(PLAIN, PLAIN_CHAPTER, 'III ¶1')).toBeUndefined();
  });

  it('reads the real source chapters as their locators mean them', () => {
    const sources = join(ROOT, '..', 'shared', 'sources');
    const dts = readFileSync(join(sources, '000_abc93480f45b091e.txt'), 'utf8');
    const bs = readFileSync(join(sources, '003_e7a23d5ea8593727.txt'), 'utf8');
    const dtsChapter = { number: 'VI', title: 'Kesimpulan' };
    const bsChapter = { number: 'V', title: 'Kesimpulan' };
    // Paragraph 2 runs across a page break and stops before the section on recommendations.
    expect(at(dts, dtsChapter, 'VI ¶2')).toMatch(/^Kemudian,.*sebatas pembahasan saja.*Tangerang Selatan\.$/);
    expect(at(dts, dtsChapter, 'VI.2.1 b')).toMatch(/^b\. Smart City .*disana bagaimana\.$/);
    expect(at(dts, dtsChapter, 'VI.2.2 ¶1')).toMatch(/^Penulis masih sadar/);
    // The numbered list sits between paragraphs 2 and 3 and belongs to neither.
    expect(at(bs, bsChapter, 'V ¶2')).toMatch(/^Adanya kepentingan.*MetropolitanSeoul:$/);
    expect(at(bs, bsChapter, 'V item 2')).toMatch(/^2\. Kerjasama dalam bidang kebudayaan.*dilaksanakan;$/);
    expect(at(bs, bsChapter, 'V ¶3')).toMatch(/^Kerjasama antar kota/);
  });
});

describe('evidence quotes', () => {
  const passage = normaliseText('Pertukaran   pelajar yang\n*berhasil* dan keberhasilan lain.');

  it('are found whatever the line breaks, spacing and emphasis marks', () => {
    expect(quotedIn(passage, 'pelajar yang berhasil')).toBe(true);
    expect(quotedIn(passage, 'pelajar  yang *berhasil*')).toBe(true);
  });

  it('match whole words only, and keep their case', () => {
    expect(quotedIn(passage, 'erhasil dan')).toBe(false);
    expect(quotedIn(passage, 'keberhasilan')).toBe(true);
    expect(quotedIn(passage, 'Berhasil')).toBe(false);
    expect(quotedIn(passage, '')).toBe(false);
  });
});
