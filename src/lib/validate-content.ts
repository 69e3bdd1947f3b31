import type { z } from 'astro/zod';
import { CaseSchema, type CaseData } from '../schemas/case.ts';
import { DatasetSchema } from '../schemas/dataset.ts';
import { RedirectsSchema } from '../schemas/redirects.ts';
import { GlossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { Slug } from '../schemas/identifiers.ts';
import { formatPath } from './field-path.ts';
import { parseFrontmatter, parseYaml, type ParsedYaml } from './frontmatter.ts';
import { mdxBodyProblems } from './mdx-body.ts';
import { problemsFromZod, type Problem } from './problems.ts';
import { referencesOf } from './references.ts';
import { sourceTextProblems } from './source-check.ts';

/** A content file as read from disk. */
export interface ContentFile {
  /** Path shown in messages, relative to the project. */
  file: string;
  /** The file's text. */
  text: string;
}

/** A case that passed its schema, with the slug taken from its file name. */
export interface ValidCase {
  slug: string;
  file: string;
  data: CaseData;
}

/** The text files of the source chapters the cases draw on, by file name. */
export interface SourceTexts {
  /** Where they are read from, as shown in messages. */
  folder: string;
  texts: ReadonlyMap<string, string>;
}

/** Everything the casebook's content holds, plus every problem found in it. */
export interface ContentReport {
  cases: ValidCase[];
  glossary: Map<string, GlossaryEntry>;
  problems: Problem[];
  /** What could not be checked and why (a source text that is not there), for the check's output. */
  notices: string[];
}

/** Parses a single YAML content file and checks it against a schema. */
function validateYamlFile(file: ContentFile, schema: z.ZodType): Problem[] {
  const parsed = parseYaml(file.file, file.text);
  if (Array.isArray(parsed)) return parsed;
  const result = schema.safeParse(parsed.data ?? null, { reportInput: true });
  return result.success ? [] : problemsFromZod(file.file, result.error, parsed.lineOf);
}

/** Validates `dataset.yaml` (the dataset's version and licence); `undefined` means it is missing. */
export function validateDataset(file: ContentFile | undefined, expectedPath: string): Problem[] {
  if (file) return validateYamlFile(file, DatasetSchema);
  const hint = 'copy content/dataset.yaml: it gives the version and the licence';
  return [{ file: expectedPath, path: '', message: 'missing dataset.yaml', hint }];
}

/** Validates `redirects.yaml` (moved pages), which is optional. */
export function validateRedirects(file: ContentFile | undefined): Problem[] {
  return file ? validateYamlFile(file, RedirectsSchema) : [];
}

/** What each content folder holds. */
export const CONTENT_KINDS = {
  cases: { extension: '.mdx', what: 'a case file' },
  glossary: { extension: '.yaml', what: 'a glossary entry' },
} as const;

/** The slug of a content file: its name without folder or extension. */
export const slugOf = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

function fileNameProblems(file: string, kind: keyof typeof CONTENT_KINDS): Problem[] {
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

/** A content file after parsing its YAML, valid or not. */
interface ParsedFile {
  file: string;
  slug: string;
  data: unknown;
  lineOf: ParsedYaml['lineOf'];
}

/**
 * Validates every case and glossary file, then the rules that span files: finding ids unique
 * across all cases, cross-references and concepts that resolve. Reports every problem in every
 * file in one run, including the cross-file ones of files that also fail their schema.
 */
export function validateContent(
  caseFiles: ContentFile[],
  glossaryFiles: ContentFile[],
  sources: SourceTexts = { folder: '', texts: new Map() },
): ContentReport {
  const problems: Problem[] = [];
  const notices: string[] = [];
  const glossaryFilesParsed = parseAll(glossaryFiles, 'glossary', problems);
  const caseFilesParsed = parseAll(caseFiles, 'cases', problems);
  const glossary = new Map<string, GlossaryEntry>();
  for (const { file, slug, data, lineOf } of glossaryFilesParsed) {
    const result = GlossaryEntrySchema.safeParse(data, { reportInput: true });
    if (result.success) glossary.set(slug, result.data);
    else problems.push(...problemsFromZod(file, result.error, lineOf));
  }
  const cases: ValidCase[] = [];
  for (const { file, slug, data, lineOf } of caseFilesParsed) {
    const result = CaseSchema.safeParse(data, { reportInput: true });
    if (!result.success) {
      problems.push(...problemsFromZod(file, result.error, lineOf));
      continue;
    }
    cases.push({ slug, file, data: result.data });
    const sourceText = sources.texts.get(result.data.source.file);
    if (sourceText !== undefined) problems.push(...sourceTextProblems(file, result.data, sourceText, lineOf));
    else
      notices.push(
        `${file}: its source text ${result.data.source.file} is not in ${sources.folder || 'the sources folder'}, so its locators and evidence were not looked up in it`,
      );
  }
  problems.push(...crossFileProblems(caseFilesParsed, glossary));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { cases, glossary, problems, notices };
}

/** Checks the names of the files of one kind and parses their YAML; problems go to `problems`. */
function parseAll(files: ContentFile[], kind: keyof typeof CONTENT_KINDS, problems: Problem[]): ParsedFile[] {
  return files.flatMap(({ file, text }) => {
    const nameProblems = fileNameProblems(file, kind);
    if (nameProblems.length > 0) return report(nameProblems);
    if (kind === 'glossary') {
      const parsed = parseYaml(file, text);
      return Array.isArray(parsed) ? report(parsed) : [{ file, slug: slugOf(file), ...parsed }];
    }
    const parsed = parseFrontmatter(file, text);
    if (Array.isArray(parsed)) return report(parsed);
    problems.push(...mdxBodyProblems(file, parsed.body, parsed.bodyLine));
    return [{ file, slug: slugOf(file), data: parsed.data, lineOf: parsed.lineOf }];
  });

  function report(found: Problem[]): ParsedFile[] {
    problems.push(...found);
    return [];
  }
}

function crossFileProblems(cases: ParsedFile[], glossary: Map<string, GlossaryEntry>): Problem[] {
  const problems: Problem[] = [];
  const withRefs = cases.map((c) => ({ ...c, refs: referencesOf(c.data) }));
  const citiesBySlug = new Map(withRefs.map((c) => [c.slug, c.refs.cityIds]));
  const firstSeen = new Map<string, { file: string; path: string }>();
  const allFindingIds = new Set(withRefs.flatMap((c) => c.refs.findingIds.map((f) => f.id)));
  for (const c of withRefs) {
    const at = (path: (string | number)[], message: string, hint: string): Problem => ({
      file: c.file,
      line: c.lineOf(path),
      path: formatPath(path),
      message,
      hint,
    });
    for (const { id, path } of c.refs.findingIds) {
      const first = firstSeen.get(id);
      if (!first) firstSeen.set(id, { file: c.file, path: formatPath(path) });
      else {
        const where = first.file === c.file ? `at ${first.path}` : `in ${first.file} at ${first.path}`;
        problems.push(
          at(
            path,
            `duplicate finding id "${id}" (also ${where})`,
            "ids are unique across all cases: give this finding a new id with its case's prefix",
          ),
        );
      }
    }
    for (const { id, path } of c.refs.concepts)
      if (!glossary.has(id))
        problems.push(
          at(
            path,
            `unknown glossary entry "${id}"`,
            `add content/glossary/${id}.yaml or use one of: ${[...glossary.keys()].join(', ')}`,
          ),
        );
    for (const { id, path } of c.refs.questionRefs)
      if (!allFindingIds.has(id))
        problems.push(
          at(path, `question rests on unknown finding "${id}"`, 'use the id of a finding in any case file'),
        );
    for (const { id, path } of c.refs.questionIds) {
      const first = firstSeen.get(id);
      if (first)
        problems.push(
          at(
            path,
            `question id "${id}" is already used (at ${first.file} ${first.path})`,
            'give each question its own id, e.g. "bs-q-2"',
          ),
        );
      else firstSeen.set(id, { file: c.file, path: formatPath(path) });
    }
    for (const ref of c.refs.caseRefs) {
      const cities = citiesBySlug.get(ref.case);
      if (!cities)
        problems.push(
          at(
            [...ref.path, 'case'],
            `cross-reference to unknown case "${ref.case}"`,
            `use the file name of a case in content/cases: ${[...citiesBySlug.keys()].join(', ')}`,
          ),
        );
      else if (ref.city && !cities.includes(ref.city))
        problems.push(
          at(
            [...ref.path, 'city'],
            `case "${ref.case}" has no city "${ref.city}"`,
            `use one of: ${cities.join(', ')}`,
          ),
        );
    }
  }
  return problems;
}
