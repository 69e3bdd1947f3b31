import { describe, expect, inject, it } from 'vitest';
import { readBuiltPages } from '../../scripts/built-site.ts';
import { PAGE_ID_PREFIXES, PAGE_IDS, reservedIdReason } from '../../src/lib/page-ids.ts';
import { referencesOf } from '../../src/lib/references.ts';
import { elementsOf } from '../helpers/html-tree.ts';
import { validateFolder } from '../helpers/content.ts';

const pages = readBuiltPages(inject('site').outDir);
const report = validateFolder('content');

/** Every id the content gives: findings (and their former ids), questions, glossary entries. */
const contentIds = new Set([
  ...report.glossary.keys(),
  ...report.cases.flatMap(({ data }) => {
    const refs = referencesOf(data);
    return [...refs.findingIds, ...refs.formerIds, ...refs.questionIds].map((ref) => ref.id);
  }),
]);

const idsOn = (html: string) => elementsOf(html).flatMap((el) => (el.attrs.id ? [el.attrs.id] : []));

describe('the ids the pages use for their own sections (src/lib/page-ids.ts)', () => {
  it('are every id on every built page that does not come from the content', () => {
    const unlisted = pages.flatMap((page) =>
      idsOn(page.html)
        .filter((id) => !contentIds.has(id) && reservedIdReason(id) === undefined)
        .map((id) => `${page.path} #${id}`),
    );
    expect(unlisted).toEqual([]);
  });

  it('has no entry that no page uses', () => {
    const used = new Set(pages.flatMap((page) => idsOn(page.html)));
    expect(Object.values(PAGE_IDS).filter((id) => !used.has(id))).toEqual([]);
    for (const prefix of Object.values(PAGE_ID_PREFIXES))
      expect(
        [...used].some((id) => id.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('are never taken by a content id', () => {
    expect([...contentIds].filter((id) => reservedIdReason(id) !== undefined)).toEqual([]);
  });
});
