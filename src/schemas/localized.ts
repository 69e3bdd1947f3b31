import { z } from 'astro/zod';
import { LANGUAGES, LOCALES, type Language } from '../i18n/locales.ts';
import { textSchema } from './text.ts';

/** The languages every human-readable string must exist in, in display order. */
export { LANGUAGES, type Language };
export const LanguageSchema = z.enum(LANGUAGES);

/** A string in one language that shows something; its messages say which translation is wrong. */
const translation = (lang: Language) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `missing ${LOCALES[lang].name} translation`
          : `the ${LOCALES[lang].name} text must be a string`,
    })
    .pipe(
      textSchema({
        empty: `the ${LOCALES[lang].name} text is empty`,
        emptyHint: `write the ${LOCALES[lang].name} text: every text is needed in every language`,
      }),
    );

/** A human-readable string in every language of the site; all are required. */
export const LocalizedText = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, translation(lang)])) as Record<
    Language,
    ReturnType<typeof translation>
  >,
);
export type LocalizedText = z.output<typeof LocalizedText>;
