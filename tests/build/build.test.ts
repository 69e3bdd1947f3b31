import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { build, copyOfContent, type BuildResult } from '../helpers/build.ts';
import { ROOT, contentWithExtraCases, validateFolder } from '../helpers/content.ts';
import { expectedPages } from '../helpers/site-pages.ts';
import { publishedSite } from '../helpers/published-site.ts';
import { manifestProblems } from '../../src/lib/manifest.ts';
import { findingsOf } from '../../src/lib/findings.ts';
import { HOME_CASES_NAMED_MAX } from '../../src/lib/field-tally.ts';
import { t } from '../../src/i18n/index.ts';
import {
  AGREEMENT_LEVELS,
  COOPERATION_FIELDS,
  IMPLEMENTATION_STATUSES,
} from '../../src/schemas/vocabulary.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { startStaticServer } from '../../scripts/static-server.ts';

const cases = validateFolder('content').cases;
const read = (result: BuildResult, file: string) => readFileSync(join(result.outDir, file), 'utf8');

/**
 * Opens /compare/ and /cases/ of a built site at 320 px in Chromium, in both languages: the page
 * never scrolls sideways, every cell of every comparison table lies wholly on the screen (stacked
 * on a phone), and every mark of the field matrix fits in the matrix's own box.
 */
async function expectEveryCellOnA320pxScreen(outDir: string, caseCount: number) {
  const server = await startStaticServer(() => outDir, '/');
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage({ viewport: { width: 320, height: 800 } });
    for (const path of ['compare/', 'cases/', 'id/compare/', 'id/cases/']) {
      await tab.goto(new URL(path, server.origin).href);
      const report = await tab.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const off = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.left < -0.5 || r.right > width + 0.5);
        };
        const cells = [...document.querySelectorAll('.compare-table th, .compare-table td')];
        const matrixCells = [
          ...document.querySelectorAll('[data-figure="matrix"] td, [data-figure="matrix"] th'),
        ];
        return {
          overflow: document.documentElement.scrollWidth - width,
          cells: cells.length,
          offScreen: cells.filter(off).map((el) => el.textContent!.trim().slice(0, 40)),
          tooWide: matrixCells.filter(
            (el) => el.getBoundingClientRect().width > el.closest('div')!.clientWidth + 0.5,
          ).length,
          headers: document.querySelectorAll('.compare-table thead th[data-case]').length,
        };
      });
      expect(report.overflow, path).toBe(0);
      expect(report.offScreen, path).toEqual([]);
      expect(report.tooWide, path).toBe(0);
      if (path.endsWith('compare/')) {
        expect(report.cells, path).toBeGreaterThan(caseCount * 4);
        expect(report.headers, path).toBe(caseCount * 4);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

describe('the site that global setup built (npm run build)', () => {
  const { outDir, base } = inject('site');
  const readBuilt = (file: string) => readFileSync(join(outDir, file), 'utf8');

  it('writes every page of the table of pages, in every language, with the right html lang', () => {
    const pages = expectedPages(cases);
    expect(pages.length).toBeGreaterThan(2 * cases.length);
    for (const page of pages) {
      expect(existsSync(join(outDir, page.file)), page.file).toBe(true);
      expect(readBuilt(page.file)).toContain(`<html lang="${page.lang}"`);
    }
  });

  it('puts every finding on its case page in every language, with its anchor and locator', () => {
    for (const page of expectedPages(cases).filter(
      (p) => p.path.startsWith('/cases/') && p.path !== '/cases/',
    )) {
      const entry = cases.find((c) => page.path === `/cases/${c.slug}/`)!;
      const html = readBuilt(page.file);
      for (const finding of findingsOf(entry.data)) {
        expect(html, `${page.localPath} ${finding.id}`).toContain(`id="${finding.id}"`);
        expect(html).toContain(`data-locator="${finding.locator}"`);
      }
    }
  });

  it('leads the home page, in every language, with the map, the ladder and the fields, before the case list', () => {
    for (const prefix of ['', 'id/']) {
      const html = readBuilt(`${prefix}index.html`);
      const at = (marker: string) => {
        expect(html, `${prefix}index.html ${marker}`).toContain(marker);
        return html.indexOf(marker);
      };
      // Each figure is there, in this order, before the first case card.
      const order = ['data-figure="map"', 'data-figure="ladder"', 'data-figure="matrix"', '<article'].map(at);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // Every case is on the map, on the ladder or beside it, in the matrix, and has its card.
      for (const { slug, data } of cases) {
        for (const city of data.cities) expect(html).toContain(`data-city="${city.name}"`);
        expect(html).toContain(`data-link="${slug}"`);
        expect(html).toContain(`href="${base}${prefix}cases/${slug}/"`);
        expect(html).toMatch(new RegExp(`<article[^>]*data-case="${slug}"`));
      }
      // The matrix's fields lead to the comparison's table, which the home page does not hold.
      expect(html).toContain(`href="${base}${prefix}compare/#field-`);
    }
  });

  it('puts the case filter before everything it narrows on /compare/ and /cases/ (its rules reach forward)', () => {
    for (const file of [
      'compare/index.html',
      'cases/index.html',
      'id/compare/index.html',
      'id/cases/index.html',
    ]) {
      const html = readBuilt(file);
      const filter = html.indexOf('data-case-filter>');
      const firstCaseElement = /class="[^"]*\bcase-[a-z0-9-]+/.exec(html)?.index ?? -1;
      expect(filter, file).toBeGreaterThan(0);
      expect(firstCaseElement, file).toBeGreaterThan(filter);
      expect(html, file).toContain('<link rel="stylesheet" href="' + base + 'case-filter.css">');
    }
  });
});

describe('a third case file', () => {
  it('appears on /cases/ and as a third column of /compare/ with no code change, every cell shown at 320 px', async () => {
    const content = copyOfContent();
    // With a name in its own script for one city, as a contributor may add.
    writeFileSync(
      join(content, 'cases/northtown-southport.mdx'),
      readFileSync(join(ROOT, 'tests/fixtures/valid/cases/northtown-southport.mdx'), 'utf8').replace(
        '    coordinates: { lat: 15.0, lon: 25.0 }\n',
        '    coordinates: { lat: 15.0, lon: 25.0 }\n    ownName: { name: 남항시, lang: ko }\n',
      ),
    );
    const result = build({ contentDir: content });
    expect(result.status, result.output).toBe(0);
    // Its source text is not among the shared sources: the check says so and skips only that lookup.
    expect(result.output).toMatch(
      /note: .*northtown-southport\.mdx: its source text fixture\.txt is not in .*sources, so its locators and evidence were not looked up in it/,
    );
    for (const prefix of ['', 'id/']) {
      expect(read(result, `${prefix}cases/index.html`)).toContain('Northtown–Southport');
      expect(existsSync(join(result.outDir, `${prefix}cases/northtown-southport/index.html`))).toBe(true);
      expect(read(result, `${prefix}cases/northtown-southport/index.html`)).toContain(
        '<span class="font-normal" lang="ko"><bdi>남항시</bdi></span>',
      );
      const compare = read(result, `${prefix}compare/index.html`);
      const firstHeaderRow = /<thead>([\s\S]*?)<\/thead>/.exec(compare)?.[1] ?? '';
      expect(firstHeaderRow.match(/<th /g)).toHaveLength(1 + 3);
      // The map draws the new case's cities and line from its data alone.
      const map = /<figure[^>]*data-figure="map"[\s\S]*?<\/figure>/.exec(
        read(result, `${prefix}cases/index.html`),
      )![0];
      for (const city of ['Northtown', 'Southport', 'Bandung', 'Seoul', 'Daejeon', 'Tangerang Selatan'])
        expect(map).toContain(`data-city="${city}"`);
      expect(map.match(/data-link="/g)).toHaveLength(3);
    }
    await expectEveryCellOnA320pxScreen(result.outDir, 3);
  }, 240_000);
});

describe('twelve cases', () => {
  const content = contentWithExtraCases(10);
  const twelve = validateFolder(content).cases;
  let result: BuildResult;
  beforeAll(() => {
    result = build({ contentDir: content });
  }, 600_000);
  afterAll(() => rmSync(dirname(content), { recursive: true, force: true }));

  it('build with no code change: every case page and finding page, and counts that come from the data', () => {
    expect(twelve).toHaveLength(12);
    expect(result.status, result.output).toBe(0);
    for (const page of expectedPages(twelve))
      expect(existsSync(join(result.outDir, page.file)), page.file).toBe(true);
    // Twelve cases, each with a thesis of its own: the home page and every footer count them.
    for (const [prefix, words] of [
      ['', 'twelve theses'],
      ['id/', 'dua belas tugas akhir'],
    ] as const) {
      const home = read(result, `${prefix}index.html`);
      expect(home).toContain(words);
      expect(read(result, `${prefix}glossary/index.html`)).toContain(words);
      // Twelve is as many as the home page names: a card for each, and the fields × cases matrix.
      expect(twelve).toHaveLength(HOME_CASES_NAMED_MAX);
      for (const { slug } of twelve) expect(home).toMatch(new RegExp(`<article[^>]*data-case="${slug}"`));
      expect(home).toContain('data-figure="matrix"');
      expect(home).not.toContain('data-figure="field-tally"');
      const compare = read(result, `${prefix}compare/index.html`);
      const firstHeaderRow = /<thead>([\s\S]*?)<\/thead>/.exec(compare)?.[1] ?? '';
      expect(firstHeaderRow.match(/<th /g)).toHaveLength(1 + 12);
    }
  });

  it('show every cell of /compare/ and /cases/ on a 320 px screen, in both languages', async () => {
    expect(result.status, result.output).toBe(0);
    await expectEveryCellOnA320pxScreen(result.outDir, 12);
  }, 240_000);

  it('narrow /compare/ and /cases/ to two cases: by ticking without JavaScript, and from ?cases=a,b with it', async () => {
    expect(result.status, result.output).toBe(0);
    const [a, b] = twelve.map((c) => c.slug);
    const server = await startStaticServer(() => result.outDir, '/');
    const browser = await launchChromium();
    try {
      const shown = (tab: Page, selector: string) =>
        tab
          .locator(selector)
          .evaluateAll((els) =>
            els.filter((el) => el.getClientRects().length > 0).map((el) => el.getAttribute('data-case')),
          );
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({
          javaScriptEnabled,
          viewport: { width: 1280, height: 800 },
        });
        const tab = await context.newPage();
        for (const path of ['compare/', 'id/cases/']) {
          const table = path.endsWith('compare/')
            ? '.compare-table thead th[data-case]'
            : 'article[data-case]';
          if (javaScriptEnabled) {
            await tab.goto(new URL(`${path}?cases=${a},${b}`, server.origin).href);
            expect(new Set(await shown(tab, table)), path).toEqual(new Set([a, b]));
            // Ticking a third case puts it in the address beside the two.
            await tab.locator(`#pick-case-${twelve[2]!.slug}`).check();
            expect(new URL(tab.url()).search).toBe(`?cases=${[a, b, twelve[2]!.slug].join(',')}`);
          } else {
            await tab.goto(new URL(path, server.origin).href);
            expect(await shown(tab, table), path).toHaveLength(path.endsWith('compare/') ? 4 * 12 : 12);
            await tab.locator('[data-case-filter] summary').click();
            for (const entry of twelve.slice(2)) await tab.locator(`#pick-case-${entry.slug}`).uncheck();
            expect(new Set(await shown(tab, table)), path).toEqual(new Set([a, b]));
            // A facet narrows too: untick every country of the two, and neither shows.
            for (const country of new Set(
              twelve.slice(0, 2).flatMap((c) => c.data.cities.map((x) => x.country)),
            ))
              await tab.locator(`#pick-country-${country}`).uncheck();
            expect(await shown(tab, table), path).toEqual([]);
          }
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }, 240_000);
});

describe('a casebook larger than its home page names', () => {
  const content = contentWithExtraCases(HOME_CASES_NAMED_MAX - 1);
  const many = validateFolder(content).cases;
  let result: BuildResult;
  beforeAll(() => {
    result = build({ contentDir: content });
  }, 600_000);
  afterAll(() => rmSync(dirname(content), { recursive: true, force: true }));

  it('counts on the home page instead of naming: the ladder and the fields, and links to every case', () => {
    expect(many.length).toBe(HOME_CASES_NAMED_MAX + 1);
    expect(result.status, result.output).toBe(0);
    for (const prefix of ['', 'id/']) {
      const html = read(result, `${prefix}index.html`);
      const figure = (name: string) =>
        new RegExp(`<figure[^>]*data-figure="${name}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? '';
      // The map still draws every partnership; no case card and no per-case matrix.
      for (const { slug } of many) expect(figure('map')).toContain(`data-link="${slug}"`);
      expect(html).not.toContain('<article');
      expect(html).not.toContain('data-figure="matrix"');
      // The ladder names no case; it counts each rung's cases, and those beside it.
      const ladder = figure('ladder');
      expect(ladder).not.toMatch(/\/cases\/[^/"]+\/"/);
      const [rungsPart = '', beside = ''] = ladder.split('data-unplaced');
      const countIn = (part: string) => Number(/data-count="(\d+)"/.exec(part)?.[1] ?? 0);
      const onRungs = rungsPart.split('data-rung="').slice(1);
      expect(onRungs.map((chunk) => chunk.slice(0, chunk.indexOf('"')))).toEqual([...AGREEMENT_LEVELS]);
      for (const chunk of onRungs) {
        const level = chunk.slice(0, chunk.indexOf('"'));
        expect(countIn(chunk), level).toBe(many.filter((c) => c.data.agreement.level === level).length);
      }
      expect(countIn(beside)).toBe(many.filter((c) => c.data.agreement.level === 'not-stated').length);
      // Each field, in the list's order: the cases that take it up and their initiatives by status,
      // counted from the files, and a link to its row of the comparison.
      const fields = figure('field-tally').split('<li data-field="').slice(1);
      const taken = COOPERATION_FIELDS.filter((field) =>
        many.some((c) => c.data.fields.some((f) => f.field === field)),
      );
      expect(fields.map((chunk) => chunk.slice(0, chunk.indexOf('"')))).toEqual(taken);
      for (const chunk of fields) {
        const field = chunk.slice(0, chunk.indexOf('"'));
        const entries = many.map((c) => c.data.fields.filter((f) => f.field === field));
        expect(/data-cases="(\d+)"/.exec(chunk)?.[1], field).toBe(
          String(entries.filter((e) => e.length > 0).length),
        );
        expect(/<a href="([^"]*)"/.exec(chunk)?.[1], field).toMatch(/compare\/#field-/);
        const initiatives = entries.flat().flatMap((f) => f.initiatives);
        const expected = Object.fromEntries(
          IMPLEMENTATION_STATUSES.map((status) => [
            status,
            initiatives.filter((i) => i.status === status).length,
          ]).filter(([, n]) => n !== 0),
        );
        const shown = Object.fromEntries(
          [...chunk.matchAll(/data-initiatives="(\d+)"><span[^>]*data-status="([a-z-]+)"/g)].map((m) => [
            m[2],
            Number(m[1]),
          ]),
        );
        expect(shown, field).toEqual(expected);
      }
      // The note on "Sought" comes with the tally only when some initiative is sought.
      const sought = many.some((c) =>
        c.data.fields.some((f) => f.initiatives.some((i) => i.status === 'sought')),
      );
      expect(figure('field-tally').includes(t(prefix ? 'id' : 'en', 'status.soughtNote'))).toBe(sought);
      expect(html).toMatch(new RegExp(`href="[^"]*${prefix}cases/"[^>]*>[^<]*${many.length}`));
    }
  });
});

describe('bad input', () => {
  it.each([
    ['missing-translation.mdx', 'outcomes.enablers[0].text.id  missing Indonesian translation'],
    ['unknown-vocabulary.mdx', 'fields[1].initiatives[0].status  unknown value "maybe"'],
    ['dangling-case-reference.mdx', 'recommendations[0].refersTo[0].case  cross-reference to unknown case'],
    ['yaml-error.mdx', 'YAML error'],
  ])('%s fails the build, naming the file and field, and publishes nothing', (name, message) => {
    const content = copyOfContent();
    copyFileSync(join(ROOT, 'tests/fixtures/invalid/cases', name), join(content, 'cases', name));
    const result = build({ contentDir: content });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`cases/${name}:`);
    expect(result.output).toContain(message);
    expect(existsSync(result.outDir)).toBe(false);
  });

  it('an evidence quote that is not in its passage fails the check and the build, naming file, line and field', () => {
    const content = copyOfContent();
    const file = join(content, 'cases/daejeon-tangerang-selatan.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('evidence: berhasil\n');
    writeFileSync(file, text.replace('evidence: berhasil\n', 'evidence: berhasil sekali\n'));
    const line = text.slice(0, text.indexOf('evidence: berhasil\n')).split('\n').length;
    const message = `cases/daejeon-tangerang-selatan.mdx:${line}  fields[1].initiatives[0].evidence  evidence "berhasil sekali" is not in VI ¶2 of 000_abc93480f45b091e.txt`;
    const check = build({ contentDir: content, script: 'check:content' });
    expect(check.status).not.toBe(0);
    expect(check.output).toContain(message);
    const result = build({ contentDir: content });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(message);
    expect(existsSync(result.outDir)).toBe(false);
  });

  it('npm run check lists the problems of several files in one run', () => {
    const content = copyOfContent();
    for (const name of ['missing-field.mdx', 'wrong-type.mdx', 'dangling-glossary-reference.mdx'])
      copyFileSync(join(ROOT, 'tests/fixtures/invalid/cases', name), join(content, 'cases', name));
    writeFileSync(join(content, 'cases', 'empty-case.mdx'), '');
    const result = build({ contentDir: content, script: 'check:content' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('4 problem(s) in 4 file(s)');
    for (const name of [
      'missing-field.mdx:3  summary',
      'wrong-type.mdx:31  agreement.year',
      'dangling-glossary-reference.mdx:91  concepts[1]',
      'empty-case.mdx:1  the file is empty',
    ])
      expect(result.output).toContain(name);
  });
});

describe('published links', () => {
  it('survive a renamed finding (formerIds) and a moved case page (content/redirects.yaml), fragment kept', async () => {
    const content = copyOfContent();
    const bs = readFileSync(join(content, 'cases/bandung-seoul.mdx'), 'utf8');
    writeFileSync(
      join(content, 'cases/bandung-seoul-partnership.mdx'),
      bs.replace('      - id: bs-ini-1\n', '      - id: bs-ini-9\n        formerIds: [bs-ini-1]\n'),
    );
    rmSync(join(content, 'cases/bandung-seoul.mdx'));
    const dts = join(content, 'cases/daejeon-tangerang-selatan.mdx');
    writeFileSync(
      dts,
      readFileSync(dts, 'utf8').replaceAll('case: bandung-seoul', 'case: bandung-seoul-partnership'),
    );
    writeFileSync(
      join(content, 'redirects.yaml'),
      '- from: /cases/bandung-seoul/\n  to: /cases/bandung-seoul-partnership/\n',
    );

    let outDir = '';
    const server = await startStaticServer(() => outDir, '/');
    try {
      const result = build({ contentDir: content, siteUrl: server.origin });
      expect(result.status, result.output).toBe(0);
      outDir = result.outDir;
      const manifest = JSON.parse(readFileSync(join(ROOT, 'content/published.json'), 'utf8'));
      const inEveryLanguage = (path: string) => [path, `/id${path}`];
      expect(manifestProblems(manifest, publishedSite(outDir, server.origin), inEveryLanguage)).toEqual([]);
      expect(read(result, 'sitemap-0.xml')).not.toContain('/cases/bandung-seoul/<');

      const browser = await launchChromium();
      const tab = await browser.newPage();
      await tab.goto(new URL('id/cases/bandung-seoul/#bs-ini-1', server.origin).href);
      await tab.waitForURL(new URL('id/cases/bandung-seoul-partnership/#bs-ini-1', server.origin).href);
      expect(await tab.locator('[id="bs-ini-1"]').getAttribute('data-former-id')).toBe('bs-ini-9');
      await browser.close();
    } finally {
      await server.close();
    }
  });
});
