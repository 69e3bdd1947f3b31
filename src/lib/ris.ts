import type { CslItem } from './citation.ts';

/**
 * RIS for the casebook's citations, written here so that every tag lands where reference managers
 * read it (checked against Zotero's RIS importer): a page is `ELEC` with its website in `T2`, a
 * thesis is `THES` with its type in `M3`, the citation key goes in `M2` as "Citation Key: …" (Zotero
 * keeps it in the item's Extra field and uses it on export), and what a page rests on in `N1`, a note.
 * One tag per line, never wrapped; CRLF line ends, as the RIS specification asks.
 */

const RIS_TYPES: Record<CslItem['type'], string> = { webpage: 'ELEC', dataset: 'DATA', thesis: 'THES' };

/** A value on one line: line breaks and runs of spaces made one space. */
const oneLine = (value: string) => value.replace(/\s+/g, ' ').trim();

function record(item: CslItem): string[] {
  const [year, month, day] = item.issued?.['date-parts'][0] ?? [];
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  const tags: [string, string | undefined][] = [
    ['TY', RIS_TYPES[item.type]],
    ['TI', item.title],
    ...(item.author ?? []).map((a): [string, string] => ['AU', a.literal]),
    ['T2', item['container-title']],
    ['PY', year === undefined ? undefined : String(year)],
    ['DA', year === undefined ? undefined : `${year}/${pad(month)}/${pad(day)}/`],
    ['M3', item.type === 'thesis' ? item.genre : undefined],
    ['PB', item.publisher],
    ['ET', item.version],
    ['UR', item.URL],
    ['LA', item.language],
    ['M2', `Citation Key: ${item['citation-key']}`],
    ['N1', item.note],
    ['ID', item['citation-key']],
    ['ER', ''],
  ];
  return tags.flatMap(([tag, value]) => (value === undefined ? [] : [`${tag}  - ${oneLine(value)}`]));
}

/** Items as an RIS file, the cited item first. */
export const risFile = (items: readonly CslItem[]) => items.flatMap(record).join('\r\n') + '\r\n';
