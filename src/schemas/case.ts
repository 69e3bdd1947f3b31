import { z } from 'astro/zod';
import { AgreementSchema } from './agreement.ts';
import { CitySchema } from './city.ts';
import { CooperationFieldSchema } from './cooperation.ts';
import { Evidence } from './evidence.ts';
import { FindingSchema, FindingShape } from './finding.ts';
import { CityId, NotStated, Slug } from './identifiers.ts';
import { LocalizedText } from './localized.ts';
import { OutcomesSchema } from './outcomes.ts';
import { RecommendationSchema } from './recommendation.ts';
import { QuestionSchema } from './question.ts';
import { SourceSchema } from './source.ts';
import { TimelineEventSchema } from './timeline.ts';
import { isGeneralAddressee } from './vocabulary.ts';

/** The city the source calls the more active actor. */
export const ActiveActorSchema = z.strictObject({
  ...FindingShape,
  /** Id of the more active city. */
  city: CityId,
  /** The source's words that say so, e.g. "menjadi aktor yang lebih aktif". */
  evidence: Evidence,
});

/** The fields of a case file's frontmatter, before the rules that span several fields. */
export const CaseShape = {
  /** A few sentences on the partnership and what the source concludes. */
  summary: LocalizedText,
  /**
   * How the source itself frames the case: the concepts it reads it with and why, how it presents
   * what it lists, the limits it admits. Findings about the thesis, not about the partnership.
   */
  approach: z.array(FindingSchema).default([]),
  /** The two partner cities, in the order the case's title names them. */
  cities: z.tuple([CitySchema, CitySchema], { error: 'a case has exactly two cities' }),
  /** The city the source calls the more active actor, or `not-stated`. */
  activeActor: z.union([NotStated, ActiveActorSchema]),
  /** The agreement and its rung on the shared ladder. */
  agreement: AgreementSchema,
  /** Events the source names, in the order it tells them. */
  timeline: z.array(TimelineEventSchema),
  /** Cooperation fields with their initiatives; each field at most once. */
  fields: z.array(CooperationFieldSchema),
  /** Who benefited, obstacles, enabling factors and the overall assessment. */
  outcomes: OutcomesSchema,
  /** Recommendations the source makes, practical and academic. */
  recommendations: z.array(RecommendationSchema),
  /** Ids of glossary entries (`content/glossary/<id>.yaml`) for the concepts the source uses. */
  concepts: z.array(Slug).min(1),
  /** The work the case is drawn from. */
  source: SourceSchema,
  /** Discussion questions for lecturers, each resting on findings. */
  questions: z.array(QuestionSchema).default([]),
};

type Ctx = z.core.$RefinementCtx<z.output<z.ZodObject<typeof CaseShape>>>;
type CaseFields = z.output<z.ZodObject<typeof CaseShape>>;

/** Every city a field names (active actor, greater impact, addressee) is one of the case's two. */
function citiesAreTheCases(data: CaseFields, ctx: Ctx) {
  const cityIds = data.cities.map((city) => city.id);
  const requireCity = (city: string, path: (string | number)[]) => {
    if (!cityIds.includes(city))
      ctx.addIssue({
        code: 'custom',
        path,
        message: `unknown city "${city}"`,
        params: { hint: `use one of this case's city ids: ${cityIds.join(', ')}` },
      });
  };
  if (cityIds[0] === cityIds[1])
    ctx.addIssue({
      code: 'custom',
      path: ['cities', 1, 'id'],
      message: 'the two cities have the same id',
      params: { hint: 'give each city its own id, e.g. its name in kebab-case' },
    });
  if (data.activeActor !== 'not-stated') requireCity(data.activeActor.city, ['activeActor', 'city']);
  if (data.outcomes.greaterImpact !== 'not-stated')
    requireCity(data.outcomes.greaterImpact.city, ['outcomes', 'greaterImpact', 'city']);
  data.recommendations.forEach((rec, i) => {
    if (!isGeneralAddressee(rec.addressee)) requireCity(rec.addressee, ['recommendations', i, 'addressee']);
  });
}

/** Each cooperation field is listed once, with all its initiatives under it. */
function fieldsListedOnce(data: CaseFields, ctx: Ctx) {
  const seen = new Map<string, number>();
  data.fields.forEach((entry, i) => {
    const first = seen.get(entry.field);
    if (first !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['fields', i, 'field'],
        message: `field "${entry.field}" is already listed at fields[${first}]`,
        params: { hint: 'merge the two: list all its initiatives under one entry' },
      });
    else seen.set(entry.field, i);
  });
}

/**
 * One partnership: a case file's frontmatter, with the rules that span fields inside the file. Rules
 * that span files, or read the source's text, are in `src/lib/validate-content.ts`.
 */
export const CaseSchema = z
  .strictObject(CaseShape)
  .superRefine(citiesAreTheCases)
  .superRefine(fieldsListedOnce);
export type CaseData = z.output<typeof CaseSchema>;
