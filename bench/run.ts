// `npm run bench`: page weight and Lighthouse for every template, what a first search fetches, build
// scaling with 2, 100 and 500 synthetic cases beside a Starlight twin of the same content. Writes bench/RESULTS.md and the README's table; exits 1 if a budget breaks.
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../scripts/chromium.ts';
import { startStaticServer } from '../scripts/static-server.ts';
import { measuredBuild } from './build.ts';
import { runLighthouse } from './lighthouse.ts';
import { measurePageWeight } from './page-weight.ts';
import { brokenBudgets, renderResults, updateReadme, type BenchResults } from './report.ts';
import { measureScaling } from './scaling.ts';
import { SEARCH, templatesOf } from './templates.ts';
import { measureInstall } from './install.ts';
import { readCasebookContent } from '../src/loaders/casebook-content.ts';

const SCALES = (process.env.BENCH_SCALES ?? '2,100,500').split(',').map(Number);
const log = (message: string) => console.log(`[bench] ${message}`);

let outDir = '';
const server = await startStaticServer(() => outDir);
const browser = await launchChromium();
try {
  log('building the site');
  const site = measuredBuild({ siteUrl: server.origin });
  outDir = site.outDir;
  const templates: BenchResults['templates'] = [];
  for (const template of templatesOf(readCasebookContent().report.cases)) {
    const url = new URL(template.path.slice(1), server.origin).href;
    log(`${template.name}: page weight`);
    const weight = await measurePageWeight(browser, url);
    log(`${template.name}: Lighthouse ×3`);
    const lighthouse = await runLighthouse(url, 3);
    templates.push({ template, weight, lighthouse });
  }
  log('search: first query');
  const search = await measurePageWeight(
    browser,
    new URL(`${SEARCH.path.slice(1)}?q=${SEARCH.query}`, server.origin).href,
    '[data-search-results] li',
  );
  const scaling = [];
  for (const count of SCALES) {
    log(`scaling: ${count} cases`);
    scaling.push(await measureScaling(browser, count, { profile: count === Math.max(...SCALES) }));
  }
  log('install: a fresh clone with an empty npm cache');
  const install = measureInstall();
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    templates,
    search,
    scaling,
    install,
  };
  const broken = brokenBudgets(results);
  writeFileSync('bench/RESULTS.md', renderResults(results, broken));
  updateReadme('README.md', results);
  log('wrote bench/RESULTS.md and the README table');
  if (broken.length > 0) {
    console.error(`budgets broken:\n${broken.map((b) => `  - ${b}`).join('\n')}`);
    process.exitCode = 1;
  } else log('all budgets hold');
} finally {
  await browser.close();
  await server.close();
}
