import { z } from 'astro/zod';
import { LANGUAGES, LOCALES, type Language } from '../i18n/locales.ts';

/** The languages every human-readable string must exist in, in display order. */
export { LANGUAGES, type Language };
export const LanguageSchema = z.enum(LANGUAGES);

/** A non-empty string in one language; its message says which translation is missing. */
const translation = (lang: Language) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `missing ${LOCALES[lang].name} translation`
          : `the ${LOCALES[lang].name} text must be a string`,
    })
    .trim()
    .min(1, { error: `the ${LOCALES[lang].name} text is empty` });

/** A human-readable string in every language of the site; all are required. */
export const LocalizedText = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, translation(lang)])) as Record<
    Language,
    ReturnType<typeof translation>
  >,
);
export type LocalizedText = z.output<typeof LocalizedText>;
