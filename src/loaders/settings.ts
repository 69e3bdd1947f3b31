import { join } from 'node:path';

/**
 * Where the casebook's inputs are, read once from the environment: tests and benchmarks point them
 * at copies. Every Node-side module takes them from here.
 */
export const CONTENT_DIR = process.env.CASEBOOK_CONTENT_DIR ?? './content';
/** The build's cache: Astro's own, and the casebook's (preview cards by what they show). */
export const CACHE_DIR = process.env.CASEBOOK_CACHE_DIR ?? './node_modules/.astro';
/** The source chapters the case files quote (the shared folder beside the project by default). */
export const SOURCES_DIR = process.env.CASEBOOK_SOURCES_DIR ?? join(process.cwd(), '..', 'shared', 'sources');
