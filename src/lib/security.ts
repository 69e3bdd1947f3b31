/**
 * The Content-Security-Policy of a page, as a `<meta http-equiv>` so that it works on any static
 * host. Everything comes from the site itself: no inline script or style, no eval, no other host.
 * (`frame-ancestors` and reporting cannot be set from a meta element.)
 *
 * `wasm`: the search page runs Pagefind, which compiles its WebAssembly search engine. That needs
 * 'wasm-unsafe-eval', which allows compiling WebAssembly and nothing else (no eval(), no inline
 * script); every other page goes without it.
 */
export function contentSecurityPolicy({ wasm = false }: { wasm?: boolean } = {}): string {
  return [
    "default-src 'self'",
    wasm ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
