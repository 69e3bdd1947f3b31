import type { CaseData } from '../schemas/case.ts';
import type { LocalizedText } from '../schemas/localized.ts';
import type { CooperationField, ImplementationStatus } from '../schemas/vocabulary.ts';

/** The kinds of finding a case holds, in the order a case page shows them. */
export const FINDING_KINDS = [
  'event',
  'initiative',
  'active-actor',
  'beneficiary',
  'obstacle',
  'enabler',
  'assessment',
  'recommendation',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One finding of a case, flattened, with the path of its data in the case file. */
export interface FlatFinding {
  id: string;
  kind: FindingKind;
  locator: string;
  text: LocalizedText;
  path: (string | number)[];
  field?: CooperationField;
  status?: ImplementationStatus;
}

type CaseFindings = Pick<CaseData, 'activeActor' | 'timeline' | 'fields' | 'outcomes' | 'recommendations'>;

/** Lists every finding of a case (each has an id and a locator), in page order. */
export function findingsOf(data: CaseFindings): FlatFinding[] {
  const { outcomes } = data;
  const flat = (
    kind: FindingKind,
    path: (string | number)[],
    f: { id: string; locator: string; text: LocalizedText },
  ) => ({ id: f.id, kind, locator: f.locator, text: f.text, path }) satisfies FlatFinding;
  return [
    ...data.timeline.map((e, i) => flat('event', ['timeline', i, 'id'], e)),
    ...data.fields.flatMap((entry, i) =>
      entry.initiatives.map((ini, j) => ({
        ...flat('initiative', ['fields', i, 'initiatives', j, 'id'], ini),
        field: entry.field,
        status: ini.status,
      })),
    ),
    ...(data.activeActor === 'not-stated'
      ? []
      : [flat('active-actor', ['activeActor', 'id'], data.activeActor)]),
    ...(outcomes.beneficiary === 'not-stated'
      ? []
      : [flat('beneficiary', ['outcomes', 'beneficiary', 'id'], outcomes.beneficiary)]),
    ...outcomes.obstacles.map((o, i) => flat('obstacle', ['outcomes', 'obstacles', i, 'id'], o)),
    ...outcomes.enablers.map((o, i) => flat('enabler', ['outcomes', 'enablers', i, 'id'], o)),
    flat('assessment', ['outcomes', 'assessment', 'id'], outcomes.assessment),
    ...data.recommendations.map((r, i) => flat('recommendation', ['recommendations', i, 'id'], r)),
  ];
}
