import { z } from 'astro/zod';
import { NotStated, Year } from './identifiers.ts';
import { FindingShape } from './finding.ts';

/** An event the source names, in the order the source tells it. */
export const TimelineEventSchema = z.strictObject({
  ...FindingShape,
  /** Year of the event where the source gives one, else `not-stated`. */
  year: z.union([NotStated, Year]),
});
export type TimelineEvent = z.output<typeof TimelineEventSchema>;
