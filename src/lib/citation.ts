import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import idLocale from '../i18n/csl/id-ID.xml?raw';
import type { Source } from '../schemas/source.ts';
import { bibtexFile } from './bibtex.ts';
import { CASEBOOK_AUTHOR, CASEBOOK_TITLE } from './casebook-name.ts';
import { risFile } from './ris.ts';
import { citationText, type TextStyle } from './citation-text.ts';

// citation-js ships no Indonesian locale: the casebook's own (src/i18n/csl/id-ID.xml) gives the
// APA and Harvard texts on Indonesian pages their month names, "Diakses", "Tersedia di" and "t.t.".
/** The CSL locales the casebook adds to citation-js's, by name: what citeproc's texts depend on besides its own files. */
export const ADDED_LOCALES: Readonly<Record<string, string>> = { 'id-ID': idLocale };
const cslConfig = plugins.config.get('@csl') as { locales: { add(name: string, xml: string): void } };
for (const [name, xml] of Object.entries(ADDED_LOCALES)) cslConfig.locales.add(name, xml);

/** A CSL-JSON item, limited to the fields the casebook fills in. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage' | 'dataset' | 'thesis';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': [[number, number?, number?]] };
  URL?: string;
  language: string;
  version?: string;
  genre?: string;
  /** For a thesis: the institution, where the source states it. */
  publisher?: string;
  /** What the cited page rests on (the thesis, the finding's place in it), for a reference manager's note. */
  note?: string;
}

/** A citation in every format the casebook offers. */
export interface RenderedCitation {
  /** APA 7th edition, plain text. */
  apa: string;
  /** Harvard (Cite Them Right), plain text. */
  harvard: string;
  bibtex: string;
  biblatex: string;
  /** RIS with one line per tag (citation-js wraps at 70 characters; undone). */
  ris: string;
  /** CSL-JSON, pretty-printed. */
  csl: string;
}

/** A BibTeX-safe citation key from an id (citation-js rejects hyphens in keys). */
export const citationKey = (id: string) => id.replace(/[^A-Za-z0-9]+/g, '_');

const dateParts = (isoDate: string): [[number, number?, number?]] => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return [[y!, m, d]];
};

/** A page of the casebook as the cited item: by the casebook, dated by its last content change. */
export function casebookItem(page: {
  id: string;
  title: string;
  url: string;
  language: string;
  version: string;
  lastChanged: string | undefined;
  /** What the page rests on, in the page's language. */
  restsOn?: string;
}): CslItem {
  return {
    id: page.id,
    'citation-key': citationKey(page.id),
    type: 'webpage',
    title: page.title,
    'container-title': CASEBOOK_TITLE,
    author: [{ literal: CASEBOOK_AUTHOR }],
    ...(page.lastChanged ? { issued: { 'date-parts': dateParts(page.lastChanged) } } : {}),
    URL: page.url,
    language: page.language,
    version: page.version,
    ...(page.restsOn ? { note: page.restsOn } : {}),
  };
}

/**
 * The kind of work a thesis is, in the files: "Thesis", since neither source states a degree (a
 * reference manager's "PhD thesis" would be invented). The texts on a page name it in the page's
 * language (`CitationStyle.thesisGenre`).
 */
export const THESIS_GENRE = 'Thesis';

/**
 * The thesis a case is drawn from. A title the excerpt does not give becomes a bracketed
 * description (`untitled`), as APA does for untitled works; an author, year or institution it does
 * not give is left out, never guessed. Names stay as written (no split into given and family names).
 */
export function thesisItem(source: Source, untitled: string): CslItem {
  return {
    id: source.id,
    'citation-key': citationKey(source.id),
    type: 'thesis',
    genre: THESIS_GENRE,
    title: source.title === 'not-stated' ? `[${untitled}]` : source.title,
    ...(source.author === 'not-stated' ? {} : { author: [{ literal: source.author }] }),
    ...(source.year === 'not-stated' ? {} : { issued: { 'date-parts': [[source.year]] as [[number]] } }),
    ...(source.institution === 'not-stated' ? {} : { publisher: source.institution }),
    language: source.language,
  };
}

/** How the texts of a citation are written in one language of the site. */
export interface CitationStyle {
  /** The CSL locale: month names, "Accessed", "n.d.". */
  locale: string;
  /** What a thesis is called in that language, e.g. "Tugas akhir". */
  thesisGenre: string;
}

/** An item as the text styles see it: the thesis named in the page's language, no note. */
function forText(item: CslItem, style: CitationStyle): CslItem {
  const shown: CslItem = { ...item, ...(item.type === 'thesis' ? { genre: style.thesisGenre } : {}) };
  delete shown.note;
  return shown;
}

/** APA or Harvard text of one item, in the page's language. */
const bibliography = (item: CslItem, template: TextStyle, style: CitationStyle) =>
  citationText(forText(item, style), template, style.locale);

/**
 * Renders a citation: APA and Harvard as text for the first item (the one cited), in the page's
 * language, and every item in the file formats, so that a reference manager imports the thesis
 * alongside. The files carry the citation key where each manager keeps it (CSL-JSON: also in
 * `note` as "Citation Key: …", which Zotero moves to the item's Extra field).
 */
export function renderCitation(items: CslItem[], style: CitationStyle): RenderedCitation {
  const [cited] = items;
  if (!cited) throw new Error('a citation needs an item');
  const csl = items.map((item) => ({
    ...item,
    note: [`Citation Key: ${item['citation-key']}`, ...(item.note ? [item.note] : [])].join('\n'),
  }));
  return {
    apa: bibliography(cited, 'apa', style),
    harvard: bibliography(cited, 'harvard1', style),
    bibtex: bibtexFile(items, 'bibtex'),
    biblatex: bibtexFile(items, 'biblatex'),
    ris: risFile(items),
    csl: JSON.stringify(csl, null, 2) + '\n',
  };
}

/**
 * APA text of one item alone (the thesis reference shown beside a citation), in the page's
 * language. Every finding of a case rests on the same thesis: citeproc renders its reference once
 * (`citeprocText` keeps it), and every finding reuses it.
 */
export const apaReference = (item: CslItem, style: CitationStyle): string => bibliography(item, 'apa', style);
