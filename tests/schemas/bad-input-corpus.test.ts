import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { ROOT, validateFolder } from '../helpers/content.ts';

const DIR = 'tests/fixtures/invalid';
const expected: Record<string, string[]> = JSON.parse(readFileSync(join(ROOT, DIR, 'expected.json'), 'utf8'));

describe('the bad-input corpus', () => {
  const report = validateFolder(DIR);
  const lines = report.problems.map(formatProblem);

  it.each(Object.entries(expected))('%s gets its message', (file, messages) => {
    const ofFile = lines.filter((line) => line.startsWith(`${DIR}/${file}`));
    for (const message of messages)
      expect(
        ofFile.some((line) => line.includes(message)),
        `${message}\nin:\n${ofFile.join('\n')}`,
      ).toBe(true);
  });

  it('reports every file of the corpus in one run, each with a hint', () => {
    const files = new Set(report.problems.map((p) => p.file.slice(DIR.length + 1)));
    expect([...files].sort()).toEqual(Object.keys(expected).sort());
    expect(report.problems.filter((p) => !p.hint).map(formatProblem)).toEqual([]);
  });

  it('gives a line number wherever the parser can', () => {
    const withoutLine = report.problems.filter((p) => p.line === undefined).map((p) => p.file);
    // An empty file and a file of the wrong kind have no line to point at.
    expect(withoutLine).toEqual([`${DIR}/cases/empty.mdx`, `${DIR}/cases/stray-notes.txt`]);
  });

  it('passes the valid fixtures', () => {
    expect(validateFolder('tests/fixtures/valid').problems.map(formatProblem)).toEqual([]);
  });
});
