import type { CaseData } from '../schemas/case.ts';
import type { ParsedFile } from './content-files.ts';
import { formatPath } from './field-path.ts';
import { findingsOf } from './findings.ts';
import { parseLocator } from './locator.ts';
import type { Problem } from './problems.ts';
import { referencesOf, type CaseReferences } from './references.ts';

/**
 * The rules that span files, each a function that returns its problems. They read the references
 * of each case file without trusting its shape, so that a file failing its schema still has its
 * cross-file problems reported in the same run.
 */

/** A parsed case file with the references it makes. */
export type CaseWithRefs = ParsedFile & { refs: CaseReferences };

/** Reads the references of parsed case files, for the rules below. */
export const withReferences = (files: readonly ParsedFile[]): CaseWithRefs[] =>
  files.map((file) => ({ ...file, refs: referencesOf(file.data) }));

const problemAt =
  (c: Pick<ParsedFile, 'file' | 'lineOf'>) =>
  (path: (string | number)[], message: string, hint: string): Problem => ({
    file: c.file,
    line: c.lineOf(path),
    path: formatPath(path),
    message,
    hint,
  });

/** Every concept a case lists is an entry of the glossary, listed once. */
export function conceptProblems(cases: readonly CaseWithRefs[], glossaryIds: readonly string[]): Problem[] {
  const known = new Set(glossaryIds);
  return cases.flatMap((c) => {
    const seen = new Map<string, (string | number)[]>();
    return c.refs.concepts.flatMap(({ id, path }) => {
      const first = seen.get(id);
      if (first)
        return [
          problemAt(c)(
            path,
            `concept "${id}" is listed twice (also at ${formatPath(first)})`,
            'list each concept once: the page shows one entry per concept',
          ),
        ];
      seen.set(id, path);
      if (known.has(id)) return [];
      return [
        problemAt(c)(
          path,
          `unknown glossary entry "${id}"`,
          `add content/glossary/${id}.yaml or use one of: ${glossaryIds.join(', ')}`,
        ),
      ];
    });
  });
}

/** Every finding a discussion question rests on exists, in any case, and is named once. */
export function questionProblems(cases: readonly CaseWithRefs[]): Problem[] {
  const findings = new Set(cases.flatMap((c) => c.refs.findingIds.map((f) => f.id)));
  return cases.flatMap((c) => {
    const seen = new Set<string>();
    return c.refs.questionRefs.flatMap(({ id, path }) => {
      const inQuestion = `${path[1]}:${id}`;
      if (seen.has(inQuestion))
        return [problemAt(c)(path, `the question names finding "${id}" twice`, 'name each finding once')];
      seen.add(inQuestion);
      if (findings.has(id)) return [];
      return [
        problemAt(c)(
          path,
          `question rests on unknown finding "${id}"`,
          'use the current id of a finding in any case file (not a former id or a question id)',
        ),
      ];
    });
  });
}

/**
 * Every cross-reference names another case that exists, and a city that case has. `present` is
 * every case file there is: one that could not be parsed has problems of its own, and a reference
 * to it is not also one.
 */
export function crossReferenceProblems(
  cases: readonly CaseWithRefs[],
  present: readonly string[],
): Problem[] {
  const citiesBySlug = new Map(cases.map((c) => [c.slug, c.refs.cities.map((city) => city.id)]));
  return cases.flatMap((c) =>
    c.refs.caseRefs.flatMap((ref) => {
      if (ref.case === c.slug)
        return [
          problemAt(c)(
            [...ref.path, 'case'],
            `a case cannot refer to itself ("${ref.case}")`,
            'name another case, or remove the reference',
          ),
        ];
      const cities = citiesBySlug.get(ref.case);
      if (!cities && present.includes(ref.case)) return [];
      if (!cities)
        return [
          problemAt(c)(
            [...ref.path, 'case'],
            `cross-reference to unknown case "${ref.case}"`,
            `use the file name of a case in content/cases: ${present.filter((slug) => slug !== c.slug).join(', ')}`,
          ),
        ];
      if (ref.city && !cities.includes(ref.city))
        return [
          problemAt(c)(
            [...ref.path, 'city'],
            `case "${ref.case}" has no city "${ref.city}"`,
            `use one of: ${cities.join(', ')}`,
          ),
        ];
      return [];
    }),
  );
}

/** Every locator of a valid case points into the chapter its source names. */
export function locatorChapterProblems(c: Pick<ParsedFile, 'file' | 'lineOf'>, data: CaseData): Problem[] {
  const chapter = data.source.chapter.number;
  return [
    { locator: data.agreement.locator, path: ['agreement', 'locator'] },
    ...findingsOf(data).map((f) => ({ locator: f.locator, path: [...f.path.slice(0, -1), 'locator'] })),
  ]
    .filter(({ locator }) => parseLocator(locator).chapter !== chapter)
    .map(({ locator, path }) =>
      problemAt(c)(
        path,
        `locator "${locator}" is not in chapter ${chapter}, the source chapter this case draws on`,
        `point into chapter ${chapter}, or correct source.chapter`,
      ),
    );
}

/**
 * Every string of a content file is well-formed Unicode. Half of a surrogate pair (left by a bad
 * copy, or written as a `"\ud800"` escape) is not a character: pages would show a replacement sign
 * and the search index refuses it, so the build would fail with no file named.
 */
export function brokenCharacterProblems(file: Pick<ParsedFile, 'file' | 'lineOf' | 'data'>): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (!value.isWellFormed())
        problems.push(
          problemAt(file)(
            path,
            'the text holds a broken character (half of a UTF-16 surrogate pair)',
            'retype the text around it; in YAML, write the character itself rather than a \\u escape',
          ),
        );
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (typeof value === 'object' && value !== null)
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(file.data, []);
  return problems;
}
