import { describe, expect, it } from 'vitest';
import { lastChangeByFile, latestDate } from '../../src/lib/git-log.ts';

describe('dates from one git log', () => {
  it('give each file the date of the newest commit that changed it', () => {
    const log = [
      '\u00012026-11-22',
      '',
      'content/cases/a.mdx',
      'content/glossary/x.yaml',
      '\u00012026-10-01',
      '',
      'content/cases/a.mdx',
      'content/cases/b.mdx',
    ].join('\n');
    expect(Object.fromEntries(lastChangeByFile(log))).toEqual({
      'content/cases/a.mdx': '2026-11-22',
      'content/glossary/x.yaml': '2026-11-22',
      'content/cases/b.mdx': '2026-10-01',
    });
    expect(lastChangeByFile('')).toEqual(new Map());
  });

  it('pick the latest of several dates', () => {
    expect(latestDate(['2026-01-02', undefined, '2025-12-31'])).toBe('2026-01-02');
    expect(latestDate([])).toBeUndefined();
  });
});
