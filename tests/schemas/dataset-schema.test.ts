import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/schemas/dataset.ts';

const withUrl = (url: string) => ({
  version: '1.0.0',
  licence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url },
});

describe('dataset.yaml', () => {
  it('accepts a web address', () => {
    for (const url of ['https://creativecommons.org/licenses/by/4.0/', 'http://example.org/licence'])
      expect(DatasetSchema.safeParse(withUrl(url)).success, url).toBe(true);
  });

  it('rejects an address a browser would run or that leaves the web', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/licence',
      '//example.org/licence',
      '/licence/',
      'creativecommons.org/licenses/by/4.0/',
    ])
      expect(DatasetSchema.safeParse(withUrl(url)).success, url).toBe(false);
  });
});
