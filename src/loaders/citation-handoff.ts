import type { Language } from '../i18n/locales.ts';
import type { CitationFileTexts } from '../lib/citation-files.ts';

/**
 * What a build hands from its pages to the casebook integration for the citation files. The pages
 * render every citation anyway (its texts are on them); the integration writes all the files in one
 * pass when the pages are done (`astro:build:done`), instead of one Astro route per file (about a
 * millisecond each: 15,600 files at 100 cases). Both run in the build's process but not in the same
 * module graph, hence `globalThis`. The integration empties it when a build starts. A page that an
 * incremental build copies from the last build renders nothing: its citations are the ones that
 * build rendered, which the integration kept (`kept`).
 */
export interface CitationHandoff {
  /** Every citation target of the build, by id. */
  targets: Set<string>;
  /** Each target's file texts, by language and id (`handoffKey`). */
  rendered: Map<string, CitationFileTexts>;
  /** What the last build in the same cache rendered, by `handoffKey`: for pages copied from it. */
  kept: Map<string, CitationFileTexts>;
  /** Which build this is in the process: what was worked out for another is not reused. */
  build: number;
}

const HANDOFF = Symbol.for('sister-city-casebook.citation-files');

/** This process's handoff (created empty on first use). */
export function citationHandoff(): CitationHandoff {
  const shared = globalThis as { [HANDOFF]?: CitationHandoff };
  return (shared[HANDOFF] ??= { targets: new Set(), rendered: new Map(), kept: new Map(), build: 0 });
}

/** Empties the handoff: a build starts from nothing another build left. */
export function resetCitationHandoff(): void {
  const handoff = citationHandoff();
  handoff.targets.clear();
  handoff.rendered.clear();
  handoff.kept.clear();
  handoff.build++;
}

/** The key of a target's citation in one language, in the handoff. */
export const handoffKey = (lang: Language, id: string) => `${lang}/${id}`;
