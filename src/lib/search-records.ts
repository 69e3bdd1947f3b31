import type { GlossaryEntry } from '../schemas/glossary.ts';
import { LANGUAGES, type Language } from '../schemas/localized.ts';
import { caseTitle, sortCases, type CaseEntry } from './casebook.ts';
import { findingsOf } from './findings.ts';
import { FINDING_KINDS } from '../schemas/vocabulary.ts';
import type { UiKey } from '../i18n/index.ts';
import { PATHS } from './routes.ts';

/** What the search index holds for one thing a reader can land on: a finding, a case, a term. */
export interface SearchRecord {
  /** Where the result opens, anchor included, root-relative (Pagefind adds the base path). */
  url: string;
  /** The words the search matches. */
  content: string;
  language: Language;
  /** Shown with the result: its title (case and field), the case, its kind, the locator written out. */
  meta: { title: string; case?: string; kind: string; locator?: string };
  /** What results can be narrowed by: the case, and the kind of record. */
  filters: { case?: string[]; kind: string[] };
}

/** Looks up the UI strings the records need (`t`), passed in so that this module stays pure. */
export type RecordLabels = (lang: Language, key: UiKey) => string;

/** Which kinds of record the cases give: case summaries, the kinds of finding they hold, terms. */
const recordKinds = (cases: readonly CaseEntry[]): UiKey[] => {
  const present = new Set(cases.flatMap(({ data }) => findingsOf(data).map((finding) => finding.kind)));
  return [
    'search.kindCase',
    ...FINDING_KINDS.filter((kind) => present.has(kind)).map((kind) => `findingKind.${kind}` as const),
    'search.kindTerm',
  ];
};

/**
 * The values results can be filtered by in one language, exactly as the records carry them: every
 * case's title, and every kind of record the cases give (in page order).
 */
export function searchFilterValues(
  cases: readonly CaseEntry[],
  lang: Language,
  label: RecordLabels,
): { case: string[]; kind: string[] } {
  return {
    case: sortCases(cases).map(({ data }) => caseTitle(data)),
    kind: recordKinds(cases).map((key) => label(lang, key)),
  };
}

/**
 * Lists every record of the search index in every language: each case (its summary), each finding
 * (opening at its anchor on the case page) and each glossary term. One record per finding, rather
 * than one per page, so that a result leads straight to the finding and carries its case and kind.
 */
export function searchRecords(
  cases: readonly CaseEntry[],
  glossary: ReadonlyMap<string, GlossaryEntry>,
  href: (lang: Language, path: string) => string,
  label: RecordLabels,
  locator: (lang: Language, locator: string) => string,
): SearchRecord[] {
  return LANGUAGES.flatMap((lang) => [
    ...sortCases(cases).flatMap(({ slug, data }) => {
      const title = caseTitle(data);
      const page = href(lang, PATHS.case(slug));
      const caseKind = label(lang, 'search.kindCase');
      return [
        {
          url: page,
          content: data.summary[lang],
          language: lang,
          meta: { title, case: title, kind: caseKind },
          filters: { case: [title], kind: [caseKind] },
        },
        ...findingsOf(data).map((finding) => {
          const kind = label(lang, `findingKind.${finding.kind}`);
          const section = finding.field ? label(lang, `field.${finding.field}`) : kind;
          return {
            url: `${page}#${finding.id}`,
            content: finding.text[lang],
            language: lang,
            meta: {
              title: `${title}: ${section}`,
              case: title,
              kind,
              locator: locator(lang, finding.locator),
            },
            filters: { case: [title], kind: [kind] },
          };
        }),
      ];
    }),
    ...[...glossary.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en'))
      .map(([id, entry]) => {
        const kind = label(lang, 'search.kindTerm');
        return {
          url: `${href(lang, PATHS.glossary)}#${id}`,
          content: `${entry.term[lang]}. ${entry.definition[lang]}`,
          language: lang,
          meta: { title: entry.term[lang], kind },
          filters: { kind: [kind] },
        };
      }),
  ]);
}
