import type { CaseData } from '../schemas/case.ts';
import { formatPath, type FieldPath } from './field-path.ts';
import { findingsOf } from './findings.ts';
import { parseLocator } from './locator.ts';
import type { Problem } from './problems.ts';
import { passageOf, quotedIn } from './source-passages.ts';

/** A locator of a case, with the evidence quoted from its passage. */
interface Located {
  locator: string;
  /** Path of the locator field in the case file. */
  path: (string | number)[];
  quotes: { evidence: string; path: (string | number)[] }[];
}

/** Every locator of a case (its findings' and its agreement's) and the evidence that must stand in it. */
function locatedOf(data: CaseData): Located[] {
  const { agreement } = data;
  return [
    {
      locator: agreement.locator,
      path: ['agreement', 'locator'],
      quotes: (['level', 'formality', 'called'] as const).flatMap((key) => {
        const evidence = agreement.evidence[key];
        return evidence === undefined ? [] : [{ evidence, path: ['agreement', 'evidence', key] }];
      }),
    },
    ...findingsOf(data).map((finding) => {
      const at = finding.path.slice(0, -1);
      const evidence = finding.judgement?.evidence;
      return {
        locator: finding.locator,
        path: [...at, 'locator'],
        quotes: evidence === undefined ? [] : [{ evidence, path: [...at, 'evidence'] }],
      };
    }),
  ];
}

/**
 * Checks a case against the text of its source chapter: every locator names a passage the text
 * has, and every evidence quote stands in the passage its finding's locator names.
 */
export function sourceTextProblems(
  file: string,
  data: CaseData,
  sourceText: string,
  lineOf: (path: FieldPath) => number | undefined,
): Problem[] {
  const { chapter, file: sourceFile } = data.source;
  const at = (path: (string | number)[], message: string, hint: string): Problem => ({
    file,
    line: lineOf(path),
    path: formatPath(path),
    message,
    hint,
  });
  return locatedOf(data).flatMap(({ locator, path, quotes }) => {
    const passage = passageOf(sourceText, chapter, parseLocator(locator));
    if (passage === undefined)
      return [
        at(
          path,
          `locator "${locator}" names no passage of ${sourceFile}`,
          'point at a paragraph (¶) or item the chapter has, counted as the README explains',
        ),
      ];
    return quotes
      .filter(({ evidence }) => !quotedIn(passage, evidence))
      .map(({ evidence, path: quotePath }) =>
        at(
          quotePath,
          `evidence "${evidence}" is not in ${locator} of ${sourceFile}`,
          'quote the words exactly as they stand in that passage (line breaks, spacing, * and invisible characters aside), or correct the locator',
        ),
      );
  });
}
