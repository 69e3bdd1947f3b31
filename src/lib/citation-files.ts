import type { Language } from '../i18n/locales.ts';
import type { RenderedCitation } from './citation.ts';

/**
 * The citation files the casebook publishes under `/cite/`: one set per cited thing, named after its
 * id. The content check keeps those names apart (`id-namespace.ts`).
 */

/** The formats offered as files, with the file name each takes. */
export const CITATION_FILES = [
  { format: 'bibtex', file: (id: string) => `${id}.bib`, type: 'application/x-bibtex' },
  { format: 'biblatex', file: (id: string) => `${id}.biblatex.bib`, type: 'application/x-bibtex' },
  { format: 'ris', file: (id: string) => `${id}.ris`, type: 'application/x-research-info-systems' },
  { format: 'csl', file: (id: string) => `${id}.json`, type: 'application/vnd.citationstyles.csl+json' },
] as const;

/** The id of the comparison's citation target. */
export const COMPARISON_TARGET = 'compare';

/** The text of each file format of one citation. */
export type CitationFileTexts = Pick<RenderedCitation, (typeof CITATION_FILES)[number]['format']>;

/** The files of one cited thing in one language: each file's name and text. */
export const citationFilesOf = (id: string, texts: CitationFileTexts) =>
  CITATION_FILES.map(({ format, file }) => ({ name: file(id), text: texts[format] }));

/**
 * What a build hands from its pages to the casebook integration for the citation files. The pages
 * render every citation anyway (its texts are on them); the integration writes all the files in one
 * pass when the pages are done (`astro:build:done`), instead of one Astro route per file (about a
 * millisecond each: 15,600 files at 100 cases). Both run in the build's process but not in the same
 * module graph, hence `globalThis`.
 */
export interface CitationHandoff {
  /** Every citation target of the build, by id. */
  targets: Set<string>;
  /** Each target's file texts, by language and id. */
  rendered: Map<string, { lang: Language; id: string; texts: CitationFileTexts }>;
}

const HANDOFF = Symbol.for('sister-city-casebook.citation-files');

/** This process's handoff (created empty on first use). */
export function citationHandoff(): CitationHandoff {
  const shared = globalThis as { [HANDOFF]?: CitationHandoff };
  return (shared[HANDOFF] ??= { targets: new Set(), rendered: new Map() });
}

/** The key of a target's citation in one language. */
export const citationKeyOf = (lang: Language, id: string) => `${lang}:${id}`;
