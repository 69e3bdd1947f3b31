import type { z } from 'astro/zod';
import { CaseSchema, type CaseData } from '../schemas/case.ts';
import { DatasetSchema, type Dataset } from '../schemas/dataset.ts';
import { RedirectsSchema, type Redirects } from '../schemas/redirects.ts';
import { GlossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';
import { parseContentFiles, type ContentFile, type ParsedFile } from './content-files.ts';
import {
  brokenCharacterProblems,
  conceptProblems,
  crossReferenceProblems,
  locatorChapterProblems,
  questionProblems,
  withReferences,
} from './content-rules.ts';
import { dictionaryProblems, type Dictionaries } from './dictionary-problems.ts';
import { idNamespaceProblems } from './id-namespace.ts';
import { sharedEntityProblems } from './shared-entities.ts';
import { formerFindingRedirects } from './finding-page.ts';
import { parseYaml } from './frontmatter.ts';
import { pagePaths } from './pages.ts';
import { PATHS } from './routes.ts';
import { emptyFileProblem, problemsFromZod, type Problem } from './problems.ts';
import { redirectProblems } from './redirect-rules.ts';
import { sourceTextProblems } from './source-check.ts';

/** The text files of the source chapters the cases draw on, by file name. */
export interface SourceTexts {
  /** Where they are read from, as shown in messages. */
  folder: string;
  texts: ReadonlyMap<string, string>;
  /** Texts that are there but could not be read (not UTF-8), with the problem, by file name. */
  unreadable: ReadonlyMap<string, Problem>;
}

/** Every file the casebook is built from, as read from disk. */
export interface CasebookFiles {
  cases: ContentFile[];
  glossary: ContentFile[];
  /**
   * The slug of every case and glossary file there is, readable or not: a reference to a file that
   * has problems of its own is not also reported as a reference to nothing.
   */
  present: { cases: string[]; glossary: string[] };
  /** `dataset.yaml`, or `undefined` when it is missing (then `datasetPath` says where it belongs). */
  dataset: ContentFile | undefined;
  datasetPath: string;
  /** `redirects.yaml`, which is optional. */
  redirects: ContentFile | undefined;
  sources: SourceTexts;
  /** Files that could not be read as text (not UTF-8), each with its problem. */
  unreadable: Problem[];
}

/** A case that passed its schema, with the slug taken from its file name. */
export interface ValidCase {
  slug: string;
  file: string;
  data: CaseData;
}

/** Everything the casebook's content holds, plus every problem found in it. */
export interface CasebookReport {
  cases: ValidCase[];
  glossary: Map<string, GlossaryEntry>;
  dataset: Dataset | undefined;
  redirects: Redirects;
  problems: Problem[];
  /** What could not be checked and why (a source text that is not there), for the check's output. */
  notices: string[];
}

/**
 * Parses one YAML file against a schema: its data and where each field is, or its problems. A file
 * with no data (empty, or comments only) is `whenEmpty`, or a problem where that is not given.
 */
function parseYamlFile<T>(
  file: ContentFile,
  schema: z.ZodType<T>,
  whenEmpty?: unknown,
): { data?: T; lineOf?: ParsedFile['lineOf']; problems: Problem[] } {
  const parsed = parseYaml(file.file, file.text);
  if (Array.isArray(parsed)) return { problems: parsed };
  if (parsed.data == null && whenEmpty === undefined) return { problems: [emptyFileProblem(file.file)] };
  const result = schema.safeParse(parsed.data ?? whenEmpty, { reportInput: true });
  return result.success
    ? { data: result.data, lineOf: parsed.lineOf, problems: [] }
    : { problems: problemsFromZod(file.file, result.error, parsed.lineOf, parsed.data) };
}

/**
 * Runs a check on one file, turning anything it throws into a problem of that file: one strange
 * file never stops the check or hides the problems of the others.
 */
function guarded(file: string, check: () => Problem[]): Problem[] {
  try {
    return check();
  } catch (error) {
    return [
      {
        file,
        path: '',
        message: `could not be checked: ${error instanceof Error ? error.message : String(error)}`,
        hint: 'compare the file with content/cases/bandung-seoul.mdx: something in it is far from the usual shape',
      },
    ];
  }
}

/** Applies a schema to parsed files: the valid ones, and the problems of the others. */
function applySchema<T>(files: readonly ParsedFile[], schema: z.ZodType<T>) {
  const valid: (ParsedFile & { value: T })[] = [];
  const problems: Problem[] = [];
  for (const file of files)
    problems.push(
      ...guarded(file.file, () => {
        const result = schema.safeParse(file.data, { reportInput: true });
        if (!result.success) return problemsFromZod(file.file, result.error, file.lineOf, file.data);
        valid.push({ ...file, value: result.data });
        return [];
      }),
    );
  return { valid, problems };
}

/**
 * The one validation of the casebook: every case and glossary file against its schema, every rule
 * that spans files, each case against the text of its source chapter, `dataset.yaml`,
 * `redirects.yaml` and the UI dictionaries. Reports every problem of every file in one run, the
 * cross-file ones of files that also fail their schema included. `npm run check`, the build, the dev
 * server and the search index all take their content from it.
 */
export function validateCasebook(files: CasebookFiles, dictionaries?: Dictionaries): CasebookReport {
  const problems: Problem[] = [...files.unreadable];
  const notices: string[] = [];

  const glossaryFiles = parseContentFiles(files.glossary, 'glossary');
  const caseFiles = parseContentFiles(files.cases, 'cases');
  problems.push(...glossaryFiles.problems, ...caseFiles.problems);

  for (const file of [...glossaryFiles.parsed, ...caseFiles.parsed])
    problems.push(...guarded(file.file, () => brokenCharacterProblems(file)));

  const glossaryResult = applySchema(glossaryFiles.parsed, GlossaryEntrySchema);
  const glossary = new Map(glossaryResult.valid.map((entry) => [entry.slug, entry.value]));
  const caseResult = applySchema(caseFiles.parsed, CaseSchema);
  problems.push(...glossaryResult.problems, ...caseResult.problems);

  const cases: ValidCase[] = caseResult.valid.map(({ slug, file, value }) => ({ slug, file, data: value }));
  for (const c of caseResult.valid) {
    problems.push(...guarded(c.file, () => locatorChapterProblems(c, c.value)));
    const sourceText = files.sources.texts.get(c.value.source.file);
    const unreadableSource = files.sources.unreadable.get(c.value.source.file);
    if (sourceText !== undefined)
      problems.push(...guarded(c.file, () => sourceTextProblems(c.file, c.value, sourceText, c.lineOf)));
    else if (unreadableSource)
      problems.push({
        file: c.file,
        line: c.lineOf(['source', 'file']),
        path: 'source.file',
        message: `its source text ${unreadableSource.file} cannot be read: ${unreadableSource.message}`,
        hint: unreadableSource.hint ?? 'save the source text as UTF-8',
      });
    else
      notices.push(
        `${c.file}: its source text ${c.value.source.file} is not in ${files.sources.folder || 'the sources folder'}, so its locators and evidence were not looked up in it`,
      );
  }

  const withRefs = caseFiles.parsed.flatMap((file) => {
    let refs: ReturnType<typeof withReferences> = [];
    problems.push(...guarded(file.file, () => ((refs = withReferences([file])), [])));
    return refs;
  });
  problems.push(
    ...idNamespaceProblems(withRefs, glossaryFiles.parsed),
    ...sharedEntityProblems(withRefs),
    ...conceptProblems(withRefs, files.present.glossary),
    ...questionProblems(withRefs),
    ...crossReferenceProblems(withRefs, files.present.cases),
  );

  let dataset: Dataset | undefined;
  if (files.unreadable.some((p) => p.file === files.datasetPath)) {
    // Already reported as not UTF-8.
  } else if (files.dataset) {
    const result = parseYamlFile(files.dataset, DatasetSchema);
    dataset = result.data;
    problems.push(...result.problems);
  } else
    problems.push({
      file: files.datasetPath,
      path: '',
      message: 'missing dataset.yaml',
      hint: 'copy content/dataset.yaml: it gives the version and the licence',
    });

  let redirects: Redirects = [];
  if (files.redirects) {
    const { file } = files.redirects;
    // An empty redirects.yaml (or one of comments only) moves nothing.
    const result = parseYamlFile(files.redirects, RedirectsSchema, []);
    problems.push(...result.problems);
    if (result.data && result.lineOf) {
      // A case whose file has problems of its own still has its page: pointing there is not a problem.
      const livePaths = [...pagePaths(cases), ...files.present.cases.map(PATHS.case)];
      const found = guarded(file, () => redirectProblems(file, result.data!, result.lineOf!, livePaths));
      problems.push(...found);
      // Only a sound list of redirects is published: a bad one never reaches the build.
      if (found.length === 0) redirects = result.data;
    }
  }

  // Renamed findings' pages forward to the finding's page now, as moved pages do.
  redirects = [...redirects, ...formerFindingRedirects(cases)];

  problems.push(...dictionaryProblems(dictionaries));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { cases, glossary, dataset, redirects, problems, notices };
}
