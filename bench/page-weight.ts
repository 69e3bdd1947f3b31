import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** Bytes fetched on load by one page, by kind of resource. */
export interface PageWeight {
  requests: number;
  /** Raw and gzip (level 6, as most servers send) bytes per kind. */
  bytes: Record<ResourceKind, { raw: number; gzip: number }>;
  total: { raw: number; gzip: number };
  fontRequests: number;
}

export const RESOURCE_KINDS = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

const KIND_OF: Record<string, ResourceKind> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  font: 'font',
  image: 'image',
};

/**
 * Loads a page in a fresh browser context (empty cache) and adds up what it fetched; with `until`,
 * also what it fetched until that selector shows (e.g. the first search result).
 */
export async function measurePageWeight(browser: Browser, url: string, until?: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: Promise<{ kind: ResourceKind; body: Buffer }>[] = [];
  page.on('requestfinished', (request) => {
    fetched.push(
      request.response().then(async (response) => ({
        kind: KIND_OF[request.resourceType()] ?? 'other',
        body: response ? await response.body() : Buffer.alloc(0),
      })),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  if (until) {
    await page.waitForSelector(until);
    await page.waitForLoadState('networkidle');
  }
  const resources = await Promise.all(fetched);
  await context.close();
  const bytes = Object.fromEntries(
    RESOURCE_KINDS.map((k) => [k, { raw: 0, gzip: 0 }]),
  ) as PageWeight['bytes'];
  for (const { kind, body } of resources) {
    bytes[kind].raw += body.length;
    bytes[kind].gzip += gzipSync(body, { level: 6 }).length;
  }
  const total = Object.values(bytes).reduce((sum, b) => ({ raw: sum.raw + b.raw, gzip: sum.gzip + b.gzip }), {
    raw: 0,
    gzip: 0,
  });
  return {
    requests: resources.length,
    bytes,
    total,
    fontRequests: resources.filter((r) => r.kind === 'font').length,
  };
}
