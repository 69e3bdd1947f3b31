import { z } from 'astro/zod';
import { checkEvidence, Evidence } from './evidence.ts';
import { FindingShape } from './finding.ts';
import { CooperationField, ImplementationStatus } from './vocabulary.ts';

/** One initiative inside a cooperation field. */
export const InitiativeSchema = z
  .strictObject({
    ...FindingShape,
    /** How far the initiative got, per the source. */
    status: ImplementationStatus,
    /** The source's words that say the status (required unless the status is `not-stated`). */
    evidence: Evidence.optional(),
  })
  .superRefine((initiative, ctx) => checkEvidence(ctx, initiative.status, initiative.evidence, ['evidence']));
export type Initiative = z.output<typeof InitiativeSchema>;

/** A field of cooperation and the initiatives the source names under it. */
export const CooperationFieldSchema = z.strictObject({
  /** The field, from the shared vocabulary. */
  field: CooperationField,
  /** Initiatives in this field; at least one. */
  initiatives: z.array(InitiativeSchema).min(1),
});
export type CooperationFieldEntry = z.output<typeof CooperationFieldSchema>;
