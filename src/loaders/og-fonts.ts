import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  cjkPreference,
  notLaidOut,
  parseUnicodeRange,
  subsetsFor,
  type CjkRegion,
  type FontSubset,
} from '../lib/font-coverage.ts';
import type { OgCard, OgFont } from '../lib/og-image.ts';

/* Resolved from the project, not from this module: the built copy of this module runs elsewhere. */
const require = createRequire(join(process.cwd(), 'package.json'));

/** A subset of a Fontsource package: what it covers, and where its files are. */
interface PackagedSubset extends FontSubset {
  /** The npm package, e.g. "@fontsource/noto-sans-kr". */
  pkg: string;
}

/** The weights the cards draw with: body text and headings. */
const WEIGHTS = [400, 700] as const;

/**
 * A Fontsource package's subsets in the order its `unicode.json` lists them, `first` moved to the
 * front. Fontsource splits each font into files by `unicode-range`, as browsers load them: a card
 * loads only the files its characters fall in (for Korean, a few of 120), which keeps drawing fast.
 */
function packagedSubsets(pkg: string, family: string, first?: string): PackagedSubset[] {
  const ranges = JSON.parse(readFileSync(require.resolve(`${pkg}/unicode.json`), 'utf8')) as Record<
    string,
    string
  >;
  const subsets = Object.entries(ranges).map(([subset, range]) => ({
    pkg,
    family,
    subset,
    ranges: parseUnicodeRange(range),
  }));
  return subsets.sort((a, b) => Number(b.subset === first) - Number(a.subset === first));
}

/**
 * Noto Sans (SIL Open Font License), from the Fontsource packages: the preview cards are drawn with
 * it at build time; the site itself uses the reader's system fonts. Noto Sans covers Latin with
 * every diacritic, Vietnamese, Greek, Cyrillic and Devanagari; Noto Sans KR, JP and SC cover Hangul,
 * kana and Han characters, each in its region's forms.
 */
const NOTO_SANS = packagedSubsets('@fontsource/noto-sans', 'Noto Sans', 'latin');
const CJK: Record<CjkRegion, PackagedSubset[]> = {
  KR: packagedSubsets('@fontsource/noto-sans-kr', 'Noto Sans KR'),
  JP: packagedSubsets('@fontsource/noto-sans-jp', 'Noto Sans JP'),
  SC: packagedSubsets('@fontsource/noto-sans-sc', 'Noto Sans SC'),
};

/** A subset's file of one weight: "noto-sans-kr-42-400-normal.woff" for subset "[42]". */
const fileOf = (subset: PackagedSubset, weight: number) =>
  `${subset.pkg}/files/${subset.pkg.split('/')[1]}-${subset.subset.replace(/^\[(\d+)\]$/, '$1')}-${weight}-normal.woff`;

/** Each file read once, and always the same bytes object (satori parses a font once per object). */
const files = new Map<string, Buffer>();
const bytesOf = (file: string) => {
  let data = files.get(file);
  if (!data) files.set(file, (data = readFileSync(require.resolve(file))));
  return data;
};

/** One font list per set of subsets, so that satori and the card cache see the same list again. */
const lists = new Map<string, OgFont[]>();

/** Every text a card draws. */
const cardText = (card: OgCard) => [card.title, card.subtitle, card.siteName, card.language].join('\n');

/** A character as a message names it: `"ا" (U+0627)`. */
export const describeCharacter = (c: string) =>
  `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;

/** The subsets a text needs, in order of preference, and the characters no card font covers. */
const coverageOf = (text: string) =>
  subsetsFor(text, [...NOTO_SANS, ...cjkPreference(text).flatMap((region) => CJK[region])]);

/**
 * The characters of a text a preview card cannot draw as written: those no card font covers and
 * those of scripts the renderer cannot lay out. Sorted, each once; empty when the text draws.
 */
export const undrawable = (text: string): string[] => undrawableIn(text, coverageOf(text).uncovered);

/** A text's undrawable characters, given those its coverage found no font for. */
const undrawableIn = (text: string, uncovered: readonly string[]) =>
  [...new Set([...uncovered, ...notLaidOut(text)])].sort();

/**
 * The fonts a card needs, Latin Noto Sans first (satori's default): only the subsets its characters
 * fall in, each under a name of its own (satori takes one font per name and weight, and falls back
 * from the named family to the others in order). A card with text it cannot draw is an error (the
 * card would show empty boxes or reversed letters): callers replace such text first (`drawableCard`).
 */
export function ogFontsFor(card: OgCard): OgFont[] {
  const text = cardText(card);
  const { needed, uncovered } = coverageOf(text);
  const missing = undrawableIn(text, uncovered);
  if (missing.length > 0)
    throw new Error(
      `The preview card "${card.title}" has characters no card font draws: ${missing.map(describeCharacter).join(', ')}`,
    );
  const chosen = [NOTO_SANS[0]!, ...needed.filter((s) => s !== NOTO_SANS[0])];
  const key = chosen.map((s) => `${s.pkg} ${s.subset}`).join('\n');
  let list = lists.get(key);
  if (!list)
    lists.set(
      key,
      (list = chosen.flatMap((subset, i) =>
        WEIGHTS.map((weight) => ({
          name: i === 0 ? subset.family : `${subset.family} ${subset.subset}`,
          data: bytesOf(fileOf(subset, weight)),
          weight,
          style: 'normal' as const,
        })),
      )),
    );
  return list;
}
