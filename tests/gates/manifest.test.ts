import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { findingsOf } from '../../src/lib/findings.ts';
import { manifestProblems, type PublishedManifest, type PublishedSite } from '../../src/lib/manifest.ts';
import { localizedPath, PATHS } from '../../src/lib/routes.ts';
import { LANGUAGES } from '../../src/schemas/localized.ts';
import { isRedirectPage, readBuiltPages } from '../../scripts/built-site.ts';
import { publishedSite } from '../helpers/published-site.ts';
import { ROOT, validateFolder } from '../helpers/content.ts';

const manifest: PublishedManifest = JSON.parse(readFileSync(join(ROOT, 'content/published.json'), 'utf8'));
const { outDir, origin } = inject('site');
const built = readBuiltPages(outDir);
const site = publishedSite(outDir, origin);
const inEveryLanguage = (path: string) => LANGUAGES.map((lang) => localizedPath(lang, path));

describe('the published manifest (content/published.json)', () => {
  it('is kept: every published page and finding anchor still exists', () => {
    expect(manifestProblems(manifest, site, inEveryLanguage)).toEqual([]);
  });

  it('records every page and finding now published (run `npm run manifest` after adding some)', () => {
    const pages = built.filter((p) => !isRedirectPage(p)).map((p) => p.path);
    expect(pages.filter((p) => !manifest.pages.includes(p))).toEqual([]);
    const findings = validateFolder('content').cases.flatMap(({ slug, data }) =>
      findingsOf(data).map((f) => [f.id, PATHS.case(slug)]),
    );
    expect(findings.filter(([id, path]) => manifest.findings[id!] !== path)).toEqual([]);
  });

  it('fails when a finding id is dropped without an alias', () => {
    const page = '/cases/bandung-seoul/';
    const without = (id: string): PublishedSite => ({
      pages: new Map([...site.pages].map(([path, ids]) => [path, new Set([...ids].filter((x) => x !== id))])),
    });
    expect(manifestProblems(manifest, without('bs-ini-1'), inEveryLanguage)).toEqual([
      `finding bs-ini-1 is gone from ${page}: if it was renamed, list "bs-ini-1" in its formerIds`,
      `finding bs-ini-1 is gone from /id${page}: if it was renamed, list "bs-ini-1" in its formerIds`,
    ]);
  });

  it('fails when a published page is gone', () => {
    const pages = new Map(site.pages);
    pages.delete('/id/glossary/');
    expect(manifestProblems(manifest, { pages }, inEveryLanguage)).toEqual([
      'published page /id/glossary/ is gone: add a redirect for it to content/redirects.yaml',
    ]);
  });
});
