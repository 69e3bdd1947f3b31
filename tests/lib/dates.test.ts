import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';

describe('dates for readers', () => {
  it('are written out in the reader’s language, on the day given', () => {
    expect(formatDate('2026-11-22', 'en-GB')).toBe('22 November 2026');
    expect(formatDate('2026-08-17', 'id-ID')).toBe('17 Agustus 2026');
    expect(formatDate('2026-01-01', 'id-ID')).toBe('1 Januari 2026');
  });
});
