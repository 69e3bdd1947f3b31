import { z } from 'astro/zod';
import { CityId, NotStated } from './identifiers.ts';
import { FindingSchema, FindingShape } from './finding.ts';
import { Assessment } from './vocabulary.ts';

/** Which city gained more from the partnership, per the source. */
export const BeneficiarySchema = z.strictObject({
  ...FindingShape,
  /** Id of the city that benefited more. */
  city: CityId,
});

/** The source's overall judgement of the partnership. */
export const AssessmentSchema = z.strictObject({
  ...FindingShape,
  /** The judgement, from the shared vocabulary. */
  value: Assessment,
});

/** What the partnership led to and what helped or held it back. */
export const OutcomesSchema = z.strictObject({
  /** Who benefited more, or `not-stated`. */
  beneficiary: z.union([NotStated, BeneficiarySchema]),
  /** Obstacles the source names; empty when it names none. */
  obstacles: z.array(FindingSchema),
  /** Enabling factors the source names; empty when it names none. */
  enablers: z.array(FindingSchema),
  /** The overall assessment. */
  assessment: AssessmentSchema,
});
export type Outcomes = z.output<typeof OutcomesSchema>;
