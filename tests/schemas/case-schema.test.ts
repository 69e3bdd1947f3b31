import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../src/schemas/case.ts';
import { parseFrontmatter } from '../../src/lib/frontmatter.ts';
import { problemsFromZod, formatProblem } from '../../src/lib/problems.ts';
import { ROOT } from '../helpers/content.ts';

const FIXTURE = 'tests/fixtures/valid/cases/northtown-southport.mdx';

/**
 * The valid fixture's data, fresh for each test to break. Typed loosely on purpose: the tests
 * write values the schema's types forbid.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Loose = Record<string, any>;
function validData(): Loose {
  const parsed = parseFrontmatter(FIXTURE, readFileSync(join(ROOT, FIXTURE), 'utf8'));
  if (Array.isArray(parsed)) throw new Error(parsed.map(formatProblem).join('\n'));
  return structuredClone(parsed.data) as Loose;
}

/** The problem lines the schema reports for some data (without line numbers). */
function messages(data: unknown): string[] {
  const result = CaseSchema.safeParse(data, { reportInput: true });
  return result.success
    ? []
    : problemsFromZod('case.mdx', result.error, () => undefined, data).map(formatProblem);
}

describe('case schema', () => {
  it('accepts the valid fixture', () => {
    expect(messages(validData())).toEqual([]);
  });

  it('takes a city’s name in its own script with its language, and names a bad language tag', () => {
    const data = validData();
    data.cities[0].ownName = { name: '서울특별시', lang: 'ko' };
    data.cities[1].ownName = { name: '東京都', lang: 'ja-Jpan' };
    expect(messages(data)).toEqual([]);
    data.cities[1].ownName = { name: '東京都', lang: 'Japanese!' };
    expect(messages(data).join('\n')).toMatch(/cities\[1\]\.ownName\.lang.*BCP 47/);
    data.cities[1].ownName = { name: '東京都' };
    expect(messages(data).join('\n')).toMatch(/cities\[1\]\.ownName\.lang/);
  });

  it('names a missing translation by its field path', () => {
    const data = validData();
    delete data.summary.id;
    expect(messages(data)).toMatchInlineSnapshot(`
      [
        "case.mdx  summary.id  missing Indonesian translation (hint: add the Indonesian text as "id:")",
      ]
    `);
  });

  it('rejects an empty translation', () => {
    const data = validData();
    data.agreement.text.en = '   ';
    expect(messages(data)).toEqual([
      'case.mdx  agreement.text.en  the English text is empty (hint: write the English text: every text is needed in every language)',
    ]);
  });

  it('lists the vocabulary when a value is unknown', () => {
    const data = validData();
    data.fields[0].field = 'sports';
    expect(messages(data)).toMatchInlineSnapshot(`
      [
        "case.mdx  fields[0].field  unknown value "sports" (hint: use one of: economy, education, technology, culture, urban-governance, taxation-transport)",
      ]
    `);
  });

  it('rejects a field it does not know, so that typos do not pass silently', () => {
    const data = validData();
    data.outcomes.obstacle = [];
    expect(messages(data)).toEqual([
      'case.mdx  outcomes.obstacle  unknown field "obstacle" (hint: remove the field or correct its spelling)',
    ]);
  });

  it('requires exactly two cities', () => {
    const data = validData();
    data.cities.pop();
    expect(messages(data).join('\n')).toMatch(/^case\.mdx {2}cities {2}/);
  });

  it('rejects a city reference that is not one of the two cities', () => {
    const data = validData();
    data.recommendations[0].addressee = 'eastville';
    expect(messages(data)).toEqual([
      'case.mdx  recommendations[0].addressee  unknown city "eastville" (hint: use one of this case\'s city ids: northtown, southport)',
    ]);
  });

  it('rejects a field listed twice', () => {
    const data = validData();
    data.fields[1].field = 'culture';
    expect(messages(data)).toEqual([
      'case.mdx  fields[1].field  field "culture" is already listed at fields[0] (hint: merge the two: list all its initiatives under one entry)',
    ]);
  });

  it('rejects a malformed locator and a malformed id', () => {
    const data = validData();
    data.timeline[0].locator = 'page 4';
    data.timeline[0].id = 'Event One';
    const lines = messages(data);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/timeline\[0\]\.id {2}an id is lower-case letters/);
    expect(lines[1]).toMatch(/timeline\[0\]\.locator {2}a locator is a chapter/);
  });

  it('requires a discussion question to rest on at least one finding', () => {
    const data = validData();
    data.questions = [{ id: 'nts-q-1', text: { en: 'Why?', id: 'Mengapa?' }, findings: [] }];
    expect(messages(data).join('\n')).toMatch(/questions\[0\]\.findings {2}/);
  });

  it('accepts "not-stated" for facts the source does not give, and nothing else in their place', () => {
    const data = validData();
    data.agreement.year = 'not-stated';
    data.source.author = 'not-stated';
    expect(messages(data)).toEqual([]);
    data.agreement.year = 'unknown';
    expect(messages(data)).toEqual([
      'case.mdx  agreement.year  "unknown" is not accepted here: expected "not-stated" or a number (hint: see the field\'s JSDoc in src/schemas for the forms it accepts)',
    ]);
  });
});

describe('the hint for a missing field', () => {
  it('says what that field is for: a finding’s id is not an Indonesian text', () => {
    const data = validData();
    delete data.fields[0].initiatives[0].id;
    delete data.fields[0].initiatives[0].text.id;
    const [id, indonesian] = messages(data);
    expect(id).toContain(
      'fields[0].initiatives[0].id  required field is missing (hint: add "id:": the stable id',
    );
    expect(indonesian).toContain(
      'fields[0].initiatives[0].text.id  missing Indonesian translation (hint: add the Indonesian text as "id:")',
    );
  });

  it('names a purpose for every field a case can lack, or points to the template', () => {
    const data = validData();
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (typeof value === 'object' && value !== null)
        for (const [key, child] of Object.entries(value)) {
          paths.push([...path, key]);
          walk(child, [...path, key]);
        }
    };
    walk(data, []);
    for (const path of paths) {
      const copy = structuredClone(data);
      const parent = path.slice(0, -1).reduce<Loose>((v, k) => v[k], copy);
      delete parent[path.at(-1)!];
      for (const line of messages(copy).filter((m) => m.includes('missing')))
        expect(line, path.join('.')).toMatch(
          /\(hint: add (the (English|Indonesian) text as|"[a-zA-Z]+:":? )/,
        );
    }
  });
});
