import { z } from 'astro/zod';
import { CityId, NotStated } from './identifiers.ts';
import { Evidence } from './evidence.ts';
import { FindingSchema, FindingShape } from './finding.ts';
import { Assessment } from './vocabulary.ts';

/** The city the source says the partnership had more impact on ("dampak"), which is not a gain. */
export const GreaterImpactSchema = z.strictObject({
  ...FindingShape,
  /** Id of the city the partnership affected more, per the source. */
  city: CityId,
  /** The source's words that say so. */
  evidence: Evidence,
});

/** The source's overall judgement of the partnership. */
export const AssessmentSchema = z.strictObject({
  ...FindingShape,
  /** The judgement, from the shared vocabulary. */
  value: Assessment,
  /** The source's words that make the judgement, e.g. "berjalan cukup baik". */
  evidence: Evidence,
});
export type AssessmentFinding = z.output<typeof AssessmentSchema>;

/** What the partnership led to and what helped or held it back. */
export const OutcomesSchema = z.strictObject({
  /** The city the partnership affected more, or `not-stated`. */
  greaterImpact: z.union([NotStated, GreaterImpactSchema]),
  /** Obstacles the source names; empty when it names none. */
  obstacles: z.array(FindingSchema),
  /** Enabling factors the source names; empty when it names none. */
  enablers: z.array(FindingSchema),
  /** The source's overall assessment, or `not-stated` where it makes none. */
  assessment: z.union([NotStated, AssessmentSchema]),
});
export type Outcomes = z.output<typeof OutcomesSchema>;
