import { z } from 'astro/zod';
import { NotStated, Slug, Year } from './identifiers.ts';
import { LanguageSchema, LocalizedText } from './localized.ts';
import { SourceType } from './vocabulary.ts';
import { Text } from './text.ts';

/** The work a case is drawn from. A fact the excerpt does not give is written as `not-stated`. */
export const SourceSchema = z.strictObject({
  /** Stable id of the source, used for its page and its citation key. */
  id: Slug,
  /** What kind of work it is. */
  type: SourceType,
  /** Author's name as the source gives it, or `not-stated`. */
  author: z.union([NotStated, Text]),
  /** Year of the work as the source gives it, or `not-stated`. */
  year: z.union([NotStated, Year]),
  /** Title of the work, or `not-stated` (the excerpts give none). */
  title: z.union([NotStated, Text]),
  /** Awarding institution, or `not-stated`. */
  institution: z.union([NotStated, Text]),
  /** The chapter the casebook draws on, as numbered and titled in the source. */
  chapter: z.strictObject({
    /** Chapter number as printed, e.g. "VI". */
    number: z.string().regex(/^[IVXLC]+$/, { error: 'a chapter number is in Roman numerals' }),
    /** Chapter title as printed, in the source's language. */
    title: Text,
  }),
  /** Language the source is written in. */
  language: LanguageSchema,
  /** Name of the excerpt file in the shared sources folder. */
  file: z.string().regex(/^[\w.-]+\.txt$/, { error: 'the excerpt file is a .txt file name' }),
  /** What the excerpt leaves out that readers may look for, in the casebook's words. */
  notStatedNote: LocalizedText.optional(),
});
export type Source = z.output<typeof SourceSchema>;
