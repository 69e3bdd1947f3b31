import {
  IMPLEMENTATION_STATUSES,
  type CooperationField,
  type ImplementationStatus,
} from '../schemas/vocabulary.ts';
import type { Comparison } from './compare.ts';

/**
 * The most cases whose every initiative and rung the home page names; above it the home page
 * counts (`fieldTally`, the ladder's counts) and leaves the names to /cases/ and /compare/, so its
 * first screen stays a summary however large the casebook grows.
 */
export const HOME_CASES_NAMED_MAX = 12;

/** One field across the casebook: how many cases take it up, and their initiatives by status. */
export interface FieldTally {
  field: CooperationField;
  /** Cases with at least one initiative in the field. */
  cases: number;
  /** Initiatives in the field at each status, every status present (zero where none). */
  initiatives: Record<ImplementationStatus, number>;
}

/** The comparison's fields, in its (vocabulary) order, counted: counts only, never a ranking. */
export function fieldTally(comparison: Pick<Comparison, 'fields'>): FieldTally[] {
  return comparison.fields.map(({ key, cells }) => {
    const initiatives = Object.fromEntries(IMPLEMENTATION_STATUSES.map((status) => [status, 0])) as Record<
      ImplementationStatus,
      number
    >;
    for (const initiative of cells.flatMap((cell) => cell ?? [])) initiatives[initiative.status]++;
    return { field: key, cases: cells.filter((cell) => cell !== null).length, initiatives };
  });
}

/** Whether any initiative of the tally stands at a status (a note on that status is then due). */
export const tallyHas = (tally: readonly FieldTally[], status: ImplementationStatus): boolean =>
  tally.some((row) => row.initiatives[status] > 0);
