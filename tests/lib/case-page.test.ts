import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { casePages, casePageShows } from '../../src/lib/case-page.ts';
import { sortCases, type CaseEntry } from '../../src/lib/casebook.ts';
import { contentWithExtraCases, validateFolder } from '../helpers/content.ts';

const dir = contentWithExtraCases(8);
afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));
const report = validateFolder(dir);
const cases = sortCases(report.cases);

/** What every case page shows, by slug, after `change` is made to a copy of the cases. */
function shows(change: (cases: CaseEntry[]) => CaseEntry[] = (c) => c) {
  const changed = sortCases(change(structuredClone(cases) as CaseEntry[]));
  return new Map(
    casePages(changed, report.glossary).map((page) => [page.entry.slug, JSON.stringify(casePageShows(page))]),
  );
}
const renamed = (slug: string, name: string) => (list: CaseEntry[]) =>
  list.map((c) => {
    if (c.slug !== slug) return c;
    const copy = structuredClone(c);
    copy.data.cities[0].name = name;
    return copy;
  });
const changedPages = (after: Map<string, string>) =>
  [...shows()].filter(([slug, before]) => after.get(slug) !== before).map(([slug]) => slug);

describe('what a case page shows (its incremental-build key)', () => {
  it('holds the page’s own case and what it names of others: a renamed case changes its page and its neighbours’', () => {
    const order = cases.map((c) => c.slug);
    const middle = order[2]!;
    const changed = changedPages(shows(renamed(middle, cases[2]!.data.cities[0]!.name + ' Baru')));
    expect(changed).toContain(middle);
    // Its neighbours in the reading order name it.
    expect(changed).toEqual(expect.arrayContaining([order[1]!, order[3]!]));
  });

  it('does not change for a page that does not name a renamed case, though the reading order changes', () => {
    const last = cases.at(-1)!;
    const after = shows(renamed(last.slug, 'Aaa'));
    expect(
      sortCases([...cases].map((c) => (c.slug === last.slug ? renamed(last.slug, 'Aaa')([c])[0]! : c)))[0]!
        .slug,
    ).toBe(last.slug);
    const changed = changedPages(after);
    // The case itself, its old and new neighbours, the case that refers to it: not the others.
    expect(changed).toContain(last.slug);
    expect(changed.length).toBeLessThanOrEqual(5);
    expect(changed.length).toBeLessThan(cases.length);
  });

  it('counts the cases on each ladder rung: a case that moves rung changes every case page', () => {
    const moved = cases.find((c) => c.data.agreement.level !== 'not-stated')!;
    const changed = changedPages(
      shows((list) =>
        list.map((c) =>
          c.slug === moved.slug
            ? { ...c, data: { ...c.data, agreement: { ...c.data.agreement, level: 'not-stated' } } }
            : c,
        ),
      ),
    );
    expect(changed.sort()).toEqual(cases.map((c) => c.slug).sort());
  });

  it('is the same when nothing a page shows changes', () => {
    expect(changedPages(shows())).toEqual([]);
  });
});
