import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server.ts';
import { measuredBuild } from './build.ts';
import { writeSyntheticContent } from './synthetic-cases.ts';

/** How a build grows with the number of cases, and whether /compare/ stays usable. */
export interface ScalingResult {
  cases: number;
  buildSeconds: number;
  secondsPerCase: number;
  peakMiB: number;
  compareHtmlGzip: number;
  /** /compare/ at 320 px: loads, shows its heading, and the page itself does not scroll sideways. */
  compareUsable: boolean;
  compareLoadMs: number;
}

/** Builds a synthetic content set of `count` cases and measures it. */
export async function measureScaling(browser: Browser, count: number): Promise<ScalingResult> {
  const contentDir = writeSyntheticContent(count);
  let outDir = '';
  const server = await startStaticServer(() => outDir);
  try {
    const build = measuredBuild({ contentDir, siteUrl: server.origin });
    outDir = build.outDir;
    const html = readFileSync(join(outDir, 'compare/index.html'));
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(new URL('compare/', server.origin).href, { waitUntil: 'load' });
    const compareLoadMs = performance.now() - started;
    const usable = await page.evaluate(
      () =>
        document.querySelector('h1')?.textContent !== '' &&
        document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    );
    await context.close();
    return {
      cases: count,
      buildSeconds: build.buildSeconds,
      secondsPerCase: build.buildSeconds / count,
      peakMiB: build.peakMiB,
      compareHtmlGzip: gzipSync(html).length,
      compareUsable: usable,
      compareLoadMs,
    };
  } finally {
    await server.close();
  }
}
