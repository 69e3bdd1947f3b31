import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const [url, out, width, y = '0', h = '1400', sel] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width ?? 1280), height: 900 } });
await page.goto(url);
if (sel) await page.locator(sel).scrollIntoViewIfNeeded();
const top = sel ? await page.locator(sel).evaluate((e) => e.getBoundingClientRect().top + window.scrollY) : Number(y);
await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: top, width: Number(width), height: Number(h) } });
await browser.close();
