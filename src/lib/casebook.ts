import type { CaseData } from '../schemas/case.ts';
import type { LocalizedText } from '../schemas/localized.ts';
import type { CooperationField } from '../schemas/vocabulary.ts';
import { findingsOf } from './findings.ts';

/** A case as pages use it: its slug (file name) and its validated data. */
export interface CaseEntry {
  slug: string;
  data: CaseData;
}

/** A resolved cross-reference from a recommendation of one case to another case. */
export interface CaseLink {
  from: { slug: string; title: string; findingId: string; locator: string };
  to: { slug: string; title: string; cityName?: string; field?: CooperationField };
  /** Whether the target case's own data lists any initiative in the field pointed at. */
  targetCoversField?: boolean;
  note?: LocalizedText;
}

/** The title of a case: its two cities, joined by an en dash. */
export function caseTitle(data: Pick<CaseData, 'cities'>): string {
  return data.cities.map((city) => city.name).join('–');
}

/** Cases in a stable reading order: by title. */
export function sortCases<T extends CaseEntry>(cases: readonly T[]): T[] {
  return [...cases].sort((a, b) => caseTitle(a.data).localeCompare(caseTitle(b.data), 'en'));
}

/** The name of a city of a case, by its id. */
export function cityName(data: Pick<CaseData, 'cities'>, cityId: string): string | undefined {
  return data.cities.find((city) => city.id === cityId)?.name;
}

/**
 * Resolves every cross-reference in every case. Throws when one points at a case or city that does
 * not exist, so that a broken link can never be published.
 */
export function resolveCaseLinks(cases: readonly CaseEntry[]): CaseLink[] {
  const bySlug = new Map(cases.map((c) => [c.slug, c]));
  return cases.flatMap((source) =>
    source.data.recommendations.flatMap((rec) =>
      rec.refersTo.map((ref): CaseLink => {
        const target = bySlug.get(ref.case);
        if (!target)
          throw new Error(`${source.slug}: recommendation ${rec.id} refers to unknown case "${ref.case}"`);
        const name = ref.city ? cityName(target.data, ref.city) : undefined;
        if (ref.city && !name)
          throw new Error(
            `${source.slug}: recommendation ${rec.id} refers to unknown city "${ref.city}" of "${ref.case}"`,
          );
        return {
          from: { slug: source.slug, title: caseTitle(source.data), findingId: rec.id, locator: rec.locator },
          to: {
            slug: target.slug,
            title: caseTitle(target.data),
            ...(name ? { cityName: name } : {}),
            ...(ref.field ? { field: ref.field } : {}),
          },
          ...(ref.field ? { targetCoversField: target.data.fields.some((f) => f.field === ref.field) } : {}),
          ...(ref.note ? { note: ref.note } : {}),
        };
      }),
    ),
  );
}

/** The slug of the case page each finding is on, by finding id. */
export function findingPages(cases: readonly CaseEntry[]): Map<string, string> {
  return new Map(cases.flatMap(({ slug, data }) => findingsOf(data).map((f) => [f.id, slug] as const)));
}

/** The cases before and after one case in reading order, for previous/next links. */
export function neighbours<T extends CaseEntry>(
  cases: readonly T[],
  slug: string,
): { previous?: T; next?: T } {
  const i = cases.findIndex((c) => c.slug === slug);
  const previous = i > 0 ? cases[i - 1] : undefined;
  const next = i >= 0 && i < cases.length - 1 ? cases[i + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
