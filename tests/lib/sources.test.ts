import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../src/lib/findings.ts';
import { sourceEntries } from '../../src/lib/sources.ts';
import { validateFolder } from '../helpers/content.ts';

const { cases } = validateFolder('content');

describe('sources', () => {
  const entries = sourceEntries(cases);

  it('has one entry per thesis, with the cases drawn from it', () => {
    expect(entries.map((e) => [e.source.id, e.cases.map((c) => c.slug)])).toEqual([
      ['bandung-seoul-thesis', ['bandung-seoul']],
      ['hafiez-2022', ['daejeon-tangerang-selatan']],
    ]);
  });

  it('lists every finding once, grouped by locator in chapter order', () => {
    const dts = entries.find((e) => e.source.id === 'hafiez-2022')!;
    expect(dts.groups.map((g) => g.locator)).toEqual([
      'VI ¶1',
      'VI ¶2',
      'VI.2.1 a',
      'VI.2.1 b',
      'VI.2.1 c',
      'VI.2.2 ¶1',
      'VI.2.2 a',
      'VI.2.2 b',
    ]);
    const listed = entries.flatMap((e) => e.groups.flatMap((g) => g.findings.map((f) => f.id))).sort();
    expect(listed).toEqual(cases.flatMap((c) => findingsOf(c.data).map((f) => f.id)).sort());
  });

  it('orders paragraphs before the numbered items of a chapter without sections', () => {
    const bs = entries.find((e) => e.source.id === 'bandung-seoul-thesis')!;
    expect(bs.groups.map((g) => g.locator)).toEqual([
      'V ¶1',
      'V ¶2',
      'V ¶3',
      'V item 1',
      'V item 2',
      'V item 3',
    ]);
  });
});
