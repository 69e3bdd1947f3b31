import { describe, expect, it } from 'vitest';
import { caseTitle, cityWithCountry, neighbours, sortCases } from '../../src/lib/casebook.ts';
import { validateFolder } from '../helpers/content.ts';

const real = validateFolder('content').cases;

describe('cases', () => {
  it('gives each case its previous and next case in reading order', () => {
    const sorted = sortCases(real);
    expect(neighbours(sorted, 'bandung-seoul')).toEqual({ next: sorted[1] });
    expect(neighbours(sorted, 'daejeon-tangerang-selatan')).toEqual({ previous: sorted[0] });
    expect(neighbours(sorted, 'nowhere')).toEqual({});
  });

  it('titles a case by its two cities', () => {
    expect(caseTitle(real.find((c) => c.slug === 'bandung-seoul')!.data)).toBe('Bandung–Seoul');
  });

  it('names a city with its country in the reader’s language', () => {
    expect(cityWithCountry('en', { name: 'Seoul', country: 'KR' })).toBe('Seoul (South Korea)');
    expect(cityWithCountry('id', { name: 'Seoul', country: 'KR' })).toBe('Seoul (Korea Selatan)');
  });
});
