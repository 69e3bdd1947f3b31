import { z } from 'astro/zod';
import { LocalizedText } from './localized.ts';
import { GlossBasis } from './vocabulary.ts';

/** A concept the cases use, defined once in `content/glossary/<id>.yaml`. */
export const GlossaryEntrySchema = z.strictObject({
  /** The term as readers meet it. */
  term: LocalizedText,
  /** A short definition. */
  definition: LocalizedText,
  /** Whether the definition restates the sources or is the casebook's own gloss. */
  basis: GlossBasis,
});
export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
