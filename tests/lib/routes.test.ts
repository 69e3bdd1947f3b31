import { describe, expect, it } from 'vitest';
import { languagePaths, localizedPath, PATHS, withBase } from '../../src/lib/routes.ts';

describe('routes', () => {
  it('keeps English at the root and puts Indonesian under /id/ with the same path', () => {
    expect(localizedPath('en', PATHS.case('bandung-seoul'))).toBe('/cases/bandung-seoul/');
    expect(localizedPath('id', PATHS.case('bandung-seoul'))).toBe('/id/cases/bandung-seoul/');
    expect(localizedPath('id', PATHS.home)).toBe('/id/');
  });

  it('prefixes the base path of a site served under a sub-path', () => {
    expect(withBase('/', '/id/compare/')).toBe('/id/compare/');
    expect(withBase('/casebook/', '/id/compare/')).toBe('/casebook/id/compare/');
    expect(withBase('/casebook', '/')).toBe('/casebook/');
  });

  it('generates one page per language, with no prefix for English', () => {
    expect(languagePaths(['en', 'id'])).toEqual([
      { params: { lang: undefined }, props: { lang: 'en' } },
      { params: { lang: 'id' }, props: { lang: 'id' } },
    ]);
  });
});
