import type { CaseData } from '../schemas/case.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { type CaseEntry } from './casebook.ts';
import { toCsv } from './csv.ts';
import { findingsOf } from './findings.ts';

/** The columns of findings.csv, in order. */
export const FINDINGS_CSV_COLUMNS = [
  'case',
  'kind',
  'field',
  'status',
  'locator',
  'id',
  'url',
  'text_en',
  'text_id',
  'judgement',
  'evidence',
] as const;

/** What the data downloads say about themselves. */
export interface DatasetInfo extends Dataset {
  /** Date of the last change to the content (YYYY-MM-DD), or undefined where it is not recorded. */
  lastChanged: string | undefined;
}

/** cases.json: every case's structured data in both languages, the glossary, and the dataset's own facts. */
export function casesJson(
  cases: readonly CaseEntry[],
  glossary: ReadonlyMap<string, GlossaryEntry>,
  info: DatasetInfo,
  caseUrl: (slug: string) => string,
) {
  return {
    dataset: { version: info.version, lastChanged: info.lastChanged ?? null, licence: info.licence },
    cases: cases.map(({ slug, data }) => ({ slug, url: caseUrl(slug), data: data satisfies CaseData })),
    glossary: Object.fromEntries(glossary),
  };
}

/**
 * findings.csv: one row per finding of every case, with its locator, permalink and both texts, and
 * for a finding that judges (a status, an assessment, a city) the judgement and the source's words.
 */
export function findingsCsv(cases: readonly CaseEntry[], caseUrl: (slug: string) => string): string {
  const rows = cases.flatMap(({ slug, data }) =>
    findingsOf(data).map((f) => [
      slug,
      f.kind,
      f.field ?? '',
      f.status ?? '',
      f.locator,
      f.id,
      `${caseUrl(slug)}#${f.id}`,
      f.text.en,
      f.text.id,
      f.judgement?.value ?? '',
      f.judgement?.evidence ?? '',
    ]),
  );
  return toCsv(FINDINGS_CSV_COLUMNS, rows);
}
