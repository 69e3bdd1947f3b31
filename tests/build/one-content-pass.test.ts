import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, copyOfContent } from '../helpers/build.ts';
import { FIXTURE_SOURCES, ROOT } from '../helpers/content.ts';

/** The problem lines of a run's output ("file:line  path  message (hint: …)"), sorted. */
const problemLines = (output: string) =>
  output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[\w./-]+\/[\w.-]+(?::\d+)? {2}/.test(line))
    .sort();

describe('the one content pass', () => {
  it('gives npm run check and npm run build the same verdict and messages on every invalid fixture', () => {
    const options = { contentDir: 'tests/fixtures/invalid', sourcesDir: join(ROOT, FIXTURE_SOURCES) };
    const check = build({ ...options, script: 'check:content' });
    const site = build(options);
    expect(check.status).not.toBe(0);
    expect(site.status).not.toBe(0);
    const checked = problemLines(check.output);
    const expected = Object.keys(
      JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/invalid/expected.json'), 'utf8')),
    );
    for (const file of expected) expect(checked.join('\n')).toContain(`tests/fixtures/invalid/${file}`);
    expect(problemLines(site.output)).toEqual(checked);
  });

  it('reads a date-like string the same way in the check and the build: as the text it is', () => {
    const content = copyOfContent();
    const file = join(content, 'cases/daejeon-tangerang-selatan.mdx');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('legalBasis: not-stated', 'legalBasis: 2016-01-01'),
    );
    const check = build({ contentDir: content, script: 'check:content' });
    expect(check.status, check.output).toBe(0);
    const site = build({ contentDir: content });
    expect(site.status, site.output).toBe(0);
    const page = readFileSync(join(site.outDir, 'cases/daejeon-tangerang-selatan/index.html'), 'utf8');
    expect(page).toMatch(/<dd>2016-01-01<\/dd>/);
  });
});
