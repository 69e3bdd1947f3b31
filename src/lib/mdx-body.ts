import { mdxToMdast } from 'satteri';
import type { Problem } from './problems.ts';

/**
 * Parses the MDX body of a case file with the parser Astro's MDX integration uses (satteri), so
 * that a syntax error is reported with the other problems instead of stopping the build later.
 * `firstLine` is the line of the file on which the body starts.
 */
export function mdxBodyProblems(file: string, body: string, firstLine: number): Problem[] {
  try {
    mdxToMdast(body);
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+): /.exec(message);
    return [
      {
        file,
        ...(at ? { line: Number(at[1]) + firstLine - 1 } : {}),
        path: '',
        message: `MDX syntax error: ${message.replace(/^\d+:\d+: /, '').replace(/ \([\w:-]+\)$/, '')}`,
        hint: 'the body below the frontmatter is MDX: close every tag and brace, write comments as {/* … */}',
      },
    ];
  }
}
