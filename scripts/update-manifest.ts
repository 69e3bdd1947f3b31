// `npm run manifest`: records newly published pages and findings in content/published.json, after
// a build. It never removes an entry: a published link must keep working (see src/lib/manifest.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRedirectPage, readBuiltPages } from './built-site.ts';
import { extendManifest, type PublishedManifest } from '../src/lib/manifest.ts';
import { findingsOf } from '../src/lib/findings.ts';
import { PATHS } from '../src/lib/routes.ts';
import { readCasebookContent } from '../src/loaders/casebook-content.ts';
import { CONTENT_DIR } from '../src/loaders/settings.ts';

const MANIFEST = join(CONTENT_DIR, 'published.json');
const outDir = process.env.CASEBOOK_OUT_DIR ?? 'dist';

const manifest: PublishedManifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const pages = readBuiltPages(outDir)
  .filter((page) => !isRedirectPage(page))
  .map((page) => page.path);
const { cases } = readCasebookContent().report;
const findings = Object.fromEntries(
  cases.flatMap(({ slug, data }) => findingsOf(data).map((f) => [f.id, PATHS.case(slug)] as const)),
);
const next = extendManifest(manifest, pages, findings);
writeFileSync(MANIFEST, JSON.stringify(next, null, 2) + '\n');
const added =
  next.pages.length -
  manifest.pages.length +
  Object.keys(next.findings).length -
  Object.keys(manifest.findings).length;
console.log(`${MANIFEST}: ${added} new entr${added === 1 ? 'y' : 'ies'}`);
