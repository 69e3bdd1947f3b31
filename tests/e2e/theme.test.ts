import type { Browser } from 'playwright-core';
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

const background = () => getComputedStyle(document.body).backgroundColor;

/** Records, in the page, which theme the document carries the moment <body> is first parsed. */
const recordThemeAtFirstBody = () => {
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    (window as unknown as { themeAtBody: string }).themeAtBody =
      document.documentElement.dataset.theme ?? 'system';
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
};

describe('the colour theme', () => {
  it('follows the system when the reader has not picked one', async () => {
    const light = await browser.newContext({ colorScheme: 'light' });
    const dark = await browser.newContext({ colorScheme: 'dark' });
    const lightTab = await light.newPage();
    const darkTab = await dark.newPage();
    await lightTab.goto(siteUrl('/cases/'));
    await darkTab.goto(siteUrl('/cases/'));
    expect(await lightTab.evaluate(background)).not.toBe(await darkTab.evaluate(background));
    expect(await darkTab.locator('#theme-picker').inputValue()).toBe('system');
    await light.close();
    await dark.close();
  });

  it('can be switched by keyboard, and the choice holds on the next page from the first paint', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const tab = await context.newPage();
    await tab.goto(siteUrl('/id/'));
    const lightBackground = await tab.evaluate(background);
    await tab.locator('#theme-picker').focus();
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('ArrowDown');
    expect(await tab.locator('#theme-picker').inputValue()).toBe('dark');
    expect(await tab.evaluate(background)).not.toBe(lightBackground);

    await tab.addInitScript(recordThemeAtFirstBody);
    await tab.goto(siteUrl('/id/compare/'));
    expect(await tab.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    expect(await tab.locator('#theme-picker').inputValue()).toBe('dark');
    await context.close();
  });

  it('keeps the picker hidden without JavaScript, and still follows the system', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const tab = await context.newPage();
    await tab.goto(siteUrl('/'));
    expect(await tab.locator('[data-theme-picker]').isHidden()).toBe(true);
    expect(await tab.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toContain(
      'dark',
    );
    await context.close();
  });
});
