import { getCollection } from 'astro:content';
import { sortCases, type CaseEntry } from '../lib/casebook.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';

/** All cases, validated by the collection schema, in reading order. */
export async function loadCases(): Promise<CaseEntry[]> {
  const entries = await getCollection('cases');
  return sortCases(entries.map((entry) => ({ slug: entry.id, data: entry.data })));
}

/** All glossary entries by id. */
export async function loadGlossary(): Promise<Map<string, GlossaryEntry>> {
  const entries = await getCollection('glossary');
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}
