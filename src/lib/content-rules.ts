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
  const citiesBySlug = new Map(cases.map((c) => [c.slug, c.refs.cities.map((city) => city.id)]));
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
