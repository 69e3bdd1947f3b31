import { describe, expect, it } from 'vitest';
import { formatLocator, parseLocator } from '../../src/lib/locator.ts';

const EN = { chapter: 'ch.', section: '§', paragraph: 'para.', item: 'item' };
const ID = { chapter: 'Bab', section: 'Subbab', paragraph: 'paragraf', item: 'butir' };

describe('locators', () => {
  it('splits chapter, section, paragraph and item', () => {
    expect(parseLocator('VI ¶2')).toEqual({ chapter: 'VI', paragraph: 2 });
    expect(parseLocator('VI.2.1 a')).toEqual({ chapter: 'VI', section: 'VI.2.1', item: 'a' });
    expect(parseLocator('V item 2')).toEqual({ chapter: 'V', item: '2' });
    expect(parseLocator('V')).toEqual({ chapter: 'V' });
  });

  it('rejects malformed locators', () => {
    for (const bad of ['', 'vi ¶2', 'VI para 2', 'VI.2.1a', '6 ¶1', 'VI ¶'])
      expect(() => parseLocator(bad), bad).toThrow(/malformed locator/);
  });

  it('spells locators out in each language', () => {
    expect(formatLocator('VI ¶2', EN)).toBe('ch. VI, para. 2');
    expect(formatLocator('VI.2.1 a', EN)).toBe('§ VI.2.1, item a');
    expect(formatLocator('V item 2', ID)).toBe('Bab V, butir 2');
    expect(formatLocator('VI.2.2 b', ID)).toBe('Subbab VI.2.2, butir b');
  });
});
