import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { LANGUAGES } from '../../src/i18n/locales.ts';
import { caseTitle } from '../../src/lib/casebook.ts';
import {
  findingEntries,
  findingHeading,
  findingLabel,
  findingTitle,
  formerFindingRedirects,
  judgementLabel,
} from '../../src/lib/finding-page.ts';
import { validateFolder } from '../helpers/content.ts';

const real = validateFolder('content').cases;
const entries = findingEntries(real);

/** Zotero's short title: what stands before the first colon (translate.js, "create short title"). */
const zoteroShortTitle = (title: string) => title.split(':')[0]!;

describe('a finding’s page', () => {
  it('lists every finding of every case once', () => {
    const ids = entries.map(({ finding }) => finding.id);
    expect(ids.length).toBeGreaterThan(real.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(LANGUAGES)(
    'titles each finding so that its short title names the finding, not its case (%s)',
    (lang) => {
      for (const entry of entries) {
        const title = findingTitle(lang, entry);
        expect(title.startsWith(caseTitle(entry.entry.data))).toBe(true);
        expect(zoteroShortTitle(title)).toMatch(new RegExp(` ${entry.finding.id}$`));
        // The text follows the colon, cut at a word where long.
        expect(title.length).toBeLessThanOrEqual(zoteroShortTitle(title).length + 2 + 90);
      }
    },
  );

  it('keeps the short title on the finding when the finding’s own text has a colon', () => {
    const withColon = entries.find(({ finding }) => finding.text.en.includes(':'));
    expect(withColon).toBeDefined();
    expect(zoteroShortTitle(findingTitle('en', withColon!))).toMatch(/, finding [a-z0-9-]+$/);
  });

  it('refers to a finding by its kind and the start of its text, never by its id alone', () => {
    for (const lang of LANGUAGES)
      for (const entry of entries) {
        const label = findingLabel(lang, entry);
        expect(label.startsWith(`${t(lang, `findingKind.${entry.finding.kind}`)}: `)).toBe(true);
        expect(label).not.toContain(entry.finding.id);
        expect([...label].length).toBeLessThanOrEqual(label.indexOf(': ') + 2 + 70);
      }
  });

  it('heads a page with the finding’s kind, id and case in the page’s language', () => {
    const [first] = entries;
    expect(findingHeading('en', first!)).toContain(` ${first!.finding.id} in the `);
    expect(findingHeading('id', first!)).toContain(` ${first!.finding.id} pada kasus `);
  });

  it('words a judgement in the reader’s language, and none where the finding makes none', () => {
    const judged = entries.filter(({ finding }) => finding.judgement);
    const plain = entries.filter(({ finding }) => !finding.judgement);
    expect(judged.length).toBeGreaterThan(0);
    for (const entry of judged) {
      for (const lang of LANGUAGES) expect(judgementLabel(lang, entry)).toMatch(/\S/);
    }
    for (const entry of plain) expect(judgementLabel('en', entry)).toBeUndefined();
  });

  it('carries each event’s year as its case file gives it (a year, or not-stated), and no year for other kinds', () => {
    for (const { entry, finding } of entries) {
      const event = entry.data.timeline.find((e) => e.id === finding.id);
      expect(finding.year).toBe(event?.year);
    }
    expect(entries.some(({ finding }) => finding.year === 'not-stated')).toBe(true);
    expect(entries.some(({ finding }) => typeof finding.year === 'number')).toBe(true);
  });

  it('forwards each former id’s page to the finding’s page now', () => {
    const [first] = real;
    const renamed = { ...first!, data: stripFormer(first!.data) };
    const recommendation = renamed.data.recommendations[0]!;
    recommendation.formerIds = ['old-one', 'old-two'];
    expect(formerFindingRedirects([renamed])).toEqual([
      { from: '/findings/old-one/', to: `/findings/${recommendation.id}/` },
      { from: '/findings/old-two/', to: `/findings/${recommendation.id}/` },
    ]);
    const none = real.map((c) => ({ ...c, data: stripFormer(c.data) }));
    expect(formerFindingRedirects(none)).toEqual([]);
  });
});

/** A case's data with no finding's former ids, to show that no redirect comes from nowhere. */
function stripFormer<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === 'formerIds' ? undefined : v)) as T;
}
