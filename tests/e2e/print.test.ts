import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.ts';
import { siteUrl } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page as it prints. */
async function printed(path: string): Promise<Page> {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const tab = await context.newPage();
  await tab.goto(siteUrl(path));
  await tab.emulateMedia({ media: 'print' });
  return tab;
}

const visible = (tab: Page, selector: string) =>
  tab
    .locator(selector)
    .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
const afterContent = (tab: Page, selector: string) =>
  tab
    .locator(selector)
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);

/** Pages that lecturers print, with the figures each must keep on paper. */
const HANDOUTS = [
  ['/cases/bandung-seoul/', ['ladder', 'timeline']],
  ['/id/compare/', ['ladder', 'matrix']],
  ['/teach/', []],
] as const;

describe.each(HANDOUTS)('%s in print', (path, figures) => {
  it('hides navigation, search, theme picker and buttons, and keeps the figures', async () => {
    const tab = await printed(path);
    for (const selector of ['header', 'nav', 'button', 'form', '[data-theme-picker]'])
      expect(await visible(tab, selector), selector).toBe(0);
    for (const name of figures) expect(await visible(tab, `figure[data-figure="${name}"]`), name).toBe(1);
    await tab.context().close();
  });

  it('prints the page’s own address, and the address of each external link', async () => {
    const tab = await printed(path);
    expect(await tab.locator('[data-print-url]').isVisible()).toBe(true);
    expect(await tab.locator('[data-print-url]').textContent()).toContain(siteUrl(path));
    expect(await afterContent(tab, 'a[rel~="license"]')).toContain(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    await tab.context().close();
  });

  it('prints in light colours even when the screen is dark', async () => {
    const tab = await printed(path);
    expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await tab.context().close();
  });
});

describe('on screen', () => {
  it('the page address for print stays hidden', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(siteUrl('/cases/bandung-seoul/'));
    expect(await tab.locator('[data-print-url]').isHidden()).toBe(true);
    await context.close();
  });
});
