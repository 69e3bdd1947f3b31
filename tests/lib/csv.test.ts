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

describe('CSV in a spreadsheet', () => {
  it('starts with a quote every cell a spreadsheet would run as a formula (OWASP), and no other', () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\r=1', '=1,2'];
    const harmless = ['a = b', 'x-ray', 'e-mail@home', '', "'quoted"];
    const [, ...rows] = parse(
      toCsv(
        ['cell'],
        [...hostile, ...harmless].map((cell) => [cell]),
      ),
      {
        relax_column_count: false,
      },
    ) as string[][];
    expect(rows.map(([cell]) => cell)).toEqual([...hostile.map((cell) => `'${cell}`), ...harmless]);
  });
});
