import { describe, expect, inject, it } from 'vitest';
import { readBuiltPages } from '../../scripts/built-site.ts';
import { textsOf, type PlacedText } from '../helpers/html-tree.ts';
import { validateFolder } from '../helpers/content.ts';
import { caseTitle } from '../../src/lib/casebook.ts';
import { findingsOf } from '../../src/lib/findings.ts';
import { foreignTermSegments } from '../../src/lib/foreign-terms.ts';
import { normaliseText } from '../../src/lib/source-passages.ts';
import { FOREIGN_TERMS } from '../../src/i18n/foreign-terms.ts';
import type { Language } from '../../src/schemas/localized.ts';
import { t } from '../../src/i18n/index.ts';

const { outDir } = inject('site');
const pages = readBuiltPages(outDir);
const { cases } = validateFolder('content');

/** Where a text is not set as prose: the head, scripts, code, and terms already marked. */
const NOT_PROSE = new Set(['head', 'title', 'script', 'style', 'code', 'pre', 'svg']);

/** The foreign terms a page leaves upright, each with where it stands. */
function uprightTerms(html: string, lang: Language): string[] {
  const foreign = FOREIGN_TERMS[lang];
  const inItalics = (text: PlacedText) =>
    text.ancestors.some((a) => a.tag === 'i' && a.attrs.lang === foreign.lang);
  return textsOf(html)
    .filter((text) => !text.ancestors.some((a) => NOT_PROSE.has(a.tag)) && !inItalics(text))
    .flatMap((text) =>
      foreignTermSegments(text.text, foreign)
        .filter((segment) => segment.lang)
        .map((segment) => `“${segment.text}” in “${text.text.trim()}”`),
    );
}

/** The text of the elements that match a test, each joined up and normalised. */
const textsWithin = (html: string, match: (attrs: Record<string, string>, tag: string) => boolean) => {
  const groups = new Map<object, string>();
  for (const text of textsOf(html)) {
    const owner = text.ancestors.find((a) => match(a.attrs, a.tag));
    if (owner) groups.set(owner, (groups.get(owner) ?? '') + text.text);
  }
  return [...groups.values()].map(normaliseText);
};

describe('Indonesian pages', () => {
  it('set every foreign term in italics with its language, as PUEBI asks', () => {
    const indonesian = pages.filter((page) => page.path.startsWith('/id/'));
    expect(indonesian.length).toBeGreaterThan(10);
    const upright = indonesian.flatMap((page) =>
      uprightTerms(page.html, 'id').map((t) => `${page.path}: ${t}`),
    );
    expect(upright).toEqual([]);
  });

  it('the check catches a term left upright, and not one in italics or in a name', () => {
    expect(
      uprightTerms('<p>Kerja sama <i lang="en">sister city</i> dan Sister City Casebook</p>', 'id'),
    ).toEqual([]);
    expect(uprightTerms('<p>Kerja sama sister city-nya</p>', 'id')).toEqual([
      '“sister city” in “Kerja sama sister city-nya”',
    ]);
  });
});

describe('the agreement ladder', () => {
  const unplaced = cases.filter((c) => c.data.agreement.level === 'not-stated');
  const ladders = pages.flatMap((page) =>
    [...page.html.matchAll(/<figure[^>]*data-figure="ladder"[\s\S]*?<\/figure>/g)].map((m) => ({
      path: page.path,
      html: m[0],
    })),
  );

  it('is drawn on the comparison and on every case page, and says whose framing it is', () => {
    expect(ladders.length).toBeGreaterThanOrEqual(2 * (cases.length + 1));
    for (const ladder of ladders) {
      const lang = ladder.path.startsWith('/id/') ? 'id' : 'en';
      expect(ladder.html, ladder.path).toContain(t(lang, 'ladder.origin'));
    }
  });

  it('puts no case on a rung that its source does not place it on, and lists it beside the ladder', () => {
    for (const ladder of ladders) {
      const rungs = textsWithin(ladder.html, (attrs) => 'data-rung' in attrs).join(' ');
      const beside = textsWithin(ladder.html, (attrs) => 'data-unplaced' in attrs).join(' ');
      for (const entry of cases) {
        const title = caseTitle(entry.data);
        if (!ladder.html.includes(title)) continue;
        if (entry.data.agreement.level === 'not-stated') {
          expect(rungs, `${ladder.path}: ${title}`).not.toContain(title);
          expect(beside, `${ladder.path}: ${title}`).toContain(title);
        } else expect(beside, `${ladder.path}: ${title}`).not.toContain(title);
      }
    }
    // The comparison shows every unplaced case beside the ladder.
    for (const prefix of ['', '/id']) {
      const compare = ladders.find((l) => l.path === `${prefix}/compare/`)!;
      for (const entry of unplaced) expect(compare.html).toContain(caseTitle(entry.data));
    }
  });
});

describe('the source’s words behind every judgement', () => {
  it('stand beside each stated status, level, formality, assessment and city, quoted in the source’s language', () => {
    for (const prefix of ['', '/id']) {
      const compare = pages.find((p) => p.path === `${prefix}/compare/`)!.html;
      const compareQuotes = textsWithin(compare, (_attrs, tag) => tag === 'q');
      for (const { slug, data } of cases) {
        const page = pages.find((p) => p.path === `${prefix}/cases/${slug}/`)!.html;
        const { agreement, source } = data;
        const quotes = [
          ...findingsOf(data).flatMap((f) => (f.judgement?.evidence ? [f.judgement.evidence] : [])),
          ...Object.values(agreement.evidence),
        ].map(normaliseText);
        expect(quotes.length).toBeGreaterThan(0);
        const onPage = textsWithin(page, (attrs, tag) => tag === 'q' && attrs.lang === source.language);
        for (const quote of quotes) {
          expect(onPage, `${prefix}/cases/${slug}/: ${quote}`).toContain(quote);
          expect(compareQuotes, `${prefix}/compare/: ${quote}`).toContain(quote);
        }
        // Next to its finding: the quote is inside the element that carries the finding's anchor.
        for (const finding of findingsOf(data))
          if (finding.judgement?.evidence) {
            const within = textsWithin(page, (attrs) => attrs.id === finding.id).join(' ');
            expect(within, finding.id).toContain(normaliseText(finding.judgement.evidence));
          }
      }
    }
  });
});
