import { z } from 'astro/zod';
import { FindingId, Locator } from './identifiers.ts';
import { LocalizedText } from './localized.ts';

/** The fields every finding has: a stable id, a locator into the source and the finding itself. */
export const FindingShape = {
  /** Stable id, never derived from the text: the anchor `#id` and the citation key of the finding. */
  id: FindingId,
  /** Where the source says it, e.g. "VI ¶1" or "V item 2". */
  locator: Locator,
  /** The finding, in the casebook's own words. */
  text: LocalizedText,
  /** Ids the finding was published under before: their anchors keep working on its page. */
  formerIds: z.array(FindingId).optional(),
};

/** A finding with nothing more than its text (an obstacle, an enabling factor, an event). */
export const FindingSchema = z.strictObject(FindingShape);
export type Finding = z.output<typeof FindingSchema>;
