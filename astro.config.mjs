// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { casebook } from './src/integrations/casebook.ts';
import { LANGUAGES, LOCALES, DEFAULT_LANGUAGE } from './src/i18n/locales.ts';
import { PAGES } from './src/lib/pages.ts';
import { languageOfPath, localizedPath } from './src/lib/routes.ts';
import { casebookContent } from './src/loaders/casebook-content.ts';
import { CACHE_DIR } from './src/loaders/settings.ts';

/**
 * SITE_URL is the one setting for where the casebook is published: canonical links, hreflang
 * alternates and the sitemap are built from it. A path in it (https://example.org/casebook/) makes
 * the site work under that sub-path, as on GitHub Pages. Default: the local preview address.
 */
const siteUrl = new URL(process.env.SITE_URL ?? 'http://127.0.0.1:4321/');

/** Language-neutral paths kept out of the sitemap: pages the table says so of, and moved pages. */
const notInSitemap = new Set([
  ...Object.values(PAGES).flatMap((page) => ('sitemap' in page && page.sitemap === false ? [page.path] : [])),
  ...casebookContent().report.redirects.map((redirect) => redirect.from),
]);

export default defineConfig({
  site: siteUrl.origin,
  base: siteUrl.pathname,
  trailingSlash: 'always',
  // Stylesheets stay files: the Content-Security-Policy allows no inline style or script.
  build: { format: 'preserve', inlineStylesheets: 'never', concurrency: 4 },
  // Builds in tests point these elsewhere so that they never share state with the main build.
  outDir: process.env.CASEBOOK_OUT_DIR ?? './dist',
  cacheDir: CACHE_DIR,
  // Pages whose `cacheKey` (src/loaders/page-keys.ts) and code are unchanged since the last build in
  // this cache are copied from it, not rendered again: an edit to one case re-renders that case's pages.
  experimental: { incrementalBuild: true },
  integrations: [
    casebook(),
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LANGUAGE,
        locales: Object.fromEntries(
          LANGUAGES.map((lang) => [LOCALES[lang].prefix || lang, LOCALES[lang].hreflang]),
        ),
      },
      filter: (page) => {
        const path = '/' + new URL(page).pathname.slice(siteUrl.pathname.length);
        const lang = languageOfPath(path);
        const neutral = path.slice(localizedPath(lang, '/').length - 1);
        return !notInSitemap.has(neutral);
      },
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts or assets: the Content-Security-Policy allows scripts from files only.
    build: { assetsInlineLimit: 0 },
  },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
