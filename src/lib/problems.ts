import type { z } from 'astro/zod';
import { formatPath, type FieldPath } from './field-path.ts';
import { LOCALES, type Language } from '../i18n/locales.ts';

/** One thing wrong with a content file, located as precisely as the parsers allow. */
export interface Problem {
  /** Path of the file, relative to the project. */
  file: string;
  /** 1-based line in the file, where the parser gives one. */
  line?: number;
  /** Dotted path of the field, e.g. `outcomes.obstacles[0].text.id`; empty for the whole file. */
  path: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/**
 * What the fields a content editor most often leaves out are for, by name, so that a hint says why
 * the field is needed. A field not listed gets a hint to the case file template.
 */
const FIELD_PURPOSES: Readonly<Record<string, string>> = {
  id: 'the stable id that links (#id) and citations use, never derived from the text, e.g. "bs-ini-4"',
  locator: 'where the source chapter says it, e.g. "VI ¶2" or "V item 2"',
  text: 'what the source says, in your own words, with "en:" and "id:" texts',
  evidence: 'the words of the source (1 to 9, as they stand) that state the judgement',
  status: 'how far the initiative got, in the words of the source',
  value: 'the judgement the source states',
  kind: 'what sort of recommendation it is',
  theme: 'the subject the recommendation is about',
  addressee: 'who the recommendation is for',
  year: 'the year the source gives (a whole number), or "not-stated"',
  summary: 'a short summary of the case for the case list, with "en:" and "id:" texts',
  field: 'the field of cooperation, e.g. "education"',
  initiatives: 'the initiatives of this field',
  name: 'the name as the source writes it',
  country: 'the ISO 3166 country code, e.g. "KR"',
  government: 'the kind of local government',
  coordinates: 'where the city is on the map, as "{ lat: …, lon: … }"',
  city: "the id of one of this case's cities",
  level: 'the level of the agreement the source states, or "not-stated"',
  formality: 'how formal the agreement is, or "not-stated"',
  chapter: 'the number and title of the source chapter the case draws on',
  file: 'the file name of the source chapter in the sources folder, e.g. "000_abc.txt"',
  findings: 'the ids of the findings the question rests on',
};

/** Whether an object of the input is a text in every language (its keys are all language codes). */
const isLocalizedText = (parent: unknown) =>
  typeof parent === 'object' &&
  parent !== null &&
  !Array.isArray(parent) &&
  Object.keys(parent).every((key) => key in LOCALES);

/** The value at a path of the input, if there is one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The hint for a required field that is missing: what to write, and what the field is for. */
function missingFieldHint(field: string, parent: unknown): string {
  if (field in LOCALES && isLocalizedText(parent))
    return `add the ${LOCALES[field as Language].name} text as "${field}:"`;
  const purpose = FIELD_PURPOSES[field];
  return purpose
    ? `add "${field}:": ${purpose}`
    : `add "${field}:" as in content/cases/bandung-seoul.mdx (write "not-stated" where the source is silent and the field allows it)`;
}

/** Suggests a fix for a Zod issue, in terms a content editor understands. */
function hintFor(issue: z.core.$ZodIssue, input: unknown): string | undefined {
  const field = issue.path.length > 0 ? String(issue.path.at(-1)) : 'the whole file';
  if (typeof issue.input === 'number' && !Number.isFinite(issue.input))
    return 'write the number itself, e.g. 2020 (or "not-stated" where the field allows it)';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? missingFieldHint(field, valueAt(input, issue.path.slice(0, -1)))
        : `give "${field}" a value of type ${issue.expected}`;
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return 'remove the field or correct its spelling';
    case 'invalid_union':
      return issue.input === undefined
        ? missingFieldHint(field, valueAt(input, issue.path.slice(0, -1)))
        : "see the field's JSDoc in src/schemas for the forms it accepts";
    case 'too_small':
    case 'too_big':
      if (['number', 'int', 'bigint'].includes(issue.origin))
        return 'correct the number: it is outside the range the message gives';
      return issue.code === 'too_small' ? 'add the missing entries or text' : 'shorten it';
    case 'invalid_format':
      return 'see the expected format in the message';
    case 'custom':
      return typeof issue.params?.hint === 'string' ? issue.params.hint : undefined;
    default:
      return undefined;
  }
}

/**
 * Turns a Zod error into problems, one per issue, with lines looked up by `lineOf`; `input` is the
 * data that was checked (the hints read it).
 */
export function problemsFromZod(
  file: string,
  error: z.ZodError,
  lineOf: (path: FieldPath) => number | undefined,
  input: unknown,
): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const hint = hintFor(issue, input);
    return {
      file,
      line: lineOf(path),
      path: formatPath(path),
      message: messageOf(issue),
      ...(hint ? { hint } : {}),
    };
  });
}

/** A value as an editor wrote it: `NaN` and `Infinity` (YAML's .nan, .inf) as such, not as JSON's null. */
const shown = (value: unknown) =>
  typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value);

/** Zod's message, made specific where its default is vague. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (typeof issue.input === 'number' && !Number.isFinite(issue.input))
    return `${shown(issue.input)} is not a number a source gives: write the number itself`;
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.input === undefined && (issue.code === 'invalid_union' || issue.code === 'invalid_type'))
    return issue.message.startsWith('missing') ? issue.message : 'required field is missing';
  if (issue.code === 'invalid_value') return `unknown value ${shown(issue.input)}`;
  if (issue.code === 'invalid_union')
    return `${shown(issue.input)} is not accepted here: expected ${expectedOf(issue)}`;
  return issue.message;
}

/** What the branches of a union accept, e.g. `"not-stated" or int`. */
function expectedOf(issue: z.core.$ZodIssueInvalidUnion): string {
  const accepted = issue.errors.flatMap((branch) => {
    const first = branch[0];
    if (first?.code === 'invalid_value') return first.values.map((v) => JSON.stringify(v));
    if (first?.code === 'invalid_type')
      return [first.expected === 'int' ? 'a whole number' : `a ${first.expected}`];
    return [];
  });
  return accepted.length > 0 ? accepted.join(' or ') : 'another form';
}

/** One line per problem: `file:line  path  message (hint: …)`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.path ? `  ${problem.path}` : '';
  const hint = problem.hint ? ` (hint: ${problem.hint})` : '';
  return `${where}${field}  ${problem.message}${hint}`;
}

/** Every problem, one per line, after a count: what `npm run check` and a failed build print. */
export function formatProblems(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file));
  return [
    `${problems.length} problem(s) in ${files.size} file(s):`,
    ...problems.map((p) => '  ' + formatProblem(p)),
  ].join('\n');
}

/** The problem of a file with no data in it (empty, or only comments or spaces). */
export const emptyFileProblem = (file: string): Problem => ({
  file,
  line: 1,
  path: '',
  message: 'the file is empty: it holds no data',
  hint: 'start from an existing file of the same kind',
});
