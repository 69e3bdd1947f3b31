import { describe, expect, it } from 'vitest';
import { referenceFragment, resolveCrossReferences } from '../../src/lib/cross-references.ts';
import { validateFolder } from '../helpers/content.ts';

const real = validateFolder('content').cases;

describe('cross-references', () => {
  it('resolves the pointers of one case into another', () => {
    const links = resolveCrossReferences(real);
    expect(
      links.map((l) => `${l.from.findingId}→${l.to.slug}/${l.to.cityName ?? ''}/${l.to.field ?? ''}`),
    ).toEqual([
      'dts-rec-1→bandung-seoul/Bandung/',
      'dts-rec-2→bandung-seoul/Bandung/',
      'dts-rec-3→bandung-seoul/Bandung/',
      'dts-rec-3→bandung-seoul/Seoul/',
    ]);
  });

  it('refuses to publish a pointer to a case that does not exist', () => {
    const alone = real.filter((c) => c.slug === 'daejeon-tangerang-selatan');
    expect(() => resolveCrossReferences(alone)).toThrow(/dts-rec-1 refers to unknown case "bandung-seoul"/);
  });

  it('open their target at the field they name only where the target case has that field', () => {
    const [ref] = resolveCrossReferences(real);
    expect(
      referenceFragment({ ...ref!, to: { ...ref!.to, field: 'culture' }, targetCoversField: true }),
    ).toBe('field-culture');
    expect(
      referenceFragment({ ...ref!, to: { ...ref!.to, field: 'economy' }, targetCoversField: false }),
    ).toBe(undefined);
    expect(referenceFragment({ ...ref!, to: { slug: 'x', title: 'X' } })).toBe(undefined);
  });
});
