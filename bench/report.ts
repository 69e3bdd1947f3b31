import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageWeight } from './page-weight.ts';
import type { ScalingResult } from './scaling.ts';
import { BUDGETS, SEARCH, type Template } from './templates.ts';
import { INSTALL_BEFORE, type InstallCost } from './install.ts';

/** Everything one run of the benchmark measured. */
export interface BenchResults {
  date: string;
  templates: { template: Template; weight: PageWeight; lighthouse: LighthouseResult }[];
  /** The search page with a first query, until its first result shows. */
  search: PageWeight;
  scaling: ScalingResult[];
  /** A new user's `npm install`. */
  install: InstallCost;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pair = (b: { raw: number; gzip: number }) => `${kb(b.raw)} / ${kb(b.gzip)}`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** The budgets a run breaks, in words; empty when all hold. */
export function brokenBudgets(results: BenchResults): string[] {
  const broken: string[] = [];
  for (const { template, weight, lighthouse } of results.templates) {
    for (const [category, score] of Object.entries(lighthouse.scores))
      if (score < BUDGETS.lighthouseMin)
        broken.push(
          `${template.name}: Lighthouse ${category} ${score} < ${BUDGETS.lighthouseMin} (${lighthouse.failing.join(', ')})`,
        );
    if (weight.bytes.js.gzip > BUDGETS.scriptGzipMax)
      broken.push(
        `${template.name}: ${kb(weight.bytes.js.gzip)} of JavaScript on load > ${kb(BUDGETS.scriptGzipMax)}`,
      );
    if (weight.fontRequests > BUDGETS.fontRequestsMax)
      broken.push(`${template.name}: ${weight.fontRequests} web font(s) on load`);
    if (template.name === 'case' && weight.total.gzip > BUDGETS.casePageGzipMax)
      broken.push(`case page: ${kb(weight.total.gzip)} gzip in all > ${kb(BUDGETS.casePageGzipMax)}`);
  }
  const hundred = results.scaling.find((s) => s.cases === 100);
  if (hundred && !hundred.compareUsable) broken.push('/compare/ at 100 cases is not usable at 320 px');
  for (const scale of results.scaling) {
    const limit = BUDGETS.buildRatioMax[scale.cases as keyof typeof BUDGETS.buildRatioMax];
    const ratio = scale.buildSeconds / scale.starlight.buildSeconds;
    if (limit !== undefined && ratio > limit)
      broken.push(`${scale.cases} cases: build ${ratio.toFixed(2)}× Starlight's > ${limit}×`);
    const rebuild = scale.rebuildSeconds / scale.buildSeconds;
    if (scale.cases >= 500 && rebuild > BUDGETS.rebuildRatioMax)
      broken.push(
        `${scale.cases} cases: a rebuild after a one-case edit takes ${rebuild.toFixed(2)}× the clean build > ${BUDGETS.rebuildRatioMax}×`,
      );
    if (scale.cases >= 500 && scale.peakMiB > scale.starlight.peakMiB)
      broken.push(
        `${scale.cases} cases: peak memory ${Math.round(scale.peakMiB)} MiB > Starlight's ${Math.round(scale.starlight.peakMiB)} MiB`,
      );
    if (scale.peakMiB > BUDGETS.buildPeakMiBMax)
      broken.push(
        `${scale.cases} cases: peak memory ${Math.round(scale.peakMiB)} MiB > ${BUDGETS.buildPeakMiBMax} MiB`,
      );
  }
  return broken;
}

/** bench/RESULTS.md. */
export function renderResults(results: BenchResults, broken: string[]): string {
  const weightRows = results.templates.map(({ template, weight }) => [
    template.name,
    `\`${template.path}\``,
    weight.requests,
    pair(weight.bytes.html),
    pair(weight.bytes.css),
    pair(weight.bytes.js),
    pair({
      raw: weight.bytes.font.raw + weight.bytes.image.raw + weight.bytes.other.raw,
      gzip: weight.bytes.font.gzip + weight.bytes.image.gzip + weight.bytes.other.gzip,
    }),
    pair(weight.total),
  ]);
  const lighthouseRows = results.templates.map(({ template, lighthouse: l }) => [
    template.name,
    l.scores.performance,
    l.scores.accessibility,
    l.scores['best-practices'],
    l.scores.seo,
    `${Math.round(l.metrics.fcp)} ms`,
    `${Math.round(l.metrics.lcp)} ms`,
    `${Math.round(l.metrics.tbt)} ms`,
    l.metrics.cls.toFixed(3),
  ]);
  const twinRows = results.scaling.map((s) => [
    s.cases,
    s.runs,
    s.buildSeconds.toFixed(1),
    s.starlight.buildSeconds.toFixed(1),
    `${(s.buildSeconds / s.starlight.buildSeconds).toFixed(2)}×`,
    `${s.rebuildSeconds.toFixed(1)} (${(s.rebuildSeconds / s.buildSeconds).toFixed(2)}×)`,
    Math.round(s.peakMiB),
    Math.round(s.starlight.peakMiB),
    `${(s.peakMiB / s.starlight.peakMiB).toFixed(2)}×`,
  ]);
  const scalingRows = results.scaling.map((s) => [
    s.cases,
    s.buildSeconds.toFixed(1),
    s.secondsPerCase.toFixed(3),
    Math.round(s.peakMiB),
    kb(s.compareHtmlGzip),
    s.compareUsable ? 'yes' : '**no**',
    `${Math.round(s.compareLoadMs)} ms`,
  ]);
  return `# Benchmark results

Written by \`npm run bench\` on ${results.date} (${cpus().length} cores, Node ${process.versions.node},
Debian's Chromium). Do not edit by hand.

## Bytes fetched on load, per template (raw / gzip)

Measured in Chromium with an empty cache: every response of the page load, gzip at level 6.

${table(['template', 'page', 'requests', 'HTML', 'CSS', 'JS', 'fonts, images, other', 'total'], weightRows)}

A first search (\`${SEARCH.path}?q=${SEARCH.query}\`, until the first result shows, Pagefind's
engine, index and fragments included): ${results.search.requests} requests, ${pair(results.search.total)}
(JS ${pair(results.search.bytes.js)}).

## Lighthouse (mobile defaults, median of ${results.templates[0]?.lighthouse.runs ?? 0} runs)

${table(['template', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'], lighthouseRows)}

## Build scaling (synthetic cases of realistic length, in a temporary folder)

The build time includes the content validation every build runs first; peak memory is the Astro build process's
maximum resident set; \`/compare/\` is usable when it loads at 320 px with its heading and without
sideways page scroll (at that width its tables are stacked, one block per case).

${table(['cases', 'build s', 's per case', 'peak MiB', '/compare/ HTML gzip', '/compare/ usable', '/compare/ load'], scalingRows)}

## Casebook and its Starlight twin

The same synthetic content built as a Starlight site (\`bench/starlight/\`: one page per case and
language with the case's texts, Starlight's own Pagefind), interleaved with the casebook's builds in
this run; medians of the runs. The casebook's build also writes its finding pages, citation files,
preview cards and data files, which the twin has no counterpart for. The rebuild starts from the
last clean build's cache after one case's city is renamed (its pages, its neighbours', the
comparison and the lists change); Astro copies every other page from the cache.

${table(['cases', 'runs', 'casebook s', 'Starlight s', 'time ratio', 'casebook rebuild s (of clean)', 'casebook peak MiB', 'Starlight peak MiB', 'memory ratio'], twinRows)}

${profileSection(results.scaling)}## Install

A fresh clone of the committed project, \`npm install\` with an empty npm cache, on this machine. The
benchmark's own tools (Lighthouse) live in \`bench/package.json\` and are installed by \`npm run bench\`
only.

${table(
  ['', 'packages', 'node_modules', 'cold install', 'npm stderr lines'],
  [
    [
      `before (${INSTALL_BEFORE.commit})`,
      INSTALL_BEFORE.packages,
      `${INSTALL_BEFORE.mib.toFixed(0)} MiB`,
      `${INSTALL_BEFORE.coldSeconds.toFixed(1)} s`,
      INSTALL_BEFORE.stderrLines,
    ],
    [
      'now',
      results.install.packages,
      `${results.install.mib.toFixed(0)} MiB`,
      `${results.install.coldSeconds.toFixed(1)} s`,
      results.install.stderrLines,
    ],
  ],
)}

## Budgets

- Lighthouse ${BUDGETS.lighthouseMin} in all four categories on every template
- a case page at most ${kb(BUDGETS.casePageGzipMax)} gzip in all (HTML, CSS, JS, fonts, images)
- at most ${kb(BUDGETS.scriptGzipMax)} gzip of JavaScript on load; no web fonts on load
- \`/compare/\` builds and stays usable at 100 cases
- a build at most ${BUDGETS.buildRatioMax[100]}× the Starlight twin's time at 100 cases and ${BUDGETS.buildRatioMax[500]}× at 500, with no more peak memory than the twin's at 500 and never above ${BUDGETS.buildPeakMiBMax} MiB
- a rebuild after an edit to one of 500 cases at most ${BUDGETS.rebuildRatioMax}× the clean build

${broken.length === 0 ? 'All budgets hold.' : `**Broken:**\n\n${broken.map((b) => `- ${b}`).join('\n')}`}
`;
}

/** The top five costs of the profiled build, by self time (empty when no scale was profiled). */
function profileSection(scaling: ScalingResult[]): string {
  const profiled = scaling.find((s) => s.profile);
  if (!profiled?.profile) return '';
  const rows = profiled.profile
    .slice(0, 5)
    .map((cost, i) => [i + 1, cost.label, cost.seconds.toFixed(1), `${(cost.share * 100).toFixed(1)} %`]);
  return `## Where a ${profiled.cases}-case build's time goes

One more clean build of the ${profiled.cases} cases under \`node --cpu-prof\` (slower than the measured
ones; every thread), its sampled time summed by the package or module that was running (self time):
the top five.

${table(['', 'spent in', 'seconds', 'share'], rows)}

`;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the README's short results table (between the bench markers). */
export function updateReadme(path: string, results: BenchResults): void {
  const readme = readFileSync(path, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`${path} lacks the ${START} … ${END} markers`);
  const rows = results.templates.map(({ template, weight, lighthouse: l }) => [
    template.name,
    kb(weight.total.gzip),
    kb(weight.bytes.js.gzip),
    weight.requests,
    `${l.scores.performance} / ${l.scores.accessibility} / ${l.scores['best-practices']} / ${l.scores.seo}`,
  ]);
  const scaling = results.scaling
    .map((s) => `${s.cases} cases: ${s.buildSeconds.toFixed(1)} s, ${Math.round(s.peakMiB)} MiB`)
    .join('; ');
  const block = `${START}
Latest \`npm run bench\` (${results.date}; details in [bench/RESULTS.md](bench/RESULTS.md)):

${table(['template', 'on load, gzip', 'JS gzip', 'requests', 'Lighthouse perf / a11y / BP / SEO'], rows)}

A first search fetches ${kb(results.search.total.gzip)} gzip in all (${results.search.requests} requests).
Build with synthetic cases: ${scaling}.
${END}`;
  writeFileSync(path, readme.slice(0, from) + block + readme.slice(to + END.length));
}
