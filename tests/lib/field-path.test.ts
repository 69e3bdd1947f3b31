import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/lib/field-path.ts';
import { formatProblem } from '../../src/lib/problems.ts';

describe('problem messages', () => {
  it('writes data paths the way an editor reads them', () => {
    expect(formatPath(['outcomes', 'obstacles', 0, 'text', 'id'])).toBe('outcomes.obstacles[0].text.id');
    expect(formatPath(['cities', 1])).toBe('cities[1]');
    expect(formatPath([])).toBe('');
  });

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
