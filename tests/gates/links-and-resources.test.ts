import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readBuiltPages } from '../../scripts/built-site.ts';
import { brokenLinks, cspProblems, offSiteResources, unsafeExternalLinks } from '../helpers/site-audit.ts';

const { outDir, origin } = inject('site');
const pages = readBuiltPages(outDir);
const fileExists = (path: string) => existsSync(join(outDir, path)) && statSync(join(outDir, path)).isFile();
const withPage = (html: string) => [{ ...pages.find((p) => p.path === '/cases/bandung-seoul/')!, html }];
const casePage = pages.find((p) => p.path === '/cases/bandung-seoul/')!;

describe('links', () => {
  it('every internal link and #fragment resolves', () => {
    expect(brokenLinks(pages, origin, fileExists)).toEqual([]);
  });

  it('a dead anchor is caught', () => {
    const broken = casePage.html.replace('</main>', '<a href="#no-such-finding">x</a></main>');
    expect(
      brokenLinks([...pages.filter((p) => p !== casePage), ...withPage(broken)], origin, fileExists),
    ).toEqual([
      '/cases/bandung-seoul/: #no-such-finding points at #no-such-finding, which /cases/bandung-seoul/ does not have',
    ]);
  });

  it('a link to a missing page is caught', () => {
    const broken = casePage.html.replace('</main>', '<a href="../no-such-case/">x</a></main>');
    expect(brokenLinks(withPage(broken), origin, fileExists)).toContain(
      '/cases/bandung-seoul/: ../no-such-case/ leads to no page or file',
    );
  });
});

describe('privacy and security', () => {
  it('no page loads anything from another host', () => {
    expect(pages.flatMap((p) => offSiteResources(p, origin))).toEqual([]);
  });

  it('an external image is caught', () => {
    const broken = casePage.html.replace(
      '</main>',
      '<img src="https://tiles.example.com/x.png" alt=""></main>',
    );
    expect(offSiteResources(withPage(broken)[0]!, origin)).toEqual([
      '/cases/bandung-seoul/: loads https://tiles.example.com/x.png from another host',
    ]);
  });

  it('every external link carries rel="noopener noreferrer"', () => {
    expect(pages.flatMap((p) => unsafeExternalLinks(p, origin))).toEqual([]);
    const broken = casePage.html.replace('</main>', '<a href="https://example.org/">x</a></main>');
    expect(unsafeExternalLinks(withPage(broken)[0]!, origin)).toHaveLength(1);
  });

  it('every page has a CSP without unsafe-inline or unsafe-eval for scripts, and no inline script', () => {
    expect(pages.flatMap(cspProblems)).toEqual([]);
  });

  it('an inline script or a weakened CSP is caught', () => {
    const inline = casePage.html.replace('</main>', '<script>alert(1)</script></main>');
    expect(cspProblems(withPage(inline)[0]!)).toEqual([
      '/cases/bandung-seoul/: inline <script> (blocked by the CSP): alert(1)',
    ]);
    const weak = casePage.html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
    expect(cspProblems(withPage(weak)[0]!)).toEqual([
      "/cases/bandung-seoul/: the CSP allows 'unsafe-inline' for scripts",
    ]);
    const wasm = casePage.html.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
    expect(cspProblems(withPage(wasm)[0]!)).toEqual([
      "/cases/bandung-seoul/: the CSP allows 'wasm-unsafe-eval' outside the search page",
    ]);
  });
});
