import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { FieldPath } from './field-path.ts';
import type { Problem } from './problems.ts';

/** The parsed YAML of a content file, with a way to find the line of any field in it. */
export interface ParsedYaml {
  data: unknown;
  /** 1-based line in the whole file of the field at `path`, or of its nearest existing parent. */
  lineOf: (path: FieldPath) => number | undefined;
}

/** Parses YAML text that starts at line `firstLine` of `file`; returns the data or the problems. */
export function parseYaml(file: string, text: string, firstLine = 1): ParsedYaml | Problem[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  // Only the first YAML error is reported: later ones are usually knock-on effects of it.
  const [err] = doc.errors;
  if (err)
    return [
      {
        file,
        line: (err.linePos?.[0].line ?? 1) + firstLine - 1,
        path: '',
        message: `YAML error: ${err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        hint: 'check indentation, quotes and colons on that line (quote texts that contain ": ")',
      },
    ];
  let data: unknown;
  try {
    // An alias may stand for a large node; many of them expand into a huge value (an "alias bomb").
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return [
      {
        file,
        line: firstLine,
        path: '',
        message: `YAML error: ${error instanceof Error ? error.message : String(error)}`,
        hint: 'write the values out instead of repeating anchors (&name) through aliases (*name)',
      },
    ];
  }
  return { data, lineOf: (path) => lineIn(doc, counter, path, firstLine) };
}

/** How many alias expansions a file may make: plenty for a hand-written file, too few for a bomb. */
const MAX_ALIAS_COUNT = 100;

function lineIn(doc: Document, counter: LineCounter, path: FieldPath, firstLine: number) {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
  }
  return undefined;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into its YAML frontmatter (parsed) and its body, which starts at `bodyLine`. */
export function parseFrontmatter(
  file: string,
  text: string,
): (ParsedYaml & { body: string; bodyLine: number }) | Problem[] {
  if (text.trim() === '')
    return [
      { file, line: 1, path: '', message: 'the file is empty', hint: 'start from an existing case file' },
    ];
  const match = FRONTMATTER.exec(text);
  if (!match && /^---[ \t]*\r?\n/.test(text))
    return [
      {
        file,
        line: 1,
        path: '',
        message: 'the frontmatter is not closed: no line "---" after its YAML data',
        hint: 'add a line with only "---" where the YAML data ends and the MDX body begins',
      },
    ];
  if (!match)
    return [
      {
        file,
        line: 1,
        path: '',
        message: 'no frontmatter: a case file starts with "---", its YAML data, then "---"',
        hint: 'start from an existing case file',
      },
    ];
  const parsed = parseYaml(file, match[1]!, 2);
  if (Array.isArray(parsed)) return parsed;
  return { ...parsed, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
