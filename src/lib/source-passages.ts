import type { LocatorParts } from './locator.ts';

/**
 * Finds the passage of a source chapter that a locator names, in the plain text of the chapter as
 * it was extracted from the thesis (`../shared/sources/*.txt`), so that the words quoted as evidence
 * can be checked against the very paragraph or item the finding points at.
 *
 * How the text is read:
 * - `BAB V`, `Bab VI` open the chapter; the chapter's title line (e.g. `KESIMPULAN`) is a heading;
 * - `VI.2.1 Saran Praktis` opens a section (`VI. Kesimpulan` is the chapter's own heading);
 * - `a. …`, `1. …` open a lettered or numbered item, which runs until the next item or heading;
 * - a paragraph starts on an indented line, in texts that indent paragraphs; in texts that do not,
 *   after a blank line that follows the end of a sentence (a blank line in mid-sentence is a page
 *   break). In texts that indent, an indented paragraph also closes the list before it.
 * Paragraphs are numbered within their section (or the chapter) and do not count list items.
 */

/** A line of the chapter's text, with where it stands. */
interface PlacedLine {
  /** The section it is in, e.g. "VI.2.1", or the chapter number. */
  section: string;
  /** The number of the paragraph it is in or follows (0 before the first one). */
  paragraph: number;
  /** The label of the item it is in ("a", "2"), if any. */
  item?: string;
  text: string;
}

const CHAPTER_LINE = /^bab\s+([IVXLC]+)\s*$/i;
const SECTION_LINE = /^([IVXLC]+)((?:\.\d+)*)\.?\s+(\S.*)$/;
const ITEM_LINE = /^(\d+|[a-z])\.\s+\S/;
const SENTENCE_END = /[.!?:;]$/;

/**
 * Text as evidence is compared: in one Unicode form (NFC), without invisible characters or `*`
 * emphasis marks, every run of spacing one space.
 */
export const normaliseText = (text: string) =>
  text
    .normalize('NFC')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Places every content line of a chapter in its section, paragraph and item. */
function placeLines(text: string, chapter: string, chapterTitle: string): PlacedLine[] {
  const raw = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\*/g, '')
    .split('\n');
  const isHeading = (line: string) => {
    const trimmed = line.trim();
    if (CHAPTER_LINE.test(trimmed)) return true;
    if (trimmed.toLowerCase() === chapterTitle.toLowerCase()) return true;
    const section = SECTION_LINE.exec(trimmed);
    return section !== null && section[1] === chapter && !SENTENCE_END.test(trimmed);
  };
  const content = raw.filter((line) => line.trim() !== '' && !isHeading(line));
  const indents = content.some((line) => /^\s/.test(line) && !ITEM_LINE.test(line.trim()));

  const placed: PlacedLine[] = [];
  let section = chapter;
  let paragraph = 0;
  let item: string | undefined;
  let previous: string | undefined;
  let blankBefore = false;
  for (const line of raw) {
    const trimmed = line.trim();
    if (trimmed === '') {
      blankBefore = true;
      continue;
    }
    if (isHeading(line)) {
      const heading = SECTION_LINE.exec(trimmed);
      if (heading && !CHAPTER_LINE.test(trimmed)) section = heading[1]! + heading[2]!;
      paragraph = 0;
      item = undefined;
      previous = undefined;
      blankBefore = false;
      continue;
    }
    const itemLabel = ITEM_LINE.exec(trimmed)?.[1];
    if (itemLabel) item = itemLabel;
    else if (
      indents ? /^\s/.test(line) : previous === undefined || (blankBefore && SENTENCE_END.test(previous))
    ) {
      // A new paragraph; in a text without indents, one inside an item belongs to the item.
      if (indents || item === undefined) {
        paragraph += 1;
        item = undefined;
      }
    }
    placed.push({ section, paragraph, ...(item ? { item } : {}), text: trimmed });
    previous = trimmed;
    blankBefore = false;
  }
  return placed;
}

/**
 * The normalised text of the passage a locator names in a chapter, or `undefined` when the chapter
 * has no such passage. Without a paragraph or item, the passage is the whole section, its
 * subsections included.
 */
export function passageOf(
  text: string,
  chapter: { number: string; title: string },
  locator: LocatorParts,
): string | undefined {
  if (locator.chapter !== chapter.number) return undefined;
  const section = locator.section ?? locator.chapter;
  const lines = placeLines(text, chapter.number, chapter.title).filter((line) => {
    if (locator.paragraph === undefined && locator.item === undefined)
      return line.section === section || line.section.startsWith(`${section}.`);
    if (line.section !== section) return false;
    if (locator.paragraph !== undefined && line.paragraph !== locator.paragraph) return false;
    return locator.item === undefined ? line.item === undefined : line.item === locator.item;
  });
  return lines.length > 0 ? normaliseText(lines.map((line) => line.text).join(' ')) : undefined;
}

/** Whether a quote stands in a passage as whole words (normalised as `normaliseText` does). */
export function quotedIn(passage: string, quote: string): boolean {
  const needle = normaliseText(quote);
  if (needle === '') return false;
  const word = /[\p{L}\p{N}]/u;
  for (let at = passage.indexOf(needle); at >= 0; at = passage.indexOf(needle, at + 1)) {
    const before = passage[at - 1];
    const after = passage[at + needle.length];
    const startsInWord = word.test(needle[0]!) && before !== undefined && word.test(before);
    const endsInWord = word.test(needle.at(-1)!) && after !== undefined && word.test(after);
    if (!startsInWord && !endsInWord) return true;
  }
  return false;
}
