import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCases } from '../../src/lib/compare.ts';
import { fieldTally, tallyHas } from '../../src/lib/field-tally.ts';
import { COOPERATION_FIELDS, IMPLEMENTATION_STATUSES } from '../../src/schemas/vocabulary.ts';
import { contentWithExtraCases, validateFolder } from '../helpers/content.ts';

const real = validateFolder('content').cases;
const fixture = validateFolder('tests/fixtures/valid').cases;
let twelve = '';
beforeAll(() => {
  twelve = contentWithExtraCases(10);
});
afterAll(() => rmSync(dirname(twelve), { recursive: true, force: true }));

describe('the fields tally', () => {
  it('says whether any initiative stands at a status, for every status, both ways', () => {
    const answers = new Set<boolean>();
    for (const cases of [real, fixture, [...real, ...fixture]]) {
      const tally = fieldTally(compareCases(cases));
      for (const status of IMPLEMENTATION_STATUSES) {
        const expected = cases.some((c) =>
          c.data.fields.some((f) => f.initiatives.some((i) => i.status === status)),
        );
        expect(tallyHas(tally, status), status).toBe(expected);
        answers.add(expected);
      }
    }
    // Both answers were asked for: some status is taken, some is not.
    expect([...answers].sort()).toEqual([false, true]);
  });

  it('counts, per field in vocabulary order, the cases that take it up and their initiatives by status', () => {
    for (const cases of [real, fixture, [...real, ...fixture], validateFolder(twelve).cases]) {
      const tally = fieldTally(compareCases(cases));
      const taken = COOPERATION_FIELDS.filter((field) =>
        cases.some((c) => c.data.fields.some((f) => f.field === field)),
      );
      expect(tally.map((row) => row.field)).toEqual(taken);
      for (const row of tally) {
        const entries = cases.map((c) => c.data.fields.filter((f) => f.field === row.field));
        expect(row.cases).toBe(entries.filter((e) => e.length > 0).length);
        const initiatives = entries.flat().flatMap((f) => f.initiatives);
        for (const status of IMPLEMENTATION_STATUSES)
          expect(row.initiatives[status], `${row.field} ${status}`).toBe(
            initiatives.filter((i) => i.status === status).length,
          );
      }
      // Every initiative is counted once.
      const total = tally.reduce(
        (sum, row) => sum + Object.values(row.initiatives).reduce((a, b) => a + b, 0),
        0,
      );
      expect(total).toBe(cases.flatMap((c) => c.data.fields.flatMap((f) => f.initiatives)).length);
    }
  });
});
