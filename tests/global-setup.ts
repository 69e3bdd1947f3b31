import type { TestProject } from 'vitest/node';
import { build } from './helpers/build.ts';
import { startStaticServer } from '../scripts/static-server.ts';

/** The site's base path in tests: served under a sub-path, as on GitHub Pages, to prove that works. */
const BASE = '/casebook/';

/**
 * Builds the site once for all gate and browser tests and serves it on 127.0.0.1 under BASE.
 * Tests read where with `inject('site')`.
 */
export default async function setup(project: TestProject) {
  let outDir = '';
  const server = await startStaticServer(() => outDir, BASE);
  const result = build({ siteUrl: server.origin });
  if (result.status !== 0) {
    await server.close();
    throw new Error(`the site does not build:\n${result.output}`);
  }
  outDir = result.outDir;
  project.provide('site', { outDir, origin: server.origin, base: BASE });
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built once for the tests: its folder, and where it is served. */
    site: { outDir: string; origin: string; base: string };
  }
}
