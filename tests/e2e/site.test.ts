import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/schemas/localized.ts';
import { launchChromium } from '../helpers/browser.ts';
import { build, type BuildResult } from '../helpers/build.ts';
import { validateFolder } from '../helpers/content.ts';
import { expectedPages } from '../helpers/site-pages.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

/** The site is built and served under a sub-path, as on GitHub Pages, to prove that works too. */
const BASE = '/casebook/';
const pages = expectedPages(validateFolder('content').cases);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let site: BuildResult;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startStaticServer(() => site.outDir, BASE);
  site = build({ siteUrl: server.origin });
  if (site.status !== 0) throw new Error(`build failed:\n${site.output}`);
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const urlOf = (localPath: string) => new URL(localPath.slice(1), server.origin).href;

describe.each(pages.map((p) => [p.localPath, p] as const))('%s in Chromium', (_, page) => {
  it('shows its main heading in the page language', async () => {
    const tab = await context.newPage();
    const response = await tab.goto(urlOf(page.localPath));
    expect(response?.status()).toBe(200);
    expect(await tab.getAttribute('html', 'lang')).toBe(page.lang);
    await expect.poll(() => tab.locator('h1').allTextContents()).toEqual([page.h1]);
    await tab.close();
  });

  it('switches to the same page in the other language', async () => {
    const tab = await context.newPage();
    await tab.goto(urlOf(page.localPath));
    const other = LANGUAGES.find((l) => l !== page.lang)!;
    const counterpart = pages.find((p) => p.lang === other && p.path === page.path)!;
    await tab.locator('[data-language-switch] a').click();
    await tab.waitForURL(urlOf(counterpart.localPath));
    expect(await tab.getAttribute('html', 'lang')).toBe(other);
    expect(await tab.locator('h1').textContent()).toBe(counterpart.h1);
    await tab.close();
  });

  it('has canonical and hreflang links to itself and its counterpart', async () => {
    const tab = await context.newPage();
    await tab.goto(urlOf(page.localPath));
    expect(await tab.getAttribute('link[rel="canonical"]', 'href')).toBe(urlOf(page.localPath));
    for (const lang of LANGUAGES) {
      const target = pages.find((p) => p.lang === lang && p.path === page.path)!;
      expect(await tab.getAttribute(`link[rel="alternate"][hreflang="${lang}"]`, 'href')).toBe(urlOf(target.localPath));
    }
    await tab.close();
  });

  it('has no axe violations (WCAG 2.2 A and AA)', async () => {
    const tab = await context.newPage();
    await tab.goto(urlOf(page.localPath));
    const { violations } = await new AxeBuilder({ page: tab }).withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await tab.close();
  });
});

describe('links between pages', () => {
  it('lead from the comparison to a finding anchor on a case page', async () => {
    const tab = await context.newPage();
    await tab.goto(urlOf('/id/compare/'));
    await tab.locator('a[href$="#bs-ini-1"]').first().click();
    await tab.waitForURL(urlOf('/id/cases/bandung-seoul/') + '#bs-ini-1');
    await expect.poll(() => tab.locator('#bs-ini-1').textContent()).toContain('Cikapundung');
    await tab.close();
  });

  it('serve the 404 page for an address that does not exist', async () => {
    const tab = await context.newPage();
    const response = await tab.goto(urlOf('/cases/no-such-case/'));
    expect(response?.status()).toBe(404);
    expect(await tab.locator('h1').textContent()).toBe(pages.find((p) => p.lang === 'en' && p.path === '/404.html')!.h1);
    await tab.close();
  });
});
