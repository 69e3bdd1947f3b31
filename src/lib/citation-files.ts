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
