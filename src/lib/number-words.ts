import type { Language } from '../schemas/localized.ts';
import { t } from '../i18n/index.ts';

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ID_UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

function english(n: number): string {
  if (n < 20) return EN_UNITS[n]!;
  if (n < 100) return EN_TENS[Math.floor(n / 10)]! + (n % 10 ? `-${EN_UNITS[n % 10]}` : '');
  const rest = n % 100;
  return `${EN_UNITS[Math.floor(n / 100)]} hundred${rest ? ` and ${english(rest)}` : ''}`;
}

function indonesian(n: number): string {
  if (n < 10) return ID_UNITS[n]!;
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${ID_UNITS[n - 10]} belas`;
  if (n < 100) return `${ID_UNITS[Math.floor(n / 10)]} puluh${n % 10 ? ` ${ID_UNITS[n % 10]}` : ''}`;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return `${hundreds === 1 ? 'seratus' : `${ID_UNITS[hundreds]} ratus`}${rest ? ` ${indonesian(rest)}` : ''}`;
}

/**
 * A whole number written out in words, as running text in each language asks for small numbers
 * ("two theses", "dua tugas akhir"); from 1,000 on, digits.
 */
export function numberWords(n: number, lang: Language): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1000) return String(n);
  return lang === 'id' ? indonesian(n) : english(n);
}

/**
 * An Indonesian ordinal in words ("pertama", "kedua", "kedua belas"), as running text writes it;
 * from 1,000 on, "ke-" and digits.
 */
export function indonesianOrdinal(n: number): string {
  if (n === 1) return 'pertama';
  return Number.isInteger(n) && n > 1 && n < 1000 ? `ke${indonesian(n)}` : `ke-${n}`;
}

/** The things the casebook counts, each with a singular and a plural string (`count.<noun>.one|other`). */
type Counted = 'theses' | 'cases' | 'initiatives';

/** A count in the language's singular or plural form, the number as given (digits or words). */
const countOf = (noun: Counted, n: number, count: string | number, lang: Language) =>
  t(lang, `count.${noun}.${n === 1 ? 'one' : 'other'}`, { count });

/** "two theses", "dua tugas akhir": how many theses the casebook draws on, in running text. */
export const thesesCount = (n: number, lang: Language) => countOf('theses', n, numberWords(n, lang), lang);

/** "1 case", "40 cases", "40 kasus": a count of cases in a figure, in digits. */
export const casesCount = (n: number, lang: Language) => countOf('cases', n, n, lang);

/** "1 initiative", "12 inisiatif": a count of initiatives in a figure, in digits. */
export const initiativesCount = (n: number, lang: Language) => countOf('initiatives', n, n, lang);
