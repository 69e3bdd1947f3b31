import { caseTitle, type CaseEntry } from '../lib/casebook.ts';
import {
  apaReference,
  casebookItem,
  renderCitation,
  thesisItem,
  type RenderedCitation,
} from '../lib/citation.ts';
import { PATHS } from '../lib/routes.ts';
import type { Language } from '../schemas/localized.ts';
import { t } from '../i18n/index.ts';
import { lastContentChange, loadDatasetInfo } from './dataset.ts';
import { pageUrl } from './site.ts';

/** Something the casebook offers a citation for: a case page or the comparison. */
export interface CiteTarget {
  /** Base name of its citation files, e.g. `daejeon-tangerang-selatan` or `compare`. */
  id: string;
  /** Language-neutral path of the cited page. */
  path: string;
  title: (lang: Language) => string;
  /** Content file whose last change dates the citation, relative to the content folder. */
  changedPath: string;
  /** The cases whose theses the citation names alongside. */
  cases: CaseEntry[];
}

/** The formats offered as files, with the file name each takes. */
export const CITATION_FILES = [
  { format: 'bibtex', file: (id: string) => `${id}.bib`, type: 'application/x-bibtex' },
  { format: 'biblatex', file: (id: string) => `${id}.biblatex.bib`, type: 'application/x-bibtex' },
  { format: 'ris', file: (id: string) => `${id}.ris`, type: 'application/x-research-info-systems' },
  { format: 'csl', file: (id: string) => `${id}.json`, type: 'application/vnd.citationstyles.csl+json' },
] as const;

/** Every citation target: each case page and the comparison page. */
export function citeTargets(cases: CaseEntry[]): CiteTarget[] {
  return [
    ...cases.map((entry) => ({
      id: entry.slug,
      path: PATHS.case(entry.slug),
      title: () => caseTitle(entry.data),
      changedPath: `cases/${entry.slug}.mdx`,
      cases: [entry],
    })),
    {
      id: 'compare',
      path: PATHS.compare,
      title: (lang: Language) => t(lang, 'compare.title'),
      changedPath: 'cases',
      cases,
    },
  ];
}

/** A target's citation in one language, with the APA reference of each thesis it rests on. */
export interface TargetCitation {
  rendered: RenderedCitation;
  lastChanged: string | undefined;
  theses: string[];
}

const cache = new Map<string, TargetCitation>();

/** Renders (once per build) the citation of a target in one language. */
export function citationOf(target: CiteTarget, lang: Language, site: URL | undefined): TargetCitation {
  const key = `${lang}:${target.id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const lastChanged = lastContentChange(target.changedPath);
  const theses = target.cases.map(({ data }) =>
    thesisItem(data.source, t(lang, 'cite.untitledThesis', { case: caseTitle(data) })),
  );
  const page = casebookItem({
    id: `casebook-${target.id}`,
    title: target.title(lang),
    url: pageUrl(lang, target.path, site),
    language: lang,
    version: loadDatasetInfo().version,
    lastChanged,
  });
  const citation = {
    rendered: renderCitation([page, ...theses]),
    lastChanged,
    theses: theses.map(apaReference),
  };
  cache.set(key, citation);
  return citation;
}
