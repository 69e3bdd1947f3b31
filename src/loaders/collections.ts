import { getCollection, getEntry } from 'astro:content';
import { sortCases, type CaseEntry } from '../lib/casebook.ts';
import type { Casebook } from '../schemas/casebook.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';

/**
 * A collection's reader, run once per build and shared by every page (thousands of pages ask for
 * the same cases); the dev server reads again each time, so that an edit shows on the next load.
 */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (value ??= read()));
}

/** All cases, in reading order. */
export const loadCases: () => Promise<readonly CaseEntry[]> = once(async () => {
  const entries = await getCollection('cases');
  return sortCases(entries.map((entry) => ({ slug: entry.id, data: entry.data })));
});

/** All glossary entries by id. */
export const loadGlossary: () => Promise<ReadonlyMap<string, GlossaryEntry>> = once(async () => {
  const entries = await getCollection('glossary');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
});

/** The casebook as a dataset: version, licence, moved pages and the dates of its last changes. */
export const loadCasebook: () => Promise<Casebook> = once(async () => {
  const entry = await getEntry('casebook', 'casebook');
  if (!entry) throw new Error('the casebook collection has no entry: the content loader did not run');
  return entry.data;
});
