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

/** Suggests a fix for a Zod issue, in terms a content editor understands. */
function hintFor(issue: z.core.$ZodIssue): string | undefined {
  const field = issue.path.length > 0 ? String(issue.path.at(-1)) : 'the whole file';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined && field in LOCALES)
        return `add the ${LOCALES[field as Language].name} text as "${field}:"`;
      return issue.input === undefined
        ? `add "${field}" (write "not-stated" where the source is silent and the field allows it)`
        : `give "${field}" a value of type ${issue.expected}`;
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return 'remove the field or correct its spelling';
    case 'invalid_union':
      return "see the field's JSDoc in src/schemas for the forms it accepts";
    case 'too_small':
      return 'add the missing entries or text';
    case 'too_big':
      return 'check the value against the source: it is beyond the range in the message';
    case 'invalid_format':
      return 'see the expected format in the message';
    case 'custom':
      return typeof issue.params?.hint === 'string' ? issue.params.hint : undefined;
    default:
      return undefined;
  }
}

/** Turns a Zod error into problems, one per issue, with lines looked up by `lineOf`. */
export function problemsFromZod(
  file: string,
  error: z.ZodError,
  lineOf: (path: FieldPath) => number | undefined,
): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const hint = hintFor(issue);
    return {
      file,
      line: lineOf(path),
      path: formatPath(path),
      message: messageOf(issue),
      ...(hint ? { hint } : {}),
    };
  });
}

/** Zod's message, made specific where its default is vague. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.input === undefined && (issue.code === 'invalid_union' || issue.code === 'invalid_type'))
    return issue.message.startsWith('missing') ? issue.message : 'required field is missing';
  if (issue.code === 'invalid_value') return `unknown value ${JSON.stringify(issue.input)}`;
  if (issue.code === 'invalid_union')
    return `${JSON.stringify(issue.input)} is not accepted here: expected ${expectedOf(issue)}`;
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
