import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { FINDINGS_CSV_COLUMNS } from '../../src/lib/dataset.ts';
import { findingsOf } from '../../src/lib/findings.ts';
import { readBuiltPages } from '../../scripts/built-site.ts';
import { validateFolder } from '../helpers/content.ts';
import { elementsOf } from '../helpers/html-tree.ts';

const { outDir, origin } = inject('site');
const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
const cases = validateFolder('content').cases;
const pages = readBuiltPages(outDir);

/** Whether a URL of the site names a built page and, with a fragment, an element on it. */
function resolves(url: string): boolean {
  const target = new URL(url);
  const path = '/' + target.pathname.slice(new URL(origin).pathname.length);
  const page = pages.find((p) => p.path === path);
  return !!page && (!target.hash || elementsOf(page.html).some((el) => el.attrs.id === target.hash.slice(1)));
}

describe('cases.json', () => {
  const json = JSON.parse(read('data/cases.json'));
  const schema = JSON.parse(read('data/case.schema.json'));
  const validate = new Ajv2020({ strict: false }).compile(schema);

  it('holds every case, each valid against the published JSON Schema', () => {
    expect(json.cases.map((c: { slug: string }) => c.slug).sort()).toEqual(cases.map((c) => c.slug).sort());
    for (const entry of json.cases) expect(validate(entry.data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('gives the dataset version, last change and licence, and working case URLs', () => {
    expect(json.dataset.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json.dataset.lastChanged).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(json.dataset.licence.id).toBe('CC-BY-4.0');
    for (const entry of json.cases) expect(resolves(entry.url), entry.url).toBe(true);
  });

  it('has a JSON Schema that rejects a case file with a missing translation', () => {
    const broken = structuredClone(json.cases[0].data);
    delete broken.summary.id;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/summary');
  });
});

describe('findings.csv', () => {
  const rows: Record<string, string>[] = parseCsv(read('data/findings.csv'), { columns: true });

  it('parses with a real CSV parser into one row per finding, with the documented columns', () => {
    expect(Object.keys(rows[0]!)).toEqual([...FINDINGS_CSV_COLUMNS]);
    const ids = cases.flatMap((c) => findingsOf(c.data).map((f) => f.id));
    expect(rows.map((r) => r.id).sort()).toEqual(ids.sort());
  });

  it('links every row to its finding, and has both texts', () => {
    for (const row of rows) {
      expect(resolves(row.url!), row.url).toBe(true);
      expect(row.text_en && row.text_id, row.id).toBeTruthy();
    }
    expect(rows.find((r) => r.id === 'bs-ini-1')).toMatchObject({
      case: 'bandung-seoul',
      kind: 'initiative',
      field: 'urban-governance',
      status: 'not-stated',
      locator: 'V item 1',
    });
  });
});

describe('the data page', () => {
  it('links every download and states the licence and the last change', () => {
    for (const prefix of ['', 'id/']) {
      const html = read(`${prefix}data/index.html`);
      for (const file of ['cases.json', 'findings.csv', 'case.schema.json'])
        expect(html).toContain(`/data/${file}"`);
      expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
      expect(html).toContain('CC BY 4.0');
    }
  });
});
