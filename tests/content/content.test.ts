import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../src/lib/findings.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { resolveCaseLinks } from '../../src/lib/casebook.ts';
import { LANGUAGES } from '../../src/schemas/localized.ts';
import { ROOT, validateFolder } from '../helpers/content.ts';

const report = validateFolder('content');
const SOURCES = join(ROOT, '..', 'shared', 'sources');

describe('the published content', () => {
  it('is valid, with every reference resolved', () => {
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.cases.map((c) => c.slug).sort()).toEqual(['bandung-seoul', 'daejeon-tangerang-selatan']);
    expect(() => resolveCaseLinks(report.cases)).not.toThrow();
  });

  it('gives every finding a unique id and both languages', () => {
    const findings = report.cases.flatMap((c) => findingsOf(c.data));
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    for (const finding of findings)
      for (const lang of LANGUAGES) expect(finding.text[lang].trim(), `${finding.id} ${lang}`).not.toBe('');
  });

  it('draws each case from an excerpt that exists, at the chapter the excerpt has', () => {
    for (const { data } of report.cases) {
      const path = join(SOURCES, data.source.file);
      expect(existsSync(path), path).toBe(true);
      const text = readFileSync(path, 'utf8');
      expect(text).toMatch(new RegExp(`^\\s*BAB ${data.source.chapter.number}\\b`, 'i'));
      // Every item a locator names ("VI.2.1 a", "V item 2") is a heading or list item of the excerpt.
      for (const finding of findingsOf(data)) {
        const item = /(?:^| )(?:item )?([a-z]|\d+)$/.exec(finding.locator)?.[1];
        const section = /^[IVX]+(\.\d+)+/.exec(finding.locator)?.[0];
        if (section) expect(text, `${finding.id}: ${section}`).toContain(section);
        if (item && /[a-z]/.test(item)) expect(text, `${finding.id}: item ${item}`).toMatch(new RegExp(`\\n${item}\\. `));
        if (item && /\d/.test(item)) expect(text, `${finding.id}: item ${item}`).toMatch(new RegExp(`\\n\\s*${item}\\. `));
      }
    }
  });

  it('records what the Daejeon–Tangerang Selatan source states and leaves out', () => {
    const dts = report.cases.find((c) => c.slug === 'daejeon-tangerang-selatan')!.data;
    expect(dts.source).toMatchObject({ author: 'Muhammad Raihan Hafiez', year: 2022, title: 'not-stated', institution: 'not-stated' });
    expect(dts.agreement).toMatchObject({ level: 'friendship-mou', formality: 'not-formal', year: 2016 });
    expect(dts.outcomes.assessment.value).toBe('stagnant');
  });

  it('invents no author or year for the Bandung–Seoul source', () => {
    const bs = report.cases.find((c) => c.slug === 'bandung-seoul')!.data;
    expect(bs.source).toMatchObject({ author: 'not-stated', year: 'not-stated', title: 'not-stated', institution: 'not-stated' });
    expect(bs.agreement).toMatchObject({ level: 'sister-city', year: 'not-stated', legalBasis: 'Permendagri No. 1/1992' });
  });

  it('says on the pointer where the two sources differ on smart city', () => {
    const smartCityLink = resolveCaseLinks(report.cases).find((link) => link.to.field === 'technology-smart-city');
    expect(smartCityLink).toMatchObject({ to: { slug: 'bandung-seoul' }, targetCoversField: false });
    expect(smartCityLink?.note?.en).toMatch(/urban governance, culture and staff exchange/);
  });

  it('copies no run of ten words from a source text', () => {
    const tool = join(ROOT, '..', 'shared', 'tools', 'copied-runs.mjs');
    const out = execFileSync(process.execPath, [tool, ROOT], { encoding: 'utf8' });
    expect(out.trim()).toBe('no run of 10+ source words found');
  });
});
