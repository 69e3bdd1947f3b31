import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/lib/shorten.ts';

describe('shortening a text', () => {
  it('leaves text that fits as it is', () => {
    expect(shorten('Bandung and Seoul', 17)).toBe('Bandung and Seoul');
  });

  it('cuts at the last word boundary, within the limit, and marks the cut', () => {
    expect(shorten('Bandung restores the Cikapundung river', 30)).toBe('Bandung restores the…');
    expect(shorten('Bandung restores the Cikapundung river', 30).length).toBeLessThanOrEqual(30);
  });

  it('cuts inside a word that is longer than the limit, and never splits a character', () => {
    expect(shorten('w'.repeat(20_000), 10)).toBe(`${'w'.repeat(9)}…`);
    expect(shorten('👩🏽‍🔬'.repeat(50), 10)).toBe(`${'👩🏽‍🔬'.repeat(9)}…`);
  });
});
