import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { FieldPath } from './field-path.ts';
import { emptyFileProblem, type Problem } from './problems.ts';

/** The parsed YAML of a content file, with a way to find the line of any field in it. */
export interface ParsedYaml {
  data: unknown;
  /** 1-based line in the whole file of the field at `path`, or of its nearest existing parent. */
  lineOf: (path: FieldPath) => number | undefined;
}

/**
 * The YAML library's messages that an editor would not understand, with what to say instead and
 * what to do. Any other message is shown as the library words it, with the general hint.
 */
const YAML_MESSAGES: [RegExp, (found: string) => string, string][] = [
  [
    /multiple documents/,
    () => 'a second YAML document starts here: a line "---" or "..." inside the data ends the first',
    'remove that line, or indent it as part of a text',
  ],
  [
    /Unresolved tag: (\S+)/,
    (tag) => `unknown YAML tag ${tag}`,
    'remove the tag (a word starting with "!"): write the value plainly',
  ],
  [
    /Maximum call stack size exceeded/,
    () => 'the data is nested far too deeply to be a case file',
    'compare the file with content/cases/bandung-seoul.mdx: something repeats inside itself',
  ],
  [
    /Excessive alias count/,
    () => 'YAML aliases (*name) expand into a huge value here',
    'write the values out instead of repeating anchors (&name) through aliases (*name)',
  ],
];
const GENERAL_YAML_HINT = 'check indentation, quotes and colons on that line (quote texts that contain ": ")';

function yamlProblem(file: string, line: number, raw: string): Problem {
  const first = raw.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  for (const [pattern, message, hint] of YAML_MESSAGES) {
    const match = pattern.exec(first);
    if (match) return { file, line, path: '', message: `YAML error: ${message(match[1] ?? '')}`, hint };
  }
  return { file, line, path: '', message: `YAML error: ${first}`, hint: GENERAL_YAML_HINT };
}

/** Parses YAML text that starts at line `firstLine` of `file`; returns the data or the problems. */
export function parseYaml(file: string, text: string, firstLine = 1): ParsedYaml | Problem[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const at = (pos: { line: number } | undefined) => (pos?.line ?? 1) + firstLine - 1;
  // Only the first YAML error is reported: later ones are usually knock-on effects of it. A tag the
  // library does not know is a warning to it, and an error here: the value would be read as text.
  const [err] = [...doc.errors, ...doc.warnings];
  if (err) return [yamlProblem(file, at(err.linePos?.[0]), err.message)];
  let data: unknown;
  try {
    // An alias may stand for a large node; many of them expand into a huge value (an "alias bomb").
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return [yamlProblem(file, firstLine, error instanceof Error ? error.message : String(error))];
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

const FRONTMATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

/** A line of YAML data at the left margin (`key: value`), as no MDX body of a case file has. */
const YAML_KEY_LINE = /^[A-Za-z_][\w-]*:(?:[ \t]|$)/;

/** Splits an MDX file into its YAML frontmatter (parsed) and its body, which starts at `bodyLine`. */
export function parseFrontmatter(
  file: string,
  text: string,
): (ParsedYaml & { body: string; bodyLine: number }) | Problem[] {
  if (text.trim() === '') return [emptyFileProblem(file)];
  const match = FRONTMATTER.exec(text);
  if (!match && /^---[ \t]*\n/.test(text))
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
  const closingLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  if (match[1] === undefined || match[1].trim() === '')
    return [
      {
        file,
        line: 1,
        path: '',
        message: 'the frontmatter is empty: there is no YAML data between the two "---" lines',
        hint: 'start from an existing case file',
      },
    ];
  const body = text.slice(match[0].length);
  const bodyLine = closingLine + 1;
  // A "---" line inside a text closes the frontmatter early: the rest of the data lands in the body.
  const strayData = body.split('\n').findIndex((line) => YAML_KEY_LINE.test(line));
  if (strayData >= 0)
    return [
      {
        file,
        line: closingLine,
        path: '',
        message: `the frontmatter ends here, at line ${closingLine}, but YAML data goes on at line ${bodyLine + strayData}`,
        hint: 'a line "---" inside a text closes the frontmatter: indent it like the rest of the text, or remove it',
      },
    ];
  const parsed = parseYaml(file, match[1], 2);
  if (Array.isArray(parsed)) return parsed;
  return { ...parsed, body, bodyLine };
}
