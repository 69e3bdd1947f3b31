import { Slug } from '../schemas/identifiers.ts';
import { parseFrontmatter, parseYaml, type ParsedYaml } from './frontmatter.ts';
import { mdxBodyProblems } from './mdx-body.ts';
import { emptyFileProblem, type Problem } from './problems.ts';

/** A content file as read from disk. */
export interface ContentFile {
  /** Path shown in messages, relative to the project. */
  file: string;
  /** The file's text. */
  text: string;
}

/** The byte offset of the first sequence that is not valid UTF-8, or -1 when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
    if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** Whether bytes look like UTF-16: a UTF-16 byte order mark, or a NUL in every other byte or so. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  let nul = 0;
  for (const byte of bytes) if (byte === 0) nul += 1;
  return bytes.length > 0 && nul / bytes.length > 0.1;
}

/**
 * A content file's text from its bytes: UTF-8, with any byte order mark dropped (Windows editors
 * write one) and every line end made a line feed (Windows' CRLF, old Macs' CR). A file saved as
 * UTF-16, or bytes that are not UTF-8 (a file saved as Windows-1252 by Word), are one problem of
 * that file, not a string of follow-on errors.
 */
export function decodeContentFile(file: string, bytes: Uint8Array): ContentFile | Problem {
  const hint =
    'save the file as UTF-8 (in Word: Save As, Plain Text, encoding Unicode (UTF-8); in Notepad: Save As, Encoding UTF-8)';
  if (looksLikeUtf16(bytes))
    return { file, line: 1, path: '', message: 'the file is saved as UTF-16, not UTF-8', hint };
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    let line = 1;
    // A line ends at LF, or at a CR not followed by LF (old Mac files).
    for (let i = 0; i < invalid; i++)
      if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line += 1;
    return {
      file,
      line,
      path: '',
      message: `not UTF-8 (line ${line}): byte 0x${bytes[invalid]!.toString(16).toUpperCase().padStart(2, '0')} is in another encoding, such as Windows-1252`,
      hint: `${hint}; the character on that line is the first one that is not`,
    };
  }
  const text = new TextDecoder('utf-8', { ignoreBOM: true })
    .decode(bytes)
    .replace(/^\uFEFF+/, '')
    .replace(/\r\n?/g, '\n');
  return { file, text };
}

/** What each content folder holds. */
export const CONTENT_KINDS = {
  cases: { extension: '.mdx', what: 'a case file' },
  glossary: { extension: '.yaml', what: 'a glossary entry' },
} as const;
export type ContentKind = keyof typeof CONTENT_KINDS;

/** The slug of a content file: its name without folder or extension. */
export const slugOf = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

/** A content file after parsing its YAML, valid or not. */
export interface ParsedFile {
  file: string;
  slug: string;
  data: unknown;
  lineOf: ParsedYaml['lineOf'];
}

function fileNameProblems(file: string, kind: ContentKind): Problem[] {
  const { extension, what } = CONTENT_KINDS[kind];
  if (!file.endsWith(extension))
    return [
      {
        file,
        path: '',
        message: `not ${what}: files in this folder end in ${extension}`,
        hint: 'move the file elsewhere or convert it',
      },
    ];
  if (!Slug.safeParse(slugOf(file)).success)
    return [
      {
        file,
        path: '',
        message: `the file name "${slugOf(file)}" is not a valid slug`,
        hint: 'rename it in kebab-case, e.g. "bandung-seoul.mdx"',
      },
    ];
  return [];
}

/**
 * Checks the names of the files of one folder and parses each: a glossary entry as YAML, a case as
 * YAML frontmatter above an MDX body. Returns what parsed and every problem on the way.
 */
export function parseContentFiles(
  files: readonly ContentFile[],
  kind: ContentKind,
): { parsed: ParsedFile[]; problems: Problem[] } {
  const parsed: ParsedFile[] = [];
  const problems: Problem[] = [];
  for (const { file, text } of files) {
    const nameProblems = fileNameProblems(file, kind);
    if (nameProblems.length > 0) {
      problems.push(...nameProblems);
      continue;
    }
    if (kind === 'glossary') {
      const result = parseYaml(file, text);
      if (Array.isArray(result)) problems.push(...result);
      else if (result.data == null) problems.push(emptyFileProblem(file));
      else parsed.push({ file, slug: slugOf(file), data: result.data, lineOf: result.lineOf });
      continue;
    }
    const result = parseFrontmatter(file, text);
    if (Array.isArray(result)) {
      problems.push(...result);
      continue;
    }
    problems.push(...mdxBodyProblems(file, result.body, result.bodyLine));
    parsed.push({ file, slug: slugOf(file), data: result.data, lineOf: result.lineOf });
  }
  return { parsed, problems };
}
