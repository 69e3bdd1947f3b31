import type { Language } from '../schemas/localized.ts';
import { t } from '../i18n/index.ts';
import { LOCATOR_PATTERN } from '../schemas/identifiers.ts';

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

/** Spells a locator out for readers in one language, e.g. "Bab VI, paragraf 2". */
export const locatorIn = (lang: Language, locator: string) =>
  formatLocator(locator, {
    chapter: t(lang, 'locator.chapter'),
    section: t(lang, 'locator.section'),
    paragraph: t(lang, 'locator.paragraph'),
    item: t(lang, 'locator.item'),
  });
