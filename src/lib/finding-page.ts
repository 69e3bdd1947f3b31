import { t, type UiKey } from '../i18n/index.ts';
import type { Language } from '../i18n/locales.ts';
import { caseTitle, cityName, type CaseEntry } from './casebook.ts';
import { findingsOf, type FlatFinding } from './findings.ts';
import { PATHS } from './routes.ts';
import { shorten } from './shorten.ts';

/**
 * Every finding has a page of its own (`/findings/<id>/`): the address a reference manager saves
 * as that finding, and the one its "#id" link and Copy link button give. A case page's anchor only
 * names a place on the case's page: the page's metadata and a saved item would be the case's.
 */

/** A finding with the case it belongs to. */
export interface FindingEntry {
  entry: CaseEntry;
  finding: FlatFinding;
}

/** Every finding of every case, in case order and page order. */
export const findingEntries = (cases: readonly CaseEntry[]): FindingEntry[] =>
  cases.flatMap((entry) => findingsOf(entry.data).map((finding) => ({ entry, finding })));

/** The most characters of a finding's text that its title takes before it is cut. */
const TITLE_TEXT = 90;

/**
 * The title a finding is saved and cited under: its case, its id and its text (cut at a word where
 * long), e.g. "Bandung–Seoul, finding bs-ini-1: Bandung takes Seoul's restoration of …". Zotero
 * makes a short title of what stands before the first colon: here that names the finding, never
 * the case alone.
 */
export const findingTitle = (lang: Language, { entry, finding }: FindingEntry) =>
  t(lang, 'finding.citationTitle', {
    case: caseTitle(entry.data),
    id: finding.id,
    text: shorten(finding.text[lang], TITLE_TEXT),
  });

/** The most characters of a finding's text that a reference to it shows. */
export const LABEL_TEXT = 70;

/**
 * How a page refers to a finding in running text: its kind and the start of its text, e.g.
 * "Obstacle: About a year in, the cooperation had met no significant obstacle." The id stays the
 * link's target, not its text.
 */
export const findingLabel = (lang: Language, { finding }: FindingEntry) =>
  `${t(lang, `findingKind.${finding.kind}`)}: ${shorten(finding.text[lang], LABEL_TEXT)}`;

/** The heading of a finding's page: what kind of finding it is, its id and its case. */
export const findingHeading = (lang: Language, { entry, finding }: FindingEntry) =>
  t(lang, 'finding.heading', {
    kind: t(lang, `findingKind.${finding.kind}`),
    id: finding.id,
    case: caseTitle(entry.data),
  });

/** The judgement a finding makes, in words (a status, an assessment, a city), if it makes one. */
export function judgementLabel(lang: Language, { entry, finding }: FindingEntry): string | undefined {
  const value = finding.judgement?.value;
  if (value === undefined) return undefined;
  if (finding.status) return t(lang, `status.${finding.status}`);
  if (finding.kind === 'assessment') return t(lang, `assessment.${value}` as UiKey);
  return cityName(entry.data, value) ?? value;
}

/**
 * The pages of findings that were renamed: each former id's page forwards to the finding's page
 * now (its `formerIds` keep the case page's old anchors working the same way).
 */
export const formerFindingRedirects = (cases: readonly CaseEntry[]) =>
  findingEntries(cases).flatMap(({ finding }) =>
    (finding.formerIds ?? []).map((former) => ({
      from: PATHS.finding(former),
      to: PATHS.finding(finding.id),
    })),
  );
