import { LOCALES, type Language } from '../i18n/locales.ts';
import { t } from '../i18n/index.ts';
import { caseTitle, type CaseEntry } from './casebook.ts';
import {
  apaReference,
  casebookItem,
  renderCitation,
  thesisItem,
  type CitationStyle,
  type CslItem,
  type RenderedCitation,
} from './citation.ts';
import { findingEntries, findingTitle } from './finding-page.ts';
import { latestDate } from './git-log.ts';
import { COMPARISON_TARGET } from './citation-files.ts';
import { locatorIn } from './locator.ts';
import { PATHS } from './routes.ts';
import { sourceEntries } from './sources.ts';

/**
 * Something the casebook offers a citation for: a page (a case, the comparison), one finding on a
 * case page, or a thesis itself (on its source page).
 */
export interface CiteTarget {
  kind: 'page' | 'finding' | 'thesis';
  /** Base name of its citation files: a case slug, `compare`, a finding id or a source id. */
  id: string;
  /** Language-neutral path of the page it is on. */
  path: string;
  title: (lang: Language) => string;
  /** The cases whose content dates the citation (the last change to any of them). */
  datedBy: string[];
  /** The cases whose theses are cited alongside (or, for a thesis, the case it is read from). */
  cases: CaseEntry[];
  /** For a finding: where in its thesis the finding is stated. */
  locator?: string;
}

/** Every citation target; throws if two would share their files' names. */
export function citeTargets(cases: readonly CaseEntry[]): CiteTarget[] {
  const targets: CiteTarget[] = [
    ...cases.map((entry) => ({
      kind: 'page' as const,
      id: entry.slug,
      path: PATHS.case(entry.slug),
      title: () => caseTitle(entry.data),
      datedBy: [entry.slug],
      cases: [entry],
    })),
    {
      kind: 'page',
      id: COMPARISON_TARGET,
      path: PATHS.compare,
      title: (lang) => t(lang, 'compare.title'),
      datedBy: cases.map((c) => c.slug),
      cases: [...cases],
    },
    ...findingEntries(cases).map((found) => ({
      kind: 'finding' as const,
      id: found.finding.id,
      path: PATHS.finding(found.finding.id),
      title: (lang: Language) => findingTitle(lang, found),
      datedBy: [found.entry.slug],
      cases: [found.entry],
      locator: found.finding.locator,
    })),
    // One thesis may be the source of several cases: one target per source.
    ...sourceEntries(cases).map(({ source, cases: from }) => {
      const entries = cases.filter((c) => from.some((f) => f.slug === c.slug));
      return {
        kind: 'thesis' as const,
        id: source.id,
        path: PATHS.source(source.id),
        title: () => entries.map((c) => caseTitle(c.data)).join('; '),
        datedBy: entries.map((c) => c.slug),
        cases: entries.slice(0, 1),
      };
    }),
  ];
  const ids = targets.map((target) => target.id);
  const clash = ids.find((id, i) => ids.indexOf(id) !== i);
  if (clash)
    throw new Error(`two citation targets are both called "${clash}": rename a finding, case or source`);
  return targets;
}

/** A target's citation in one language, with the APA reference of each thesis it rests on. */
export interface TargetCitation {
  rendered: RenderedCitation;
  lastChanged: string | undefined;
  /** APA references of the theses to cite too (none for a thesis itself). */
  theses: string[];
}

/** What a citation needs from the build: where pages are, the dataset's version, the content's dates. */
export interface CitationContext {
  /** The absolute URL of a page in one language. */
  url: (lang: Language, path: string) => string;
  version: string;
  /** The date of the last change to each case, by slug. */
  caseChanged: Readonly<Record<string, string>>;
}

/** How citations are written on pages in one language. */
export const citationStyle = (lang: Language): CitationStyle => ({
  locale: LOCALES[lang].cslLocale,
  thesisGenre: t(lang, 'cite.thesisGenre'),
});

function thesesOf(target: CiteTarget, lang: Language): CslItem[] {
  const seen = new Set<string>();
  return target.cases
    .filter(({ data }) => !seen.has(data.source.id) && seen.add(data.source.id))
    .map(({ data }) => thesisItem(data.source, t(lang, 'cite.untitledThesis', { case: caseTitle(data) })));
}

/** Renders the citation of a target in one language: the styles, the files, the theses to cite too. */
export function targetCitation(target: CiteTarget, lang: Language, context: CitationContext): TargetCitation {
  const lastChanged = latestDate(target.datedBy.map((slug) => context.caseChanged[slug]));
  const style = citationStyle(lang);
  const theses = thesesOf(target, lang);
  if (target.kind === 'thesis') return { rendered: renderCitation(theses, style), lastChanged, theses: [] };
  const references = theses.map((thesis) => apaReference(thesis, style));
  const page = casebookItem({
    id: `casebook-${target.id}`,
    title: target.title(lang),
    url: context.url(lang, target.path),
    language: lang,
    version: context.version,
    lastChanged,
    restsOn: target.locator
      ? t(lang, 'cite.findingRestsOn', {
          thesis: references.join('; '),
          locator: locatorIn(lang, target.locator),
        })
      : t(lang, 'cite.pageRestsOn', { theses: references.join('; ') }),
  });
  return { rendered: renderCitation([page, ...theses], style), lastChanged, theses: references };
}

/** The citation of each finding of a page, by finding id. */
export type FindingCitations = ReadonlyMap<string, TargetCitation>;
