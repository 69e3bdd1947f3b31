import type { CslItem } from './citation.ts';

/**
 * BibTeX and BibLaTeX for the casebook's citations, written here rather than by citation-js so that
 * every field lands where reference managers read it (checked against Zotero's BibTeX importer):
 * a page is `@online` with its website in `booktitle`, a thesis is `@phdthesis` (BibTeX) or
 * `@thesis` (BibLaTeX) with a `type` field, so that no style prints "PhD thesis", which no source
 * states. Values are UTF-8, with the characters TeX treats as commands escaped.
 */

/** Characters TeX reads as commands, and what stands for each in a field value. */
const TEX_SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** A value for a field: special characters escaped, line breaks and runs of spaces made one space. */
export const texValue = (value: string) =>
  value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&#_$^~]/g, (c) => TEX_SPECIAL[c]!);

/** The month names BibTeX styles know (`month = nov`). */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

type Dialect = 'bibtex' | 'biblatex';

const ENTRY_TYPES: Record<Dialect, Record<CslItem['type'], string>> = {
  bibtex: { webpage: 'online', dataset: 'misc', thesis: 'phdthesis' },
  biblatex: { webpage: 'online', dataset: 'dataset', thesis: 'thesis' },
};

/**
 * How a field's value is written: `text` braced and escaped, `protected` in double braces as well
 * (its capitals kept), `names` with each name in braces of its own (a group's name is one name, not
 * a family and given name), `macro` bare (`month = nov`), `url` braced with only braces, percent
 * signs and backslashes escaped.
 */
type FieldKind = 'text' | 'protected' | 'names' | 'macro' | 'url';
type Field = [name: string, value: string | readonly string[] | undefined, kind: FieldKind];

/** The fields of one entry, in the order they are written; an `undefined` value leaves a field out. */
function fieldsOf(item: CslItem, dialect: Dialect): Field[] {
  const [year, month, day] = item.issued?.['date-parts'][0] ?? [];
  const pad = (n: number) => String(n).padStart(2, '0');
  const date =
    year === undefined
      ? undefined
      : [String(year), ...(month ? [pad(month)] : []), ...(month && day ? [pad(day)] : [])].join('-');
  const thesis = item.type === 'thesis';
  const dates: Field[] =
    dialect === 'bibtex'
      ? [
          ['year', year === undefined ? undefined : String(year), 'text'],
          ['month', month === undefined ? undefined : MONTHS[month - 1], 'macro'],
        ]
      : [['date', date, 'text']];
  return [
    ['author', item.author?.map((a) => a.literal), 'names'],
    ['title', item.title, 'protected'],
    ['booktitle', item['container-title'], 'protected'],
    [thesis ? (dialect === 'bibtex' ? 'school' : 'institution') : 'publisher', item.publisher, 'text'],
    ['type', thesis ? item.genre : undefined, 'text'],
    ...dates,
    ['version', dialect === 'biblatex' ? item.version : undefined, 'text'],
    ['url', item.URL, 'url'],
    ['language', item.language, 'text'],
    ['note', item.note, 'text'],
  ];
}

function written(value: string | readonly string[], kind: FieldKind): string {
  if (typeof value !== 'string') return `{${value.map((name) => `{${texValue(name)}}`).join(' and ')}}`;
  switch (kind) {
    case 'macro':
      return value;
    case 'url':
      return `{${value.replace(/[{}%\\]/g, (c) => `\\${c}`)}}`;
    case 'protected':
      return `{{${texValue(value)}}}`;
    default:
      return `{${texValue(value)}}`;
  }
}

/** One entry, the cited item's key first. */
function entry(item: CslItem, dialect: Dialect): string {
  const lines = fieldsOf(item, dialect).flatMap(([name, value, kind]) =>
    value === undefined ? [] : [`\t${name} = ${written(value, kind)},`],
  );
  return [`@${ENTRY_TYPES[dialect][item.type]}{${item['citation-key']},`, ...lines, '}'].join('\n');
}

/** Items as a BibTeX or BibLaTeX file: one entry each, the cited item first. */
export const bibtexFile = (items: readonly CslItem[], dialect: Dialect) =>
  items.map((item) => entry(item, dialect)).join('\n\n') + '\n';
