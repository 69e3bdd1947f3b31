import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuiltPages } from '../../scripts/built-site.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.ts';
import { build, copyOfContent, type BuildResult } from '../helpers/build.ts';
import { FIXTURE_SOURCES, ROOT } from '../helpers/content.ts';
import { caseFile, fixtureCaseData, HOSTILE_TEXTS, LONG_URL, textsOf } from '../helpers/hostile.ts';

/**
 * A case whose every text is one of the hostile texts (and each hostile text an enabling factor of
 * its own, in both languages), whose summary holds a 105-character URL and whose cities have names
 * in Hangul and Arabic script, saved with Windows line ends beside the real cases and a fixture
 * saved by a Windows editor (byte order mark, CRLF): the check must accept both, and the build must
 * publish every text exactly as written.
 */
function hostileCase(): string {
  const data = fixtureCaseData();
  textsOf(data).forEach((text, i) => text.set(HOSTILE_TEXTS[i % HOSTILE_TEXTS.length]!));
  data.summary = { en: `Read ${LONG_URL} first.`, id: `Baca ${LONG_URL} lebih dulu.` };
  const outcomes = data.outcomes as { enablers: unknown[] };
  outcomes.enablers = HOSTILE_TEXTS.map((text, i) => ({
    id: `nts-ena-${i + 1}`,
    locator: 'I ¶2',
    text: { en: text, id: text },
  }));
  // Southport is shared with the fixture from Windows beside it, so it keeps its name.
  (data.cities as Record<string, unknown>[])[0]!.name = '부산광역시 · الإسكندرية';
  return caseFile(data, { crlf: true });
}

let server: StaticServer;
let site: BuildResult;
let browser: Browser;

beforeAll(async () => {
  const content = copyOfContent();
  writeFileSync(join(content, 'cases/hostile-text.mdx'), hostileCase());
  copyFileSync(
    join(ROOT, 'tests/fixtures/valid/cases/easttown-southport.mdx'),
    join(content, 'cases/easttown-southport.mdx'),
  );
  const options = { contentDir: content, sourcesDir: join(ROOT, FIXTURE_SOURCES) };
  const check = build({ ...options, script: 'check:content' });
  if (check.status !== 0) throw new Error(`the check rejects the hostile case:\n${check.output}`);
  server = await startStaticServer(() => site.outDir, '/');
  site = build({ ...options, siteUrl: server.origin });
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a case of hostile text, accepted by the check', () => {
  it('builds, the file from Windows included', () => {
    expect(site.status, site.output).toBe(0);
    const page = readFileSync(join(site.outDir, 'cases/easttown-southport/index.html'), 'utf8');
    expect(page).toContain('Easttown–Southport');
    expect(page).not.toContain('\ufeff');
  });

  it.each(['cases/hostile-text/', 'id/cases/hostile-text/'])(
    '%s shows every hostile text exactly as written, and runs none of it',
    async (path) => {
      const tab = await browser.newPage();
      const dialogs: string[] = [];
      tab.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await tab.goto(new URL(path, server.origin).href);
      const shown = await tab.locator('[data-finding^="nts-ena-"]').allTextContents();
      // As written, outer spaces aside (the schema trims them).
      HOSTILE_TEXTS.forEach((text, i) => expect(shown[i], text.slice(0, 40)).toContain(text.trim()));
      expect(await tab.locator('[onerror], img[src="x"], a[href^="javascript:"]').count()).toBe(0);
      const scripts = await tab.locator('script').evaluateAll((els) => els.map((el) => el.textContent));
      expect(scripts.filter((text) => text?.includes('alert('))).toEqual([]);
      expect(dialogs).toEqual([]);
      await tab.close();
    },
  );

  it('wraps long URLs and words on every page at 320px: no page scrolls sideways', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const overflowing: string[] = [];
    for (const page of readBuiltPages(site.outDir)) {
      const tab = await context.newPage();
      await tab.goto(new URL(page.path.slice(1), server.origin).href);
      const overflow = await tab.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 0) overflowing.push(`${page.path}: ${overflow}px`);
      await tab.close();
    }
    await context.close();
    expect(overflowing).toEqual([]);
  });

  it('writes findings.csv that a spreadsheet cannot run: formula cells start with a quote', () => {
    const rows = parse(readFileSync(join(site.outDir, 'data/findings.csv'), 'utf8')) as string[][];
    const cells = rows.flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(cells).toContain(`'${HOSTILE_TEXTS.find((h) => h.startsWith('='))}`);
  });
});
