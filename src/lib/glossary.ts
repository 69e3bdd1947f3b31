import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Language } from '../schemas/localized.ts';
import { caseTitle, type CaseEntry } from './casebook.ts';

/** A glossary entry with its id (its anchor on /glossary/) and the cases that use it. */
export interface GlossaryItem {
  id: string;
  entry: GlossaryEntry;
  usedBy: { slug: string; title: string }[];
}

/** The glossary in one language's alphabetical order, each entry with the cases that use it. */
export function glossaryIndex(
  glossary: ReadonlyMap<string, GlossaryEntry>,
  cases: readonly CaseEntry[],
  lang: Language,
): GlossaryItem[] {
  return [...glossary]
    .map(([id, entry]) => ({
      id,
      entry,
      usedBy: cases
        .filter((c) => c.data.concepts.includes(id))
        .map((c) => ({ slug: c.slug, title: caseTitle(c.data) })),
    }))
    .sort((a, b) => a.entry.term[lang].localeCompare(b.entry.term[lang], lang));
}
