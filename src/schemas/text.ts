import { z } from 'astro/zod';

/**
 * Characters that show nothing: spaces of every kind, the characters Unicode says a reader never
 * sees (zero-width spaces and joiners, soft hyphens, direction marks, the Hangul filler, variation
 * selectors, the BOM…) and the blank braille pattern.
 */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}\u2800]/gu;
/**
 * Characters that are not text: C0 and C1 controls (tab and line break aside) and the bidirectional
 * overrides and isolates that can make text read other than it is stored.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** Whether a string shows something: not only spaces and zero-width characters. */
export const showsSomething = (text: string) => text.replace(INVISIBLE, '') !== '';

/**
 * A human-readable string: trimmed, with something a reader can see, and no control characters.
 * `empty` says what is empty; `emptyHint` what to do about it.
 */
export const textSchema = (messages: { empty: string; emptyHint: string }) =>
  z
    .string()
    .trim()
    .refine(showsSomething, { error: messages.empty, params: { hint: messages.emptyHint } })
    .refine((text) => !NOT_TEXT.test(text), {
      error: (issue) => {
        const found = NOT_TEXT.exec(String(issue.input))?.[0] ?? '';
        const code = `U+${found.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
        return `the text holds a control character (${code})`;
      },
      params: {
        hint: 'retype the text, or paste it as plain text: it carries an invisible control character',
      },
    });

/** A name or short text (a city's name, a legal basis, an author): something to read, no control characters. */
export const Text = textSchema({
  empty: 'the text is empty',
  emptyHint: 'write it, or write "not-stated" where the source is silent and the field allows it',
});
