import type { BuiltPage } from '../../scripts/built-site.ts';
import { elementsOf, type El } from './html-tree.ts';

/** Attributes that point at another resource, by element. */
const URL_ATTRIBUTES: [string, string][] = [
  ['a', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['script', 'src'],
  ['iframe', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['audio', 'src'],
  ['form', 'action'],
];

/** Elements whose URL the browser fetches on load (as opposed to a link a reader follows). */
const LOADED = (el: El) =>
  el.tag !== 'a' &&
  el.tag !== 'form' &&
  !(el.tag === 'link' && /\b(canonical|alternate|sitemap)\b/.test(el.attrs.rel ?? ''));

function urlsOf(el: El): string[] {
  return URL_ATTRIBUTES.filter(([tag, attr]) => el.tag === tag && el.attrs[attr] !== undefined).map(
    ([, attr]) => el.attrs[attr]!,
  );
}

/**
 * Internal links that lead nowhere: a page or file that does not exist, or a `#fragment` with no
 * element of that id on the target page. `origin` is the site's URL with its base path.
 */
export function brokenLinks(
  pages: BuiltPage[],
  origin: string,
  fileExists: (path: string) => boolean,
): string[] {
  const site = new URL(origin);
  const ids = new Map(
    pages.map((p) => [
      p.path,
      new Set(
        elementsOf(p.html)
          .flatMap((el) => [el.attrs.id, el.tag === 'a' ? el.attrs.name : undefined])
          .filter(Boolean),
      ),
    ]),
  );
  const problems: string[] = [];
  for (const page of pages) {
    const here = new URL(page.path.slice(1), origin);
    for (const el of elementsOf(page.html))
      for (const raw of urlsOf(el)) {
        const url = new URL(raw, here);
        if (url.origin !== site.origin) continue;
        if (!url.pathname.startsWith(site.pathname)) {
          problems.push(`${page.path}: ${raw} is outside the site's base path ${site.pathname}`);
          continue;
        }
        const path = '/' + decodeURIComponent(url.pathname.slice(site.pathname.length));
        const target = ids.get(path);
        if (!target && !fileExists(path)) problems.push(`${page.path}: ${raw} leads to no page or file`);
        else if (url.hash && !target?.has(decodeURIComponent(url.hash.slice(1))))
          problems.push(`${page.path}: ${raw} points at #${url.hash.slice(1)}, which ${path} does not have`);
      }
  }
  return problems;
}

/** Resources a page would load from a host other than the site's own. */
export function offSiteResources(page: BuiltPage, origin: string): string[] {
  const site = new URL(origin).origin;
  return elementsOf(page.html)
    .filter(LOADED)
    .flatMap(urlsOf)
    .filter((raw) => new URL(raw, origin).origin !== site)
    .map((raw) => `${page.path}: loads ${raw} from another host`);
}

/** External links that could give the target page a handle on ours. */
export function unsafeExternalLinks(page: BuiltPage, origin: string): string[] {
  const site = new URL(origin).origin;
  return elementsOf(page.html)
    .filter(
      (el) => el.tag === 'a' && el.attrs.href && /^https?:/.test(new URL(el.attrs.href, origin).protocol),
    )
    .filter((el) => new URL(el.attrs.href!, origin).origin !== site)
    .filter((el) => !/\bnoopener\b/.test(el.attrs.rel ?? '') || !/\bnoreferrer\b/.test(el.attrs.rel ?? ''))
    .map((el) => `${page.path}: external link ${el.attrs.href} lacks rel="noopener noreferrer"`);
}

/** The directives of a Content-Security-Policy, by name. */
export function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/**
 * What breaks the rule "a CSP without unsafe-inline or unsafe-eval for scripts, and every page working
 * under it"; 'wasm-unsafe-eval' only on the search page.
 */
export function cspProblems(page: BuiltPage): string[] {
  const elements = elementsOf(page.html);
  const metas = elements.filter(
    (el) => el.tag === 'meta' && el.attrs['http-equiv']?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length !== 1) return [`${page.path}: ${metas.length} CSP meta elements, expected 1`];
  const csp = parseCsp(metas[0]!.attrs.content ?? '');
  const scripts = csp.get('script-src') ?? csp.get('default-src');
  const problems: string[] = [];
  if (!scripts) problems.push(`${page.path}: the CSP sets neither script-src nor default-src`);
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'"])
    if (scripts?.includes(bad)) problems.push(`${page.path}: the CSP allows ${bad} for scripts`);
  // Compiling WebAssembly (and nothing else) is allowed where Pagefind runs: the search pages.
  if (scripts?.includes("'wasm-unsafe-eval'") && !/(^|\/)search\/$/.test(page.path))
    problems.push(`${page.path}: the CSP allows 'wasm-unsafe-eval' outside the search page`);
  for (const el of elements) {
    if (el.tag === 'script' && !el.attrs.src && !/json/.test(el.attrs.type ?? ''))
      problems.push(`${page.path}: inline <script> (blocked by the CSP): ${el.text.trim().slice(0, 60)}`);
    for (const attr of Object.keys(el.attrs))
      if (/^on/.test(attr)) problems.push(`${page.path}: inline event handler ${attr} on <${el.tag}>`);
  }
  return problems;
}
