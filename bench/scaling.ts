import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server.ts';
import { measuredBuild, measuredTwinBuild, type MeasuredBuild } from './build.ts';
import { editOneCase, writeSyntheticContent } from './synthetic-cases.ts';
import { profileCosts, readProfiles, type ProfileCost } from './profile.ts';

/** How a build grows with the number of cases, and whether /compare/ stays usable. */
export interface ScalingResult {
  cases: number;
  /** How many times each site was built (interleaved: casebook, twin, casebook, …); medians below. */
  runs: number;
  buildSeconds: number;
  secondsPerCase: number;
  peakMiB: number;
  /** A build from the last clean build's cache after an edit to one case (`editOneCase`). */
  rebuildSeconds: number;
  /** The Starlight twin of the same content (`starlight/twin.ts`), built in the same run. */
  starlight: { buildSeconds: number; peakMiB: number };
  compareHtmlGzip: number;
  /** /compare/ at 320 px: loads, shows its heading, and the page itself does not scroll sideways. */
  compareUsable: boolean;
  compareLoadMs: number;
  /** Where a clean build's time went (self time by package or module, every thread), when profiled. */
  profile?: ProfileCost[];
}

/** The middle value (the lower one of an even count). */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** Builds per scale: more at small scales, where a build is short and noise is large. */
const runsAt = (count: number) => (count >= 500 ? 1 : 3);

/**
 * Builds a synthetic content set of `count` cases, and its Starlight twin, interleaved on the same
 * machine in the same run, and measures both (medians); with `profile`, one more clean build runs
 * under the CPU profiler (not counted in the times).
 */
export async function measureScaling(
  browser: Browser,
  count: number,
  options: { profile?: boolean } = {},
): Promise<ScalingResult> {
  const contentDir = writeSyntheticContent(count);
  let outDir = '';
  const server = await startStaticServer(() => outDir);
  try {
    const builds: MeasuredBuild[] = [];
    const twins: Omit<MeasuredBuild, 'outDir' | 'cacheDir'>[] = [];
    for (let run = 0; run < runsAt(count); run++) {
      builds.push(measuredBuild({ contentDir, siteUrl: server.origin }));
      twins.push(measuredTwinBuild(contentDir));
    }
    const build = {
      outDir: builds.at(-1)!.outDir,
      buildSeconds: median(builds.map((b) => b.buildSeconds)),
      peakMiB: median(builds.map((b) => b.peakMiB)),
    };
    // Then an editor fixes one case: the next build starts from the last one's cache.
    editOneCase(contentDir);
    const rebuild = measuredBuild({ contentDir, siteUrl: server.origin, cacheDir: builds.at(-1)!.cacheDir });
    const profile = options.profile ? profiledBuild(contentDir, server.origin) : undefined;
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
      runs: builds.length,
      buildSeconds: build.buildSeconds,
      secondsPerCase: build.buildSeconds / count,
      peakMiB: build.peakMiB,
      rebuildSeconds: rebuild.buildSeconds,
      compareHtmlGzip: gzipSync(html).length,
      compareUsable: usable,
      compareLoadMs,
      ...(profile ? { profile } : {}),
      starlight: {
        buildSeconds: median(twins.map((b) => b.buildSeconds)),
        peakMiB: median(twins.map((b) => b.peakMiB)),
      },
    };
  } finally {
    await server.close();
  }
}

/** A clean build under the CPU profiler, and its costs. */
function profiledBuild(contentDir: string, siteUrl: string): ProfileCost[] {
  const profileDir = mkdtempSync(join(tmpdir(), 'casebook-bench-profile-'));
  try {
    measuredBuild({ contentDir, siteUrl, profileDir });
    return profileCosts(readProfiles(profileDir));
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}
