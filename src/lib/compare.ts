import type { CaseData } from '../schemas/case.ts';
import type { Initiative } from '../schemas/cooperation.ts';
import type { Recommendation } from '../schemas/recommendation.ts';
import {
  AGREEMENT_LEVELS,
  COOPERATION_FIELDS,
  RECOMMENDATION_THEMES,
  type AgreementLevel,
  type CooperationField,
  type RecommendationTheme,
} from '../schemas/vocabulary.ts';
import { caseTitle, type CaseEntry } from './casebook.ts';
import { resolveCrossReferences, type CrossReference } from './cross-references.ts';

/** One column of the comparison: a case. */
export interface CaseColumn {
  slug: string;
  title: string;
  data: CaseData;
}

/** A row of the comparison: one cell per case, `null` where the case does not cover the row. */
export interface ComparisonRow<K, T> {
  key: K;
  cells: (T[] | null)[];
}

/** Everything the comparison page shows, derived from the case files alone. */
export interface Comparison {
  columns: CaseColumn[];
  /** The ladder, lowest rung first, with the cases standing on each rung, and the cases on none. */
  ladder: Ladder;
  /** Cooperation fields that at least one case covers, in vocabulary order. */
  fields: ComparisonRow<CooperationField, Initiative>[];
  /** Recommendation themes that at least one case uses, in vocabulary order. */
  themes: ComparisonRow<RecommendationTheme, Recommendation>[];
  /** Every cross-reference between the cases. */
  crossReferences: CrossReference[];
}

/** Position of a level on the agreement ladder, 1 for the lowest rung. */
export const ladderRank = (level: AgreementLevel) => AGREEMENT_LEVELS.indexOf(level) + 1;

function rows<K extends string, T>(
  keys: readonly K[],
  columns: CaseColumn[],
  itemsOf: (data: CaseData, key: K) => T[],
): ComparisonRow<K, T>[] {
  return keys
    .map((key) => ({
      key,
      cells: columns.map((col) => {
        const items = itemsOf(col.data, key);
        return items.length > 0 ? items : null;
      }),
    }))
    .filter((row) => row.cells.some((cell) => cell !== null));
}

/** One rung of the agreement ladder, with the cases standing on it. */
export interface LadderRung {
  level: AgreementLevel;
  /** 1 for the lowest rung. */
  rank: number;
  cases: CaseColumn[];
}

/**
 * The agreement ladder of the Daejeon–Tangerang Selatan thesis with the cases whose own sources place
 * them on a rung, and, beside it and unranked, the cases whose sources place them on none.
 */
export interface Ladder {
  rungs: LadderRung[];
  unplaced: CaseColumn[];
}

/** Every rung of the agreement ladder, lowest first, with the given cases placed on theirs. */
export function agreementLadder(columns: readonly CaseColumn[]): Ladder {
  return {
    rungs: AGREEMENT_LEVELS.map((level) => ({
      level,
      rank: ladderRank(level),
      cases: columns.filter((col) => col.data.agreement.level === level),
    })),
    unplaced: columns.filter((col) => col.data.agreement.level === 'not-stated'),
  };
}

/** Builds the side-by-side comparison of the given cases, in the order given. */
export function compareCases(cases: readonly CaseEntry[]): Comparison {
  const columns = cases.map((c) => ({ slug: c.slug, title: caseTitle(c.data), data: c.data }));
  return {
    columns,
    ladder: agreementLadder(columns),
    fields: rows(COOPERATION_FIELDS, columns, (data, field) =>
      data.fields.filter((entry) => entry.field === field).flatMap((entry) => entry.initiatives),
    ),
    themes: rows(RECOMMENDATION_THEMES, columns, (data, theme) =>
      data.recommendations.filter((rec) => rec.theme === theme),
    ),
    crossReferences: resolveCrossReferences(cases),
  };
}
