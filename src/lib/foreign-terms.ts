import type { ForeignTerms } from '../i18n/foreign-terms.ts';

/** A piece of text, marked with its language where it is a foreign term in the text around it. */
export interface TextSegment {
  text: string;
  /** The language of a foreign term (PUEBI sets such terms in italics); absent for plain text. */
  lang?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern that finds names (to skip) and terms (to mark), longest first. */
function patternOf({ terms, names }: ForeignTerms): RegExp | undefined {
  const all = [...names, ...terms].sort((a, b) => b.length - a.length).map(escape);
  return all.length === 0
    ? undefined
    : new RegExp(`(?<![\\p{L}\\p{N}])(?:${all.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const patterns = new WeakMap<ForeignTerms, RegExp | undefined>();

/**
 * Splits a text into plain runs and the foreign terms in it, so that a page can set the terms in
 * italics with their language (`<i lang="en">`), as PUEBI asks of Indonesian text.
 */
export function foreignTermSegments(text: string, foreign: ForeignTerms): TextSegment[] {
  if (!patterns.has(foreign)) patterns.set(foreign, patternOf(foreign));
  const pattern = patterns.get(foreign);
  if (!pattern) return text === '' ? [] : [{ text }];
  const names = new Set(foreign.names.map((n) => n.toLowerCase()));
  const segments: TextSegment[] = [];
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const isName = names.has(match[0].toLowerCase());
    plain += text.slice(last, match.index);
    if (isName) plain += match[0];
    else {
      if (plain) segments.push({ text: plain });
      segments.push({ text: match[0], lang: foreign.lang });
      plain = '';
    }
    last = match.index + match[0].length;
  }
  plain += text.slice(last);
  if (plain) segments.push({ text: plain });
  return segments;
}
