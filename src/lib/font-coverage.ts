/** One piece of a font family as a font package ships it: the characters one file of it covers. */
export interface FontSubset {
  /** The family's name, e.g. "Noto Sans KR". */
  family: string;
  /** The package's name for this piece, e.g. "latin-ext" or "[42]". */
  subset: string;
  /** Code point ranges it covers, inclusive, sorted. */
  ranges: readonly (readonly [number, number])[];
}

/** Parses a CSS `unicode-range` list ("U+0000-00FF,U+0131,U+4E??") into sorted inclusive ranges. */
export function parseUnicodeRange(text: string): [number, number][] {
  const ranges = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): [number, number] => {
      const match = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part);
      if (!match) throw new Error(`not a unicode-range item: "${part}"`);
      const [, from = '', to] = match;
      if (from.includes('?'))
        return [parseInt(from.replaceAll('?', '0'), 16), parseInt(from.replaceAll('?', 'F'), 16)];
      return [parseInt(from, 16), parseInt(to ?? from, 16)];
    });
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Whether a subset covers a code point (binary search over its sorted ranges). */
export function covers(subset: FontSubset, codePoint: number): boolean {
  let low = 0;
  let high = subset.ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = subset.ranges[middle]!;
    if (codePoint < from) high = middle - 1;
    else if (codePoint > to) low = middle + 1;
    else return true;
  }
  return false;
}

/** Characters drawn as nothing: spaces and the invisible format characters (no glyph needed). */
const INVISIBLE = /[\s\p{Cf}]/u;

/**
 * The subsets a text needs, and the characters none covers. `subsets` is in order of preference:
 * each character takes the first subset that covers it, so a Han character common to Korean,
 * Japanese and Chinese fonts takes the one the caller put first. The result keeps that order.
 */
export function subsetsFor<Subset extends FontSubset>(
  text: string,
  subsets: readonly Subset[],
): { needed: Subset[]; uncovered: string[] } {
  const needed = new Set<Subset>();
  const uncovered = new Set<string>();
  for (const char of new Set(text)) {
    if (INVISIBLE.test(char)) continue;
    const codePoint = char.codePointAt(0)!;
    const subset = subsets.find((s) => covers(s, codePoint));
    if (subset) needed.add(subset);
    else uncovered.add(char);
  }
  return { needed: subsets.filter((s) => needed.has(s)), uncovered: [...uncovered].sort() };
}

/**
 * Scripts the card renderer (satori) cannot lay out: it sets every text left to right, glyph by
 * glyph, so right-to-left scripts come out reversed and scripts whose letters join or reorder
 * (Arabic, the Brahmic scripts of South and Southeast Asia) come out as unconnected letters in the
 * wrong order. Fonts for them would not help.
 */
const NOT_LAID_OUT = new RegExp(
  `[${[
    'Arabic',
    'Hebrew',
    'Syriac',
    'Thaana',
    'Nko',
    'Samaritan',
    'Mandaic',
    'Adlam',
    'Hanifi_Rohingya',
    'Devanagari',
    'Bengali',
    'Gurmukhi',
    'Gujarati',
    'Oriya',
    'Tamil',
    'Telugu',
    'Kannada',
    'Malayalam',
    'Sinhala',
    'Tibetan',
    'Myanmar',
    'Khmer',
    'Lao',
    'Thai',
    'Javanese',
    'Balinese',
    'Sundanese',
    'Buginese',
    'Batak',
    'Tai_Tham',
    'Tai_Viet',
  ]
    .map((script) => `\\p{Script=${script}}`)
    .join('')}]`,
  'u',
);

/** The characters of a text in scripts the card renderer cannot lay out, sorted, each once. */
export const notLaidOut = (text: string): string[] =>
  [...new Set(text)].filter((c) => NOT_LAID_OUT.test(c)).sort();

const HANGUL = /[\p{Script=Hangul}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Which CJK family draws a text's Han characters, by what else it holds: Korean if it has Hangul,
 * Japanese if it has kana, else Chinese (the same character has a different form in each).
 */
export function cjkPreference(text: string): CjkRegion[] {
  if (HANGUL.test(text)) return ['KR', 'JP', 'SC'];
  if (KANA.test(text)) return ['JP', 'KR', 'SC'];
  return ['SC', 'JP', 'KR'];
}

/** The regional CJK fonts: Korean, Japanese, simplified Chinese. */
export type CjkRegion = 'KR' | 'JP' | 'SC';
