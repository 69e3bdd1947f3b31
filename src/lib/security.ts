/**
 * The Content-Security-Policy of every page, as a `<meta http-equiv>` so that it works on any
 * static host. Everything comes from the site itself: no inline script or style, no eval, no other
 * host. (`frame-ancestors` and reporting cannot be set from a meta element.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
