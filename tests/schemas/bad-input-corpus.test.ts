import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
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
    // A file of the wrong kind, a folder, a broken link and a file whose name is the problem have no
    // line to point at.
    expect(withoutLine).toEqual(
      [
        'cases/compare.mdx',
        'cases/drafts',
        'cases/ghost.mdx',
        'cases/stray-notes.txt',
        'glossary/main.yaml',
      ].map((file) => `${DIR}/${file}`),
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

describe('files as editors save them', () => {
  /** A copy of the valid fixtures, changed by `change`, checked as `npm run check` would. */
  function checkCopy(change: (dir: string) => void) {
    const dir = tempDir('arrive');
    cpSync(join(ROOT, 'tests/fixtures/valid'), dir, { recursive: true });
    change(dir);
    return validateCasebook(readCasebookFiles(dir, join(ROOT, FIXTURE_SOURCES), dir)).problems.map(
      formatProblem,
    );
  }
  const northtown = (dir: string) => join(dir, 'cases/northtown-southport.mdx');

  it('accepts old Mac line ends (CR only), two byte order marks, and a redirects.yaml of comments only', () => {
    expect(
      checkCopy((dir) => {
        writeFileSync(northtown(dir), readFileSync(northtown(dir), 'utf8').replace(/\n/g, '\r'));
        const east = join(dir, 'cases/easttown-southport.mdx');
        writeFileSync(east, `\uFEFF${readFileSync(east, 'utf8')}`);
        writeFileSync(join(dir, 'redirects.yaml'), '# No page has moved yet.\n');
      }),
    ).toEqual([]);
  });

  it('reports a file it cannot read once, not again in the files that refer to it', () => {
    const problems = checkCopy((dir) => {
      const east = join(dir, 'cases/easttown-southport.mdx');
      writeFileSync(
        east,
        readFileSync(east, 'utf8').replace(
          'addressee: future-researchers',
          'addressee: future-researchers\r\n    refersTo:\r\n      - case: northtown-southport',
        ),
      );
      writeFileSync(northtown(dir), Buffer.from('---\nsummary: caf\xe9\n---\n', 'latin1'));
      writeFileSync(join(dir, 'glossary/sister-city.yaml'), 'term: [unclosed\n');
    });
    expect(problems.map((line) => line.split('  ')[0])).toEqual([
      'cases/northtown-southport.mdx:2',
      'glossary/sister-city.yaml:2',
    ]);
  });
});
