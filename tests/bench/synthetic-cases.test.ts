import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeStarlightTwin } from '../../bench/starlight/twin.ts';
import { editOneCase, writeSyntheticContent } from '../../bench/synthetic-cases.ts';
import { readCasebookContent } from '../../src/loaders/casebook-content.ts';

const COUNT = 12;
const contentDir = writeSyntheticContent(COUNT);
const written: string[] = [contentDir];
afterAll(() => written.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the benchmark’s content', () => {
  it('is valid: synthetic cases pass every rule of the content check, cross-file ones included', () => {
    const { report } = readCasebookContent(contentDir);
    expect(report.problems).toEqual([]);
    expect(report.cases).toHaveLength(COUNT);
  });

  it('has a Starlight twin with one page per case and language, holding that case’s texts', () => {
    const root = writeStarlightTwin(contentDir);
    written.push(root);
    const { cases } = readCasebookContent(contentDir).report;
    for (const [prefix, lang] of [
      ['', 'en'],
      ['id', 'id'],
    ] as const) {
      const dir = join(root, 'src', 'content', 'docs', prefix, 'cases');
      expect(readdirSync(dir).sort()).toEqual(cases.map((c) => `${c.slug}.md`).sort());
      const [first] = cases;
      const page = readFileSync(join(dir, `${first!.slug}.md`), 'utf8');
      // Markdown escapes aside, the summary is there word for word.
      expect(page.replace(/\\(.)/g, '$1')).toContain(first!.data.summary[lang]);
    }
  });
});

describe('the benchmark’s one-case edit', () => {
  it('renames one city of one case and leaves the content valid', () => {
    const dir = writeSyntheticContent(3);
    written.push(dir);
    const before = readCasebookContent(dir).report.cases;
    const name = editOneCase(dir);
    const after = readCasebookContent(dir);
    expect(after.report.problems).toEqual([]);
    const changed = after.report.cases.filter(
      (c, i) => JSON.stringify(c.data) !== JSON.stringify(before[i]!.data),
    );
    expect(changed.map((c) => `${c.slug}.mdx`)).toEqual([name]);
    expect(changed[0]!.data.cities.map((city) => city.name)).toContain('Synthetic North 1 (edited)');
  });
});
