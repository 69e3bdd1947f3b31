import { getCollection, getEntry } from 'astro:content';
import { sortCases, type CaseEntry } from '../lib/casebook.ts';
import type { Casebook } from '../schemas/casebook.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';

/** All cases, in reading order. */
export async function loadCases(): Promise<CaseEntry[]> {
  const entries = await getCollection('cases');
  return sortCases(entries.map((entry) => ({ slug: entry.id, data: entry.data })));
}

/** All glossary entries by id. */
export async function loadGlossary(): Promise<Map<string, GlossaryEntry>> {
  const entries = await getCollection('glossary');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}

/** The casebook as a dataset: version, licence, moved pages and the dates of its last changes. */
export async function loadCasebook(): Promise<Casebook> {
  const entry = await getEntry('casebook', 'casebook');
  if (!entry) throw new Error('the casebook collection has no entry: the content loader did not run');
  return entry.data;
}
