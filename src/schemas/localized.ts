import { z } from 'astro/zod';

/** The languages every human-readable string must exist in, in display order. */
export const LANGUAGES = ['en', 'id'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.output<typeof Language>;

/** Names of the languages, used in validation messages. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', id: 'Indonesian' };

/** A non-empty string in one language; its message says which translation is missing. */
const translation = (lang: Language) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `missing ${LANGUAGE_NAMES[lang]} translation`
          : `the ${LANGUAGE_NAMES[lang]} text must be a string`,
    })
    .trim()
    .min(1, { error: `the ${LANGUAGE_NAMES[lang]} text is empty` });

/** A human-readable string in English and Indonesian; both are required. */
export const LocalizedText = z.strictObject({
  /** English text. */
  en: translation('en'),
  /** Indonesian text. */
  id: translation('id'),
});
export type LocalizedText = z.output<typeof LocalizedText>;
