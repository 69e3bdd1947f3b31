import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { t } from '../../src/i18n/index.ts';
import { localizedPath, PATHS } from '../../src/lib/routes.ts';
import { LANGUAGES } from '../../src/schemas/localized.ts';
import { siteUrl } from '../helpers/browser.ts';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

const status = (tab: Page) => tab.locator('[data-search-status]');
const results = (tab: Page) => tab.locator('[data-search-results] > li');

/** Types a query into the search page's own box and waits until the status reports on it. */
async function search(tab: Page, query: string) {
  await tab.locator('#search-query').fill(query);
  await tab.locator('#search-query').press('Enter');
  await tab.waitForFunction(
    (q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`),
    query,
  );
}

describe.each(LANGUAGES)('search in %s', (lang) => {
  const searchPage = siteUrl(localizedPath(lang, PATHS.search));
  const casePage = siteUrl(localizedPath(lang, PATHS.case('bandung-seoul')));

  it('lists the Bandung–Seoul finding for "Cikapundung", and opening it lands on its anchor', async () => {
    const tab = await context.newPage();
    await tab.goto(searchPage);
    await search(tab, 'Cikapundung');
    const hit = results(tab).filter({ has: tab.locator('a[href$="#bs-ini-1"]') });
    expect(await hit.count()).toBe(1);
    expect(await hit.textContent()).toContain('Bandung–Seoul');
    expect(await hit.textContent()).toContain(t(lang, 'field.urban-governance'));
    await hit.locator('a').click();
    await tab.waitForURL(`${casePage}#bs-ini-1`);
    expect(await tab.locator(':target').getAttribute('id')).toBe('bs-ini-1');
    expect(await tab.locator('#bs-ini-1').textContent()).toContain('Cikapundung');
    await tab.close();
  });

  it('says so when no page has the word', async () => {
    const tab = await context.newPage();
    await tab.goto(searchPage);
    await search(tab, 'Zanzibarqux');
    expect(await status(tab).textContent()).toBe(t(lang, 'search.none', { query: 'Zanzibarqux' }));
    expect(await results(tab).count()).toBe(0);
    await tab.close();
  });

  it('narrows results by case and by kind of finding', async () => {
    const tab = await context.newPage();
    await tab.goto(searchPage);
    await search(tab, 'Seoul');
    const all = await results(tab).count();
    await tab.locator('details summary').click();
    await tab.getByRole('checkbox', { name: 'Daejeon–Tangerang Selatan' }).check();
    await tab.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length < n, all);
    const urls = await results(tab).evaluateAll((items) =>
      items.map((li) => (li as HTMLElement).dataset.searchResult),
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url?.includes('/cases/daejeon-tangerang-selatan/'))).toBe(true);

    await tab.getByRole('checkbox', { name: 'Daejeon–Tangerang Selatan' }).uncheck();
    await tab.getByRole('checkbox', { name: t(lang, 'findingKind.recommendation'), exact: true }).check();
    await tab.waitForFunction(() =>
      [...document.querySelectorAll<HTMLElement>('[data-search-results] > li')].every((li) =>
        /-rec-\d+$/.test(li.dataset.searchResult ?? ''),
      ),
    );
    expect(await results(tab).count()).toBeGreaterThan(0);
    await tab.close();
  });
});

describe('the search box', () => {
  it('works by keyboard alone, from the header of any page to the finding', async () => {
    const tab = await context.newPage();
    await tab.goto(siteUrl('/id/compare/'));
    for (let i = 0; i < 30 && (await tab.evaluate(() => document.activeElement?.id)) !== 'site-search'; i++)
      await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await tab.keyboard.type('Cikapundung');
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`${siteUrl('/id/search/')}?q=Cikapundung`);
    await tab.waitForSelector('[data-search-results] a[href$="#bs-ini-1"]');
    expect(await tab.locator('#search-query').inputValue()).toBe('Cikapundung');
    await tab.locator('#search-query').focus();
    for (
      let i = 0;
      i < 30 && !(await tab.evaluate(() => document.activeElement?.closest('[data-search-results]')));
      i++
    )
      await tab.keyboard.press('Tab');
    expect(await tab.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/#bs-ini-1$/);
    await tab.keyboard.press('Enter');
    await tab.waitForURL(`${siteUrl('/id/cases/bandung-seoul/')}#bs-ini-1`);
    await tab.close();
  });

  it('loads the search engine and index only once a reader starts searching', async () => {
    const tab = await context.newPage();
    const fetched: string[] = [];
    tab.on('request', (request) => {
      if (request.url().includes('/pagefind/')) fetched.push(request.url());
    });
    await tab.goto(siteUrl('/cases/bandung-seoul/'));
    await tab.goto(siteUrl('/search/'));
    await tab.waitForTimeout(300);
    expect(fetched).toEqual([]);
    await search(tab, 'river');
    expect(fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await tab.close();
  });

  it('says without JavaScript that search needs it, and links the case list', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const tab = await noScript.newPage();
    await tab.goto(siteUrl('/search/'));
    expect(await tab.locator('form[data-search]').isHidden()).toBe(true);
    const message = tab.locator('[data-search-no-script]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.locator('a').getAttribute('href')).toBe(new URL(siteUrl('/cases/')).pathname);
    await noScript.close();
  });
});
