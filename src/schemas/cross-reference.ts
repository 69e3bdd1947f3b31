import { z } from 'astro/zod';
import { CityId, Slug } from './identifiers.ts';
import { LocalizedText } from './localized.ts';
import { CooperationField } from './vocabulary.ts';

/**
 * A pointer from one case to another case (and optionally to one of its cities or fields). The
 * build resolves it and fails when the target does not exist.
 */
export const CrossReferenceSchema = z.strictObject({
  /** Slug of the case pointed at (its file name without extension). */
  case: Slug,
  /** Id of a city in that case, when the pointer names a city. */
  city: CityId.optional(),
  /** A cooperation field of that case, when the pointer names one. */
  field: CooperationField.optional(),
  /** How the two sources relate on this point, e.g. where they differ. */
  note: LocalizedText.optional(),
});
/** A cross-reference as a case file writes it (`refersTo`), before it is resolved. */
export type CrossReferenceEntry = z.output<typeof CrossReferenceSchema>;
