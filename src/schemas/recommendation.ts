import { z } from 'astro/zod';
import { FindingShape } from './finding.ts';
import { CityId } from './identifiers.ts';
import { CrossReferenceSchema } from './cross-reference.ts';
import { GENERAL_ADDRESSEES, RecommendationKind, RecommendationTheme } from './vocabulary.ts';

/** A recommendation the source makes. */
export const RecommendationSchema = z.strictObject({
  ...FindingShape,
  /** Practical (for actors) or academic (for future research). */
  kind: RecommendationKind,
  /** Theme that groups it with other cases' recommendations. */
  theme: RecommendationTheme,
  /** Whom it addresses: the id of one of the case's cities, or a general addressee. */
  addressee: z.union([z.enum(GENERAL_ADDRESSEES), CityId]),
  /** Other cases or cities it points at; each must resolve. */
  refersTo: z.array(CrossReferenceSchema).default([]),
});
export type Recommendation = z.output<typeof RecommendationSchema>;
