import type { CaseData } from '../schemas/case.ts';
import type { LocalizedText } from '../schemas/localized.ts';
import type { CooperationField, FindingKind, ImplementationStatus } from '../schemas/vocabulary.ts';

/** One finding of a case, flattened, with the path of its data in the case file. */
export interface FlatFinding {
  id: string;
  kind: FindingKind;
  locator: string;
  text: LocalizedText;
  path: (string | number)[];
  /** Ids it was published under before. */
  formerIds?: string[];
  field?: CooperationField;
  status?: ImplementationStatus;
  /**
   * The judgement the finding makes (an initiative's status, the assessment, the city the source
   * names as more active or more affected) and the source's words behind it.
   */
  judgement?: { value: string; evidence?: string | undefined };
  /** For an event: the year the source gives, or `not-stated`. */
  year?: number | 'not-stated';
}

type CaseFindings = Pick<
  CaseData,
  'approach' | 'activeActor' | 'timeline' | 'fields' | 'outcomes' | 'recommendations'
>;

/** Lists every finding of a case (each has an id and a locator), in page order. */
export function findingsOf(data: CaseFindings): FlatFinding[] {
  const { outcomes } = data;
  const flat = (
    kind: FindingKind,
    path: (string | number)[],
    f: { id: string; locator: string; text: LocalizedText; formerIds?: string[] | undefined },
  ): FlatFinding => ({
    id: f.id,
    kind,
    locator: f.locator,
    text: f.text,
    path,
    ...(f.formerIds?.length ? { formerIds: f.formerIds } : {}),
  });
  const judged = (finding: FlatFinding, value: string, evidence: string | undefined): FlatFinding => ({
    ...finding,
    judgement: { value, evidence },
  });
  return [
    ...data.approach.map((a, i) => flat('approach', ['approach', i, 'id'], a)),
    ...data.timeline.map((e, i) => ({ ...flat('event', ['timeline', i, 'id'], e), year: e.year })),
    ...data.fields.flatMap((entry, i) =>
      entry.initiatives.map((ini, j) => ({
        ...judged(flat('initiative', ['fields', i, 'initiatives', j, 'id'], ini), ini.status, ini.evidence),
        field: entry.field,
        status: ini.status,
      })),
    ),
    ...(data.activeActor === 'not-stated'
      ? []
      : [
          judged(
            flat('active-actor', ['activeActor', 'id'], data.activeActor),
            data.activeActor.city,
            data.activeActor.evidence,
          ),
        ]),
    ...(outcomes.greaterImpact === 'not-stated'
      ? []
      : [
          judged(
            flat('greater-impact', ['outcomes', 'greaterImpact', 'id'], outcomes.greaterImpact),
            outcomes.greaterImpact.city,
            outcomes.greaterImpact.evidence,
          ),
        ]),
    ...outcomes.obstacles.map((o, i) => flat('obstacle', ['outcomes', 'obstacles', i, 'id'], o)),
    ...outcomes.enablers.map((o, i) => flat('enabler', ['outcomes', 'enablers', i, 'id'], o)),
    ...(outcomes.assessment === 'not-stated'
      ? []
      : [
          judged(
            flat('assessment', ['outcomes', 'assessment', 'id'], outcomes.assessment),
            outcomes.assessment.value,
            outcomes.assessment.evidence,
          ),
        ]),
    ...data.recommendations.map((r, i) => flat('recommendation', ['recommendations', i, 'id'], r)),
  ];
}
