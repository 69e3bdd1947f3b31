import { caseTitle, type CaseEntry } from '../lib/casebook.ts';
import {
  apaReference,
  casebookItem,
  renderCitation,
  thesisItem,
  type CslItem,
  type RenderedCitation,
} from '../lib/citation.ts';
import { findingsOf } from '../lib/findings.ts';
import { sourceEntries } from '../lib/sources.ts';
import { PATHS } from '../lib/routes.ts';
import type { Language } from '../schemas/localized.ts';
import { t } from '../i18n/index.ts';
import { lastContentChange, loadDatasetInfo } from './dataset.ts';
import { pageUrl } from './site.ts';
import { loadCases } from './casebook.ts';

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
  /** Content file whose last change dates the citation, relative to the content folder. */
  changedPath: string;
  /** The cases whose theses are cited alongside (or, for a thesis, the case it is read from). */
  cases: CaseEntry[];
}

/** The formats offered as files, with the file name each takes. */
export const CITATION_FILES = [
  { format: 'bibtex', file: (id: string) => `${id}.bib`, type: 'application/x-bibtex' },
  { format: 'biblatex', file: (id: string) => `${id}.biblatex.bib`, type: 'application/x-bibtex' },
  { format: 'ris', file: (id: string) => `${id}.ris`, type: 'application/x-research-info-systems' },
  { format: 'csl', file: (id: string) => `${id}.json`, type: 'application/vnd.citationstyles.csl+json' },
] as const;

/** Every citation target; throws if two would share their files' names. */
export function citeTargets(cases: CaseEntry[]): CiteTarget[] {
  const targets: CiteTarget[] = [
    ...cases.map((entry) => ({
      kind: 'page' as const,
      id: entry.slug,
      path: PATHS.case(entry.slug),
      title: () => caseTitle(entry.data),
      changedPath: `cases/${entry.slug}.mdx`,
      cases: [entry],
    })),
    {
      kind: 'page',
      id: 'compare',
      path: PATHS.compare,
      title: (lang) => t(lang, 'compare.title'),
      changedPath: 'cases',
      cases,
    },
    ...cases.flatMap((entry) =>
      findingsOf(entry.data).map((finding) => ({
        kind: 'finding' as const,
        id: finding.id,
        path: PATHS.case(entry.slug),
        title: (lang: Language) =>
          t(lang, 'cite.findingTitle', {
            case: caseTitle(entry.data),
            kind: t(lang, `findingKind.${finding.kind}`),
            id: finding.id,
          }),
        changedPath: `cases/${entry.slug}.mdx`,
        cases: [entry],
      })),
    ),
    // One thesis may be the source of several cases: one target per source.
    ...sourceEntries(cases).map(({ source, cases: from }) => {
      const entries = cases.filter((c) => from.some((f) => f.slug === c.slug));
      return {
        kind: 'thesis' as const,
        id: source.id,
        path: PATHS.source(source.id),
        title: () => entries.map((c) => caseTitle(c.data)).join('; '),
        changedPath: entries.length === 1 ? `cases/${entries[0]!.slug}.mdx` : 'cases',
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

let allTargets: Promise<Map<string, CiteTarget>> | undefined;

/** The citation target of a given id (a finding's, a case's…), computed once per build. */
export async function citeTargetById(id: string): Promise<CiteTarget> {
  allTargets ??= loadCases().then(
    (cases) => new Map(citeTargets(cases).map((target) => [target.id, target])),
  );
  const target = (await allTargets).get(id);
  if (!target) throw new Error(`no citation target "${id}"`);
  return target;
}

/** A target's citation in one language, with the APA reference of each thesis it rests on. */
export interface TargetCitation {
  rendered: RenderedCitation;
  lastChanged: string | undefined;
  /** APA references of the theses to cite too (none for a thesis itself). */
  theses: string[];
}

const cache = new Map<string, TargetCitation>();

function thesesOf(target: CiteTarget, lang: Language): CslItem[] {
  const seen = new Set<string>();
  return target.cases
    .filter(({ data }) => !seen.has(data.source.id) && seen.add(data.source.id))
    .map(({ data }) => thesisItem(data.source, t(lang, 'cite.untitledThesis', { case: caseTitle(data) })));
}

/** Renders (once per build) the citation of a target in one language. */
export function citationOf(target: CiteTarget, lang: Language, site: URL | undefined): TargetCitation {
  const key = `${lang}:${target.id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const lastChanged = lastContentChange(target.changedPath);
  const theses = thesesOf(target, lang);
  let citation: TargetCitation;
  if (target.kind === 'thesis') citation = { rendered: renderCitation(theses), lastChanged, theses: [] };
  else {
    const page = casebookItem({
      id: `casebook-${target.id}`,
      title: target.title(lang),
      url: pageUrl(lang, target.path, site) + (target.kind === 'finding' ? `#${target.id}` : ''),
      language: lang,
      version: loadDatasetInfo().version,
      lastChanged,
    });
    citation = { rendered: renderCitation([page, ...theses]), lastChanged, theses: theses.map(apaReference) };
  }
  cache.set(key, citation);
  return citation;
}
