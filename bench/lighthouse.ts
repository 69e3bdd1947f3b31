import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/chromium.ts';

/** Debian's Chromium with a DevTools port for Lighthouse to drive, and the port it chose. */
async function launchForLighthouse(): Promise<{ port: number; close: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'casebook-lighthouse-'));
  const chrome: ChildProcess = spawn(
    CHROMIUM,
    [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let log = '';
    chrome.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) resolve(Number(match[1]));
    });
    chrome.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened:\n${log}`)));
  });
  return {
    port,
    /* Chromium writes to its profile while it shuts down: wait for it to exit before removing it. */
    close: async () => {
      if (chrome.exitCode === null && chrome.signalCode === null) {
        const exited = new Promise((resolve) => chrome.once('exit', resolve));
        chrome.kill();
        await exited;
      }
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

/** One Lighthouse report, as the runner returns it. */
type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const;

/** Median Lighthouse scores (0–100) and metrics (ms; CLS unitless) of several runs. */
export interface LighthouseResult {
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<keyof typeof METRICS, number>;
  runs: number;
  /** Audits that kept a category below 100 in the median run, to say what to fix. */
  failing: string[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Runs Lighthouse (its default mobile settings) `runs` times on a URL in Debian's Chromium. */
export async function runLighthouse(url: string, runs = 3): Promise<LighthouseResult> {
  const chrome = await launchForLighthouse();
  try {
    const reports: Report[] = [];
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      reports.push(result.lhr);
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, median(reports.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)))]),
    ) as LighthouseResult['scores'];
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([key, audit]) => [
        key,
        median(reports.map((r) => r.audits[audit]?.numericValue ?? NaN)),
      ]),
    ) as LighthouseResult['metrics'];
    const failing = reports.flatMap((r) =>
      CATEGORIES.flatMap((c) =>
        (r.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (r.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id}`),
      ),
    );
    return { scores, metrics, runs, failing: [...new Set(failing)] };
  } finally {
    await chrome.close();
  }
}
