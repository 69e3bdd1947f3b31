import { z } from 'astro/zod';
import { FindingId } from './identifiers.ts';
import { LocalizedText } from './localized.ts';

/** A discussion question for a class, grounded in findings of the casebook. */
export const QuestionSchema = z.strictObject({
  /** Stable id: its anchor on the lecturers' page (`/teach/#id`). */
  id: FindingId,
  /** The question. It asks; it asserts nothing the sources do not say. */
  text: LocalizedText,
  /** Ids of the findings it rests on (of this case or another); each must exist. */
  findings: z.array(FindingId).min(1),
});
export type Question = z.output<typeof QuestionSchema>;
