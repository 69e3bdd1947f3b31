import { copyFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { readCasebookFiles } from '../../src/loaders/content-files.ts';
import { validateCasebook } from '../../src/lib/validate-content.ts';
import { tempDir } from '../helpers/build.ts';
import { FIXTURE_SOURCES, ROOT, validateFolder } from '../helpers/content.ts';

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
    // A file of the wrong kind and a file whose name is the problem have no line to point at.
    expect(withoutLine).toEqual(
      ['cases/compare.mdx', 'cases/stray-notes.txt', 'glossary/main.yaml'].map((file) => `${DIR}/${file}`),
    );
  });

  it('sees every broken file beside an alias bomb: the bomb neither crashes the check nor hides the others', () => {
    const dir = tempDir('bomb');
    cpSync(join(ROOT, 'tests/fixtures/valid'), dir, { recursive: true });
    for (const name of ['alias-bomb.mdx', 'missing-field.mdx', 'wrong-type.mdx'])
      copyFileSync(join(ROOT, DIR, 'cases', name), join(dir, 'cases', name));
    const { problems } = validateCasebook(readCasebookFiles(dir, join(ROOT, FIXTURE_SOURCES), dir));
    expect([...new Set(problems.map((p) => p.file))]).toEqual([
      'cases/alias-bomb.mdx',
      'cases/missing-field.mdx',
      'cases/wrong-type.mdx',
    ]);
  });

  it('passes the valid fixtures', () => {
    expect(validateFolder('tests/fixtures/valid').problems.map(formatProblem)).toEqual([]);
  });
});
