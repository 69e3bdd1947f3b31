import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findingsOf } from '../../src/lib/findings.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { resolveCrossReferences } from '../../src/lib/cross-references.ts';
import { ROOT, contentWithExtraCases, validateFolder } from '../helpers/content.ts';

/*
 * The rules hold for the published content and for any valid set of cases: the same tests run on
 * copies with a generated third case and with twelve cases, as new contributors' files would come.
 */
const folders = [
  { name: 'the published content', dir: 'content' },
  { name: 'the content with a third case', dir: contentWithExtraCases(1) },
  { name: 'the content with twelve cases', dir: contentWithExtraCases(10) },
];
afterAll(() => {
  for (const { dir } of folders.slice(1)) rmSync(dirname(dir), { recursive: true, force: true });
});

/** Every string of every language in some data, however deep. */
function localizedTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(localizedTexts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(localizedTexts);
  return [];
}
const SOURCES = join(ROOT, '..', 'shared', 'sources');

describe.each(folders)('$name', ({ dir }) => {
  const report = validateFolder(dir);

  it('is valid, every case file a case, with every reference resolved', () => {
    expect(report.problems.map(formatProblem)).toEqual([]);
    const files = readdirSync(join(resolve(ROOT, dir), 'cases')).filter((f) => f.endsWith('.mdx'));
    expect(report.cases.map((c) => `${c.slug}.mdx`).sort()).toEqual(files.sort());
    expect(() => resolveCrossReferences(report.cases)).not.toThrow();
  });

  it('finds every evidence quote in the passage its locator names, in the source text', () => {
    // The check looked each case up in its source text (no notice says it could not)...
    expect(report.notices).toEqual([]);
    // ...and every judgement that is not "not-stated" has words of the source behind it.
    for (const { data } of report.cases) {
      for (const finding of findingsOf(data))
        if (finding.judgement && finding.judgement.value !== 'not-stated')
          expect(finding.judgement.evidence, finding.id).toBeTruthy();
      const { agreement } = data;
      if (agreement.level !== 'not-stated') expect(agreement.evidence.level).toBeTruthy();
      if (agreement.formality !== 'not-stated') expect(agreement.evidence.formality).toBeTruthy();
    }
  });

  it('records what the Daejeon–Tangerang Selatan source states and leaves out', () => {
    const dts = report.cases.find((c) => c.slug === 'daejeon-tangerang-selatan')!.data;
    expect(dts.source).toMatchObject({
      author: 'Muhammad Raihan Hafiez',
      year: 2022,
      title: 'not-stated',
      institution: 'not-stated',
    });
    expect(dts.agreement).toMatchObject({ level: 'friendship-mou', formality: 'not-yet-formal', year: 2016 });
    expect(dts.outcomes.assessment).toMatchObject({ value: 'stagnant', evidence: 'bisa dibilang stagnan' });
  });

  it('invents no author, year, instrument or rung for the Bandung–Seoul source', () => {
    const bs = report.cases.find((c) => c.slug === 'bandung-seoul')!.data;
    expect(bs.source).toMatchObject({
      author: 'not-stated',
      year: 'not-stated',
      title: 'not-stated',
      institution: 'not-stated',
    });
    expect(bs.agreement).toMatchObject({
      level: 'not-stated',
      formality: 'not-stated',
      year: 'not-stated',
      legalBasis: 'Permendagri No. 1/1992',
    });
  });

  it('says on the pointer where the two sources differ on smart city', () => {
    const smartCityLink = resolveCrossReferences(report.cases).find(
      (link) => link.from.findingId === 'dts-rec-2',
    );
    expect(smartCityLink).toMatchObject({ to: { slug: 'bandung-seoul', cityName: 'Bandung' } });
    expect(smartCityLink?.note?.en).toContain('"dalam bidang smart city"');
    expect(smartCityLink?.note?.en).toMatch(
      /urban governance, culture, and taxation and transport \(the staff exchange\) as fields, but not smart city/,
    );
  });

  it('repeats no run of ten words of a source in any text, even across the lines of a file', () => {
    const words = (text: string) =>
      text
        .toLowerCase()
        .normalize('NFKC')
        .match(/[\p{L}\p{N}]+/gu) ?? [];
    const runs = new Set<string>();
    for (const name of readdirSync(SOURCES)) {
      const w = words(readFileSync(join(SOURCES, name), 'utf8'));
      for (let i = 0; i + 10 <= w.length; i++) runs.add(w.slice(i, i + 10).join(' '));
    }
    const texts = report.cases.flatMap(({ slug, data }) =>
      localizedTexts(data).map((text) => ({ slug, text })),
    );
    const copied = texts.flatMap(({ slug, text }) => {
      const w = words(text);
      return w.flatMap((_, i) =>
        i + 10 <= w.length && runs.has(w.slice(i, i + 10).join(' ')) ? [`${slug}: ${text}`] : [],
      );
    });
    expect(copied).toEqual([]);
  });
});

describe('the published content', () => {
  it('copies no run of ten words from a source text', () => {
    const tool = join(ROOT, '..', 'shared', 'tools', 'copied-runs.mjs');
    const out = execFileSync(process.execPath, [tool, ROOT], { encoding: 'utf8' });
    expect(out.trim()).toBe('no run of 10+ source words found');
  });
});
