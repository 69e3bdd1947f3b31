import { z } from 'astro/zod';
import { checkEvidence, Evidence } from './evidence.ts';
import { Locator, NotStated, Year } from './identifiers.ts';
import { LocalizedText } from './localized.ts';
import { AgreementLevel, Formality } from './vocabulary.ts';
import { Text } from './text.ts';

/**
 * The agreement behind a partnership. Its level is a rung of the Daejeon–Tangerang Selatan thesis's
 * ladder only where the case's own source places it there; otherwise `not-stated`, and `called`
 * says what the source does call the tie.
 */
export const AgreementSchema = z
  .strictObject({
    /** Rung on the agreement ladder where the source places the tie, or `not-stated`. */
    level: z.union([NotStated, AgreementLevel]),
    /** Whether the source calls the partnership formal. */
    formality: Formality,
    /** What the source calls the tie, in the casebook's words, e.g. "a sister-city cooperation". */
    called: LocalizedText.optional(),
    /** The source's words behind each stated judgement above: `level`, `formality`, `called`. */
    evidence: z
      .strictObject({
        /** Words that place the tie on its rung. */
        level: Evidence.optional(),
        /** Words that say whether the tie is formal. */
        formality: Evidence.optional(),
        /** Words with which the source names the tie. */
        called: Evidence.optional(),
      })
      .default({}),
    /** Year the source dates the setting-up of the partnership to, or `not-stated`. */
    year: z.union([NotStated, Year]),
    /** Legal basis the source names, e.g. "Permendagri No. 1/1992", or `not-stated`. */
    legalBasis: z.union([NotStated, Text]),
    /** Where the source describes the agreement. */
    locator: Locator,
    /** What the source says of the agreement, in the casebook's words. */
    text: LocalizedText,
  })
  .superRefine((agreement, ctx) => {
    checkEvidence(ctx, agreement.level, agreement.evidence.level, ['evidence', 'level']);
    checkEvidence(ctx, agreement.formality, agreement.evidence.formality, ['evidence', 'formality']);
    checkEvidence(ctx, agreement.called ? 'called' : 'not-stated', agreement.evidence.called, [
      'evidence',
      'called',
    ]);
  });
export type Agreement = z.output<typeof AgreementSchema>;
