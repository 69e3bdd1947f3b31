import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';

describe('CSV', () => {
  it('round-trips commas, quotes, line breaks and outer spaces through a real parser', () => {
    const rows = [
      ['plain', 'a, b', 'say "hi"'],
      ['two\nlines', ' padded ', 'ünïcödé – dash'],
    ];
    const csv = toCsv(['x', 'y', 'z'], rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv, { relax_column_count: false })).toEqual([['x', 'y', 'z'], ...rows]);
  });
});
