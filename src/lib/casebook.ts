import type { CaseData } from '../schemas/case.ts';
import type { City } from '../schemas/city.ts';
import type { Language } from '../schemas/localized.ts';
import { t } from '../i18n/index.ts';

/** A case as pages use it: its slug (file name) and its validated data. */
export interface CaseEntry {
  slug: string;
  data: CaseData;
}

/** The title of a case: its two cities, joined by an en dash. */
export function caseTitle(data: Pick<CaseData, 'cities'>): string {
  return data.cities.map((city) => city.name).join('–');
}

/** A city with its country, as lists and captions name it: "Seoul (South Korea)". */
export const cityWithCountry = (lang: Language, city: Pick<City, 'name' | 'country'>) =>
  `${city.name} (${t(lang, `country.${city.country}`)})`;

/** Cases in a stable reading order: by title. */
export function sortCases<T extends CaseEntry>(cases: readonly T[]): T[] {
  return [...cases].sort((a, b) => caseTitle(a.data).localeCompare(caseTitle(b.data), 'en'));
}

/** The name of a city of a case, by its id. */
export function cityName(data: Pick<CaseData, 'cities'>, cityId: string): string | undefined {
  return data.cities.find((city) => city.id === cityId)?.name;
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
