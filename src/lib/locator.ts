/**
 * Locators point from a finding back into its source chapter: a chapter number in Roman numerals,
 * optional section numbers, an optional paragraph (¶) and an optional item (letter or number).
 * Examples: "VI ¶2" (chapter VI, paragraph 2), "VI.2.1 a" (section VI.2.1, item a), "V item 2".
 */
export const LOCATOR_PATTERN = /^([IVXLC]+)((?:\.\d+)*)(?: ¶(\d+))?(?: (?:item )?([a-z]|\d+))?$/;

/** A locator split into its parts. */
export interface LocatorParts {
  chapter: string;
  section?: string;
  paragraph?: number;
  item?: string;
}

/** Words used to spell a locator out in one language. */
export interface LocatorLabels {
  chapter: string;
  section: string;
  paragraph: string;
  item: string;
}

/** Splits a locator into chapter, section, paragraph and item; throws on a malformed one. */
export function parseLocator(locator: string): LocatorParts {
  const match = LOCATOR_PATTERN.exec(locator);
  if (!match) throw new Error(`malformed locator "${locator}"`);
  const [, chapter, sectionTail, paragraph, item] = match;
  return {
    chapter: chapter!,
    ...(sectionTail ? { section: chapter + sectionTail } : {}),
    ...(paragraph ? { paragraph: Number(paragraph) } : {}),
    ...(item ? { item } : {}),
  };
}

/** Spells a locator out for readers, e.g. "section VI.2.1, item a". */
export function formatLocator(locator: string, labels: LocatorLabels): string {
  const parts = parseLocator(locator);
  const where = parts.section ? `${labels.section} ${parts.section}` : `${labels.chapter} ${parts.chapter}`;
  return [
    where,
    parts.paragraph !== undefined ? `${labels.paragraph} ${parts.paragraph}` : undefined,
    parts.item !== undefined ? `${labels.item} ${parts.item}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}
