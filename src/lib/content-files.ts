import { Slug } from '../schemas/identifiers.ts';
import { parseFrontmatter, parseYaml, type ParsedYaml } from './frontmatter.ts';
import { mdxBodyProblems } from './mdx-body.ts';
import type { Problem } from './problems.ts';

/** A content file as read from disk. */
export interface ContentFile {
  /** Path shown in messages, relative to the project. */
  file: string;
  /** The file's text. */
  text: string;
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
