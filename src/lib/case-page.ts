import type { GlossaryEntry } from '../schemas/glossary.ts';
import { caseTitle, neighbours, type CaseEntry } from './casebook.ts';
import { resolveCrossReferences, type CrossReference } from './cross-references.ts';
import { agreementLadder, type Ladder } from './compare.ts';

/** Everything a case page shows beyond its own data: its neighbours, links, concepts and the ladder. */
export interface CasePage {
  entry: CaseEntry;
  previous?: CaseEntry;
  next?: CaseEntry;
  /** Cross-references from this case's recommendations to other cases. */
  outgoing: CrossReference[];
  /** Cross-references from other cases to this one. */
  incoming: CrossReference[];
  /** The glossary entries of the concepts it uses, in the order it lists them. */
  concepts: { id: string; entry: GlossaryEntry }[];
  /** The agreement ladder with every case. */
  ladder: Ladder;
}

/**
 * What each case page needs, worked out once for all cases. The glossary holds every concept a case
 * names (the content check guarantees it); one that is not there is left out rather than invented.
 */
export function casePages(
  cases: readonly CaseEntry[],
  glossary: ReadonlyMap<string, GlossaryEntry>,
): CasePage[] {
  const links = resolveCrossReferences(cases);
  const ladder = agreementLadder(
    cases.map((c) => ({ slug: c.slug, title: caseTitle(c.data), data: c.data })),
  );
  return cases.map((entry) => ({
    entry,
    ...neighbours(cases, entry.slug),
    outgoing: links.filter((link) => link.from.slug === entry.slug),
    incoming: links.filter((link) => link.to.slug === entry.slug),
    concepts: entry.data.concepts.flatMap((id) => {
      const concept = glossary.get(id);
      return concept ? [{ id, entry: concept }] : [];
    }),
    ladder,
  }));
}

/**
 * What a case page shows, as plain data for its cache key: its own case whole, and of the other
 * cases only what it names (the neighbours' titles) or counts (the ladder on a case page names
 * this case alone and counts the cases on each rung: a change in the reading order is not a change
 * to it). Cross-references carry their own texts.
 */
export function casePageShows(page: CasePage) {
  const named = (entry?: CaseEntry) => entry && { slug: entry.slug, title: caseTitle(entry.data) };
  return {
    entry: page.entry,
    previous: named(page.previous),
    next: named(page.next),
    outgoing: page.outgoing,
    incoming: page.incoming,
    concepts: page.concepts,
    ladder: {
      rungs: page.ladder.rungs.map((rung) => ({ level: rung.level, cases: rung.cases.length })),
      unplaced: page.ladder.unplaced.length,
    },
  };
}
