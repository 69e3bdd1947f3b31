import { describe, expect, it } from 'vitest';
import { formatProblem, formatProblems } from '../../src/lib/problems.ts';

describe('problem messages', () => {
  it('puts file, line, field, message and hint on one line', () => {
    expect(
      formatProblem({
        file: 'content/cases/a-b.mdx',
        line: 12,
        path: 'summary.id',
        message: 'missing',
        hint: 'add it',
      }),
    ).toBe('content/cases/a-b.mdx:12  summary.id  missing (hint: add it)');
    expect(formatProblem({ file: 'content/cases/a-b.mdx', path: '', message: 'the file is empty' })).toBe(
      'content/cases/a-b.mdx  the file is empty',
    );
  });
});

describe('a list of problems', () => {
  it('says how many problems in how many files, then one per line', () => {
    expect(
      formatProblems([
        { file: 'a.mdx', line: 1, path: 'x', message: 'm' },
        { file: 'a.mdx', path: '', message: 'n' },
        { file: 'b.yaml', path: '', message: 'o', hint: 'h' },
      ]),
    ).toBe('3 problem(s) in 2 file(s):\n  a.mdx:1  x  m\n  a.mdx  n\n  b.yaml  o (hint: h)');
  });
});
