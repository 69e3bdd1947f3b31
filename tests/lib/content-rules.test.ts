import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../src/schemas/case.ts';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { locatorChapterProblems } from '../../src/lib/content-rules.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { ROOT } from '../helpers/content.ts';

const FIXTURE = 'tests/fixtures/valid/cases/northtown-southport.mdx';

function validCase() {
  const parsed = parseFrontmatter(FIXTURE, readFileSync(join(ROOT, FIXTURE), 'utf8'));
  if (Array.isArray(parsed)) throw new Error(parsed.map(formatProblem).join('\n'));
  return { parsed, data: CaseSchema.parse(parsed.data) };
}

describe('rules that read a whole case', () => {
  it('accept locators inside the source chapter', () => {
    const { parsed, data } = validCase();
    expect(locatorChapterProblems({ file: FIXTURE, lineOf: parsed.lineOf }, data)).toEqual([]);
  });

  it('reject a locator outside the source chapter, at its line', () => {
    const { parsed, data } = validCase();
    data.outcomes.enablers[0]!.locator = 'V ¶2';
    expect(
      locatorChapterProblems({ file: 'case.mdx', lineOf: parsed.lineOf }, data).map(formatProblem),
    ).toEqual([
      `case.mdx:${parsed.lineOf(['outcomes', 'enablers', 0, 'locator'])}  outcomes.enablers[0].locator  locator "V ¶2" is not in chapter I, the source chapter this case draws on (hint: point into chapter I, or correct source.chapter)`,
    ]);
  });
});
