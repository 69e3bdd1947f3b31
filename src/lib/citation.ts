import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Source } from '../schemas/source.ts';

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

/** The name the casebook is cited under: its contributors, as a group. */
export const CASEBOOK_AUTHOR = 'Sister City Casebook contributors';
/** The casebook's name, the container of every page. */
export const CASEBOOK_TITLE = 'Sister City Casebook';

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
  };
}

/**
 * The thesis a case is drawn from. A title the excerpt does not give becomes a bracketed
 * description (`untitled`), as APA does for untitled works; an author or year it does not give is
 * left out, never guessed. Names stay as written (no split into given and family names).
 */
export function thesisItem(source: Source, untitled: string): CslItem {
  return {
    id: source.id,
    'citation-key': citationKey(source.id),
    type: 'thesis',
    genre: 'Thesis',
    title: source.title === 'not-stated' ? `[${untitled}]` : source.title,
    ...(source.author === 'not-stated' ? {} : { author: [{ literal: source.author }] }),
    ...(source.year === 'not-stated' ? {} : { issued: { 'date-parts': [[source.year]] as [[number]] } }),
    language: source.language,
  };
}

/** Joins the continuation lines citation-js's RIS output wraps at 70 characters. */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split(/\r?\n/)) {
    if (/^[A-Z][A-Z0-9] {2}- /.test(line) || line === '' || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] += line;
  }
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

const text = (value: unknown) => String(value).trim();

/**
 * Renders items with citation-js: APA and Harvard as text for the first item (the one cited), and
 * every item in the file formats, so that a reference manager imports the thesis alongside.
 */
export function renderCitation(items: CslItem[]): RenderedCitation {
  const all = new Cite(items);
  const first = new Cite(items.slice(0, 1));
  const bibliography = (template: string) =>
    text(first.format('bibliography', { format: 'text', template, lang: 'en-US' }));
  return {
    apa: bibliography('apa'),
    harvard: bibliography('harvard1'),
    bibtex: text(all.format('bibtex')) + '\n',
    biblatex: text(all.format('biblatex')) + '\n',
    ris: unwrapRis(String(all.format('ris')).replace(/^\n+/, '')),
    csl: JSON.stringify(items, null, 2) + '\n',
  };
}

/** APA text of one item alone (the thesis reference shown beside a citation). */
export function apaReference(item: CslItem): string {
  return text(new Cite([item]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }));
}
