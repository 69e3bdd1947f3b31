// `npm run zotero-check`: what Zotero really makes of the casebook. Builds the site, serves it on
// 127.0.0.1, and asks a Zotero translation-server (the engine behind the Zotero Connector; default
// http://127.0.0.1:1969, or $ZOTERO_SERVER) to save every page (POST /web) and to import every
// citation file (POST /import), then exports an imported thesis as BibTeX (POST /export). Each
// result is held to the rules below. Without a server it says so and exits 0: CI has none (see the
// README for setting one up); `npm test` checks the tags and files the server reads instead.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRedirectPage, readBuiltPages } from './built-site.ts';
import { startStaticServer } from './static-server.ts';
import { CASEBOOK_AUTHOR, CASEBOOK_TITLE } from '../src/lib/casebook-name.ts';

const SERVER = process.env.ZOTERO_SERVER ?? 'http://127.0.0.1:1969';

interface ZoteroItem {
  itemType: string;
  title?: string;
  creators?: { name?: string; firstName?: string; lastName?: string; creatorType: string }[];
  websiteTitle?: string;
  thesisType?: string;
  versionNumber?: string;
  url?: string;
  language?: string;
  date?: string;
  extra?: string;
  shortTitle?: string;
}

async function post(path: string, body: string, type = 'text/plain') {
  const response = await fetch(SERVER + path, { method: 'POST', headers: { 'Content-Type': type }, body });
  const text = await response.text();
  return { status: response.status, text };
}

async function serverIsThere(): Promise<boolean> {
  try {
    await fetch(SERVER, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

if (!(await serverIsThere())) {
  console.log(`zotero-check skipped: no Zotero translation-server answers at ${SERVER}.`);
  console.log('Set one up as the README says ("Checking with Zotero"), or point $ZOTERO_SERVER at one.');
  process.exit(0);
}

/** Builds the site for `origin` into a folder of its own; returns the folder. */
function build(origin: string): string {
  const outDir = join(mkdtempSync(join(tmpdir(), 'casebook-zotero-')), 'dist');
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: origin, CASEBOOK_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('the site does not build');
  return outDir;
}

const failures: string[] = [];
const check = (what: string, ok: boolean, detail: unknown) => {
  if (!ok) failures.push(`${what}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
};
const isCasebook = (item: ZoteroItem) =>
  item.creators?.length === 1 && item.creators[0]!.name === CASEBOOK_AUTHOR;

let outDir = '';
const server = await startStaticServer(() => outDir, '/');
try {
  outDir = build(server.origin);
  const pages = readBuiltPages(outDir).filter(
    (page) => !isRedirectPage(page) && !page.path.endsWith('404.html'),
  );
  const meta = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]?.replace(/&amp;/g, '&');

  // Every page, saved with the Connector's button.
  for (const page of pages) {
    const url = new URL(page.path.slice(1), server.origin).href;
    const { status, text } = await post('/web', url);
    const items = status === 200 ? (JSON.parse(text) as ZoteroItem[]) : [];
    check(`save ${page.path}`, items.length === 1, `HTTP ${status}, ${items.length} items`);
    const [item] = items;
    if (!item) continue;
    const isData = /^\/(?:id\/)?data\/$/.test(page.path);
    check(`save ${page.path}: type`, item.itemType === (isData ? 'dataset' : 'webpage'), item.itemType);
    check(`save ${page.path}: the casebook as one author`, isCasebook(item), item.creators);
    check(
      `save ${page.path}: address`,
      item.url === meta(page.html, /<link rel="canonical" href="([^"]+)"/),
      item.url,
    );
    check(`save ${page.path}: date`, /^\d{4}-\d{2}-\d{2}$/.test(item.date ?? ''), item.date);
    // Zotero makes a short title of what stands before a colon: "Source record" would pass for the thesis.
    if (page.path.includes('/sources/'))
      check(`save ${page.path}: no short title`, item.shortTitle === undefined, item.shortTitle);
    if (isData)
      check(
        `save ${page.path}: version`,
        /^\d+\.\d+\.\d+$/.test(item.versionNumber ?? ''),
        item.versionNumber,
      );
    else {
      // The title the page offers a reference manager (COinS), which a finding's page words apart
      // from its heading; the short title Zotero makes of it names the finding, not its case.
      const coins = meta(page.html, /<span class="Z3988" title="([^"]+)"/);
      const offered = coins
        ? new URLSearchParams(coins).get('rft.title')
        : meta(page.html, /<meta property="og:title" content="([^"]+)"/);
      check(`save ${page.path}: title`, item.title === offered, item.title);
      const finding = /\/findings\/([^/]+)\/$/.exec(page.path)?.[1];
      if (finding)
        check(
          `save ${page.path}: short title`,
          item.shortTitle?.endsWith(` ${finding}`) === true,
          item.shortTitle,
        );
      check(`save ${page.path}: website`, item.websiteTitle === CASEBOOK_TITLE, item.websiteTitle);
    }
  }

  // Every citation file, imported.
  const citeDirs = [join(outDir, 'cite'), join(outDir, 'id', 'cite')];
  const files = citeDirs.flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)));
  for (const file of files) {
    const { status, text } = await post('/import', readFileSync(file, 'utf8'));
    const items = (status === 200 ? (JSON.parse(text) as ZoteroItem[]) : []).filter(
      (i) => i.itemType !== 'note',
    );
    const name = file.slice(outDir.length);
    check(`import ${name}`, items.length > 0, `HTTP ${status}`);
    const keyKept = /\.(ris|json)$/.test(file);
    for (const item of items) {
      if (item.itemType === 'thesis')
        check(`import ${name}: thesis type`, item.thesisType === 'Thesis', item.thesisType);
      else {
        check(`import ${name}: type`, item.itemType === 'webpage', item.itemType);
        check(`import ${name}: website`, item.websiteTitle === CASEBOOK_TITLE, item.websiteTitle);
        check(`import ${name}: the casebook as one author`, isCasebook(item), item.creators);
      }
      if (keyKept)
        check(`import ${name}: citation key`, /^Citation Key: \S+/m.test(item.extra ?? ''), item.extra);
    }
  }

  // A thesis exported again as BibTeX: its type stays "Thesis", never "PhD" (@phdthesis is BibTeX's
  // entry for any thesis; its `type` field is what styles print).
  const thesisFile =
    files.find((file) => /\/cite\/[^/]*thesis[^/]*\.ris$|\/cite\/[a-z]+-\d{4}\.ris$/.test(file)) ?? files[0]!;
  const imported = await post('/import', readFileSync(thesisFile, 'utf8'));
  const exported = await post('/export?format=bibtex', imported.text, 'application/json');
  check(
    'export BibTeX: thesis type',
    /type = \{Thesis\}/.test(exported.text) && !/= \{[^}]*PhD/i.test(exported.text),
    exported.text,
  );

  console.log(
    `zotero-check against ${SERVER}: ${pages.length} pages saved, ${files.length} files imported, 1 export`,
  );
  for (const failure of failures) console.log(`  FAIL ${failure}`);
  console.log(failures.length === 0 ? 'all as expected' : `${failures.length} failure(s)`);
} finally {
  await server.close();
}
process.exit(failures.length === 0 ? 0 : 1);
