import { describe, expect, inject, it } from 'vitest';
import { readBuiltPages } from '../../scripts/built-site.ts';
import { elementsOf } from '../helpers/html-tree.ts';
import { validateFolder } from '../helpers/content.ts';
import { caseTitle } from '../../src/lib/casebook.ts';

const { outDir } = inject('site');
const pages = new Map(readBuiltPages(outDir).map((page) => [page.path, page.html]));
const { cases } = validateFolder('content');

/** The HTML of one figure of a page, by its data-figure name. */
function figure(path: string, name: string): string {
  const html = pages.get(path);
  if (!html) throw new Error(`no page ${path}`);
  const match = new RegExp(`<figure[^>]*data-figure="${name}"[\\s\\S]*?</figure>`).exec(html);
  if (!match) throw new Error(`${path} has no ${name} figure`);
  return match[0];
}

/** The text alternative of a figure: its caption, and the text outside any drawing. */
const captionOf = (html: string) => /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(html)?.[1] ?? '';
const textOf = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, ' ');

describe.each(['', '/id'])('figures%s', (prefix) => {
  it('the map on the case list draws every case’s cities, with a caption that lists them as text', () => {
    const map = figure(`${prefix}/cases/`, 'map');
    const svg = elementsOf(map).find((el) => el.tag === 'svg')!;
    expect(svg.attrs.role).toBe('img');
    expect(map).toContain(`id="${svg.attrs['aria-labelledby']}"`);
    for (const entry of cases) {
      expect(map).toContain(`data-link="${entry.slug}"`);
      expect(textOf(captionOf(map))).toContain(caseTitle(entry.data));
      for (const city of entry.data.cities) {
        expect(map).toContain(`data-city="${city.name}"`);
        expect(textOf(captionOf(map))).toContain(city.name);
      }
    }
    // Land comes from Natural Earth, drawn in the page: no tile, no image, no request.
    expect(map).not.toMatch(/<img|href="http/);
  });

  it('the agreement ladder on the comparison shows every case, on its rung or beside the ladder, as a list', () => {
    const ladder = figure(`${prefix}/compare/`, 'ladder');
    expect(captionOf(ladder).length).toBeGreaterThan(20);
    for (const entry of cases) {
      const { level } = entry.data.agreement;
      const where =
        level === 'not-stated'
          ? /data-unplaced[\s\S]*?<\/ul>/.exec(ladder)![0]
          : new RegExp(`data-rung="${level}"[\\s\\S]*?</li>\\s*</ul>`).exec(ladder)![0];
      expect(where).toContain(caseTitle(entry.data));
    }
  });

  it('every case page shows its own rung on the ladder and a timeline with a caption', () => {
    for (const entry of cases) {
      const path = `${prefix}/cases/${entry.slug}/`;
      const ladder = figure(path, 'ladder');
      const { level } = entry.data.agreement;
      expect(ladder).toMatch(
        level === 'not-stated'
          ? new RegExp(`data-case="${entry.slug}"\\s+aria-current="true"`)
          : new RegExp(`data-rung="${level}"\\s+aria-current="true"`),
      );
      const timeline = figure(path, 'timeline');
      expect(captionOf(timeline).length).toBeGreaterThan(20);
      for (const event of entry.data.timeline) expect(timeline).toContain(`id="${event.id}"`);
    }
  });

  it('the fields matrix on the comparison has a legend and one mark per initiative, each naming its status', () => {
    const matrix = figure(`${prefix}/compare/`, 'matrix');
    expect(captionOf(matrix)).toContain('data-status="not-stated"');
    const marks = elementsOf(matrix).filter((el) => el.tag === 'a' && el.attrs['data-status']);
    const initiatives = cases.flatMap((c) => c.data.fields.flatMap((f) => f.initiatives));
    expect(marks).toHaveLength(initiatives.length);
    for (const initiative of initiatives)
      expect(matrix).toMatch(new RegExp(`#${initiative.id}"[^>]*data-status="${initiative.status}"`));
  });
});
