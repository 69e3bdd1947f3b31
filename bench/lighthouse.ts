import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/chromium.ts';

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
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
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
    chrome.kill();
  }
}
