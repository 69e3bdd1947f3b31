// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { searchIndex } from './src/integrations/search-index.ts';

/**
 * SITE_URL is the one setting for where the casebook is published: canonical links, hreflang
 * alternates and the sitemap are built from it. A path in it (https://example.org/casebook/) makes
 * the site work under that sub-path, as on GitHub Pages. Default: the local preview address.
 */
const siteUrl = new URL(process.env.SITE_URL ?? 'http://127.0.0.1:4321/');

const contentDir = process.env.CASEBOOK_CONTENT_DIR ?? './content';
/** Old paths of moved pages (content/redirects.yaml): forwarding pages, kept out of the sitemap. */
const movedFrom = existsSync(`${contentDir}/redirects.yaml`)
  ? (parse(readFileSync(`${contentDir}/redirects.yaml`, 'utf8')) ?? []).map(
      (/** @type {{ from: string }} */ r) => r.from,
    )
  : [];

export default defineConfig({
  site: siteUrl.origin,
  base: siteUrl.pathname,
  trailingSlash: 'always',
  // Stylesheets stay files: the Content-Security-Policy allows no inline style or script.
  build: { format: 'preserve', inlineStylesheets: 'never' },
  // Builds in tests point these elsewhere so that they never share state with the main build.
  outDir: process.env.CASEBOOK_OUT_DIR ?? './dist',
  cacheDir: process.env.CASEBOOK_CACHE_DIR ?? './node_modules/.astro',
  i18n: {
    locales: ['en', 'id'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    mdx(),
    searchIndex(contentDir),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', id: 'id' } },
      filter: (page) => {
        const path = new URL(page).pathname.slice(siteUrl.pathname.length - 1).replace(/^\/id\//, '/');
        return !/\/404(\.html)?$/.test(page) && !movedFrom.includes(path);
      },
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Never inline scripts or assets: the Content-Security-Policy allows scripts from files only.
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive, which the bundler
        // warns about once per case file; Astro handles it, so the warning is only noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
