import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/schemas/localized.ts';
import { launchChromium } from '../../scripts/chromium.ts';
import { validateFolder } from '../helpers/content.ts';
import { expectedPages, type ExpectedPage } from '../helpers/site-pages.ts';
import { siteUrl } from '../helpers/browser.ts';

const { origin } = inject('site');
/**
 * Every page, except that of the findings' pages, all built from one template with the same parts,
 * the first in each language stands for the rest here (the static gates read every one of them).
 */
const pages = expectedPages(validateFolder('content').cases).filter(
  (page, i, all) =>
    page.template !== 'finding' ||
    all.findIndex((p) => p.template === 'finding' && p.lang === page.lang) === i,
);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** The two colour schemes and the narrowest and a wide screen. */
const VIEWS = [
  { name: 'light 320px', colorScheme: 'light', width: 320 },
  { name: 'dark 320px', colorScheme: 'dark', width: 320 },
  { name: 'light 1280px', colorScheme: 'light', width: 1280 },
  { name: 'dark 1280px', colorScheme: 'dark', width: 1280 },
] as const;

let browser: Browser;
let contexts: Map<string, BrowserContext>;

beforeAll(async () => {
  browser = await launchChromium();
  contexts = new Map();
  for (const view of VIEWS)
    contexts.set(
      view.name,
      await browser.newContext({
        colorScheme: view.colorScheme,
        viewport: { width: view.width, height: 800 },
      }),
    );
});

afterAll(async () => {
  await browser?.close();
});

const counterpartOf = (page: ExpectedPage) =>
  pages.find((p) => p.lang === LANGUAGES.find((l) => l !== page.lang) && p.path === page.path)!;

/** Opens a page, recording every request to another host and every console error on the way. */
async function open(context: BrowserContext, path: string) {
  const tab = await context.newPage();
  const offSite: string[] = [];
  const consoleErrors: string[] = [];
  const own = new URL(origin).origin;
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== own) offSite.push(request.url());
  });
  tab.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  tab.on('pageerror', (error) => consoleErrors.push(error.message));
  const response = await tab.goto(siteUrl(path), { waitUntil: 'load' });
  return { tab, response, offSite, consoleErrors };
}

describe.each(pages.map((p) => [p.localPath, p] as const))('%s in Chromium', (_, page) => {
  const context = () => contexts.get('light 1280px')!;

  it('shows its main heading in the page language', async () => {
    const { tab, response } = await open(context(), page.localPath);
    expect(response?.status()).toBe(200);
    expect(await tab.getAttribute('html', 'lang')).toBe(page.lang);
    expect(await tab.locator('h1').allTextContents()).toEqual([page.h1]);
    await tab.close();
  });

  it('switches to the same page in the other language', async () => {
    const { tab } = await open(context(), page.localPath);
    const counterpart = counterpartOf(page);
    await tab.locator('[data-language-switch] a').click();
    await tab.waitForURL(siteUrl(counterpart.localPath));
    expect(await tab.getAttribute('html', 'lang')).toBe(counterpart.lang);
    expect(await tab.locator('h1').textContent()).toBe(counterpart.h1);
    await tab.close();
  });

  it('has canonical and hreflang links to itself and its counterpart', async () => {
    const { tab } = await open(context(), page.localPath);
    expect(await tab.getAttribute('link[rel="canonical"]', 'href')).toBe(siteUrl(page.localPath));
    for (const target of [page, counterpartOf(page)])
      expect(await tab.getAttribute(`link[rel="alternate"][hreflang="${target.lang}"]`, 'href')).toBe(
        siteUrl(target.localPath),
      );
    await tab.close();
  });

  it.each(VIEWS.map((v) => [v.name, v] as const))(
    'in %s: no request off the site, no console error, no axe violation',
    async (name, view) => {
      const { tab, offSite, consoleErrors } = await open(contexts.get(name)!, page.localPath);
      const { violations } = await new AxeBuilder({ page: tab }).withTags(AXE_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      expect(offSite).toEqual([]);
      expect(consoleErrors).toEqual([]);
      if (view.width === 320) expect(await horizontalOverflow(tab)).toBe(0);
      await tab.close();
    },
  );
});

/** How many pixels the page itself scrolls sideways (a wide table may scroll inside its own box). */
const horizontalOverflow = (tab: Page) =>
  tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('links between pages', () => {
  it('lead from the comparison to a finding anchor on a case page', async () => {
    const { tab } = await open(contexts.get('light 1280px')!, '/id/compare/');
    await tab.locator('a[href$="#bs-ini-1"]').first().click();
    await tab.waitForURL(siteUrl('/id/cases/bandung-seoul/') + '#bs-ini-1');
    expect(await tab.locator('#bs-ini-1').textContent()).toContain('Cikapundung');
    await tab.close();
  });

  it('serve the 404 page for an address that does not exist', async () => {
    const { tab, response } = await open(contexts.get('light 1280px')!, '/cases/no-such-case/');
    expect(response?.status()).toBe(404);
    expect(await tab.locator('h1').textContent()).toBe(
      pages.find((p) => p.lang === 'en' && p.path === '/404.html')!.h1,
    );
    await tab.close();
  });
});

describe('every page at 320px', () => {
  it('has no sideways scroll, the findings’ pages included (one template, many contents)', async () => {
    const overflowing: string[] = [];
    for (const page of expectedPages(validateFolder('content').cases)) {
      const { tab } = await open(contexts.get('light 320px')!, page.localPath);
      const overflow = await horizontalOverflow(tab);
      if (overflow > 0) overflowing.push(`${page.localPath}: ${overflow}px`);
      await tab.close();
    }
    expect(overflowing).toEqual([]);
  });
});

describe('wide comparison tables', () => {
  it('scroll inside their own box at 320px, hidden labels included, as with many cases', async () => {
    const { tab } = await open(contexts.get('light 320px')!, '/id/compare/');
    // Many cases make the tables wide; widen them as a hundred cases would.
    await tab.evaluate(() => {
      for (const table of document.querySelectorAll<HTMLElement>('table')) table.style.minWidth = '2000px';
    });
    expect(await horizontalOverflow(tab)).toBe(0);
    await tab.close();
  });
});

describe('the browser gates themselves', () => {
  it('catch a request to another host and a console error', async () => {
    const { tab, offSite, consoleErrors } = await open(contexts.get('light 1280px')!, '/');
    await tab.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://tiles.example.com/1/2/3.png';
      document.body.append(img);
    });
    await tab.waitForTimeout(200);
    expect(offSite).toEqual(['https://tiles.example.com/1/2/3.png']);
    // The CSP itself blocks the image, and says so on the console.
    expect(consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    await tab.close();
  });

  it('catch a page that scrolls sideways at 320px', async () => {
    const { tab } = await open(contexts.get('light 320px')!, '/');
    await tab.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '900px';
      wide.textContent = 'wide';
      document.body.append(wide);
    });
    expect(await horizontalOverflow(tab)).toBeGreaterThan(0);
    await tab.close();
  });
});

describe('finding permalinks', () => {
  it('lead from "#id" to the finding’s own page, and copy that page’s address', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(origin).origin });
    const tab = await context.newPage();
    await tab.goto(siteUrl('/id/cases/daejeon-tangerang-selatan/'));
    const finding = tab.locator('#dts-rec-2');
    await finding.getByRole('button', { name: 'Salin tautan' }).click();
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(siteUrl('/id/findings/dts-rec-2/'));
    await finding.locator('a[href$="/id/findings/dts-rec-2/"]').click();
    await tab.waitForURL(siteUrl('/id/findings/dts-rec-2/'));
    expect(await tab.getAttribute('link[rel="canonical"]', 'href')).toBe(siteUrl('/id/findings/dts-rec-2/'));
    // And back: the finding in its case, at its anchor.
    await tab.locator(`a[href$="/id/cases/daejeon-tangerang-selatan/#dts-rec-2"]`).click();
    await tab.waitForURL(siteUrl('/id/cases/daejeon-tangerang-selatan/') + '#dts-rec-2');
    await context.close();
  });

  it('keep the Copy link button hidden without JavaScript, where it could not work', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(siteUrl('/cases/bandung-seoul/'));
    expect(await tab.locator('button[data-copy-link]').first().isHidden()).toBe(true);
    expect(await tab.locator('#bs-ini-1 a[href$="/findings/bs-ini-1/"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the lecturers’ kit', () => {
  it('prints clean: no navigation, language switch or buttons, and link addresses shown', async () => {
    const tab = await contexts.get('light 1280px')!.newPage();
    await tab.goto(siteUrl('/teach/'));
    await tab.emulateMedia({ media: 'print' });
    expect(await tab.locator('header').isVisible()).toBe(false);
    expect(await tab.locator('[data-language-switch]').isVisible()).toBe(false);
    const after = await tab
      .locator('main a[href*="/cases/"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/cases/');
    await tab.close();
  });

  it('links every discussion question to the findings it rests on', async () => {
    const tab = await contexts.get('light 1280px')!.newPage();
    await tab.goto(siteUrl('/teach/'));
    const link = tab.locator('#bs-q-3 a[href$="#dts-rec-2"]');
    // A student reads what the finding is (its kind and the start of its text), not its id.
    expect(await link.textContent()).toMatch(/^[A-Z][a-z ]+: \S/);
    expect(await link.textContent()).not.toContain('dts-rec-2');
    await link.click();
    await tab.waitForURL(siteUrl('/cases/daejeon-tangerang-selatan/') + '#dts-rec-2');
    await tab.close();
  });
});
