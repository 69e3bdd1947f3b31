import { z } from 'astro/zod';
import { Locator, NotStated, Year } from './identifiers.ts';
import { LocalizedText } from './localized.ts';
import { AgreementLevel, Formality } from './vocabulary.ts';

/** The agreement behind a partnership, placed on the ladder shared by all cases. */
export const AgreementSchema = z.strictObject({
  /** Rung on the agreement ladder. */
  level: AgreementLevel,
  /** Whether the source calls the partnership formal. */
  formality: Formality,
  /** Year the source gives for the agreement, or `not-stated`. */
  year: z.union([NotStated, Year]),
  /** Legal basis the source names, e.g. "Permendagri No. 1/1992", or `not-stated`. */
  legalBasis: z.union([NotStated, z.string().trim().min(1)]),
  /** Where the source describes the agreement. */
  locator: Locator,
  /** What the source says of the agreement, in the casebook's words. */
  text: LocalizedText,
});
export type Agreement = z.output<typeof AgreementSchema>;
