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

/** Finding and question ids are unique across all cases: each is an anchor and a citation key. */
export function duplicateIdProblems(cases: readonly CaseWithRefs[]): Problem[] {
  const firstSeen = new Map<string, { file: string; path: string }>();
  return cases.flatMap((c) => {
    const at = problemAt(c);
    const ids = [
      ...c.refs.findingIds.map((ref) => ({ ...ref, question: false })),
      ...c.refs.questionIds.map((ref) => ({ ...ref, question: true })),
    ];
    return ids.flatMap(({ id, path, question }) => {
      const first = firstSeen.get(id);
      if (!first) {
        firstSeen.set(id, { file: c.file, path: formatPath(path) });
        return [];
      }
      if (question)
        return [
          at(
            path,
            `question id "${id}" is already used (at ${first.file} ${first.path})`,
            'give each question its own id, e.g. "bs-q-2"',
          ),
        ];
      const where = first.file === c.file ? `at ${first.path}` : `in ${first.file} at ${first.path}`;
      return [
        at(
          path,
          `duplicate finding id "${id}" (also ${where})`,
          "ids are unique across all cases: give this finding a new id with its case's prefix",
        ),
      ];
    });
  });
}

/** Every concept a case lists is an entry of the glossary. */
export function conceptProblems(cases: readonly CaseWithRefs[], glossaryIds: readonly string[]): Problem[] {
  const known = new Set(glossaryIds);
  return cases.flatMap((c) =>
    c.refs.concepts
      .filter(({ id }) => !known.has(id))
      .map(({ id, path }) =>
        problemAt(c)(
          path,
          `unknown glossary entry "${id}"`,
          `add content/glossary/${id}.yaml or use one of: ${glossaryIds.join(', ')}`,
        ),
      ),
  );
}

/** Every finding a discussion question rests on exists, in any case. */
export function questionProblems(cases: readonly CaseWithRefs[]): Problem[] {
  const findings = new Set(cases.flatMap((c) => c.refs.findingIds.map((f) => f.id)));
  return cases.flatMap((c) =>
    c.refs.questionRefs
      .filter(({ id }) => !findings.has(id))
      .map(({ id, path }) =>
        problemAt(c)(
          path,
          `question rests on unknown finding "${id}"`,
          'use the id of a finding in any case file',
        ),
      ),
  );
}

/** Every cross-reference names a case that exists, and a city that case has. */
export function crossReferenceProblems(cases: readonly CaseWithRefs[]): Problem[] {
  const citiesBySlug = new Map(cases.map((c) => [c.slug, c.refs.cityIds]));
  return cases.flatMap((c) =>
    c.refs.caseRefs.flatMap((ref) => {
      const cities = citiesBySlug.get(ref.case);
      if (!cities)
        return [
          problemAt(c)(
            [...ref.path, 'case'],
            `cross-reference to unknown case "${ref.case}"`,
            `use the file name of a case in content/cases: ${[...citiesBySlug.keys()].join(', ')}`,
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
