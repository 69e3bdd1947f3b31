import { describe, expect, it } from 'vitest';
import { glossaryIndex } from '../../src/lib/glossary.ts';
import { validateFolder } from '../helpers/content.ts';

const { cases, glossary } = validateFolder('content');

describe('the glossary index', () => {
  it('lists every entry with the cases that use it', () => {
    const byId = Object.fromEntries(
      glossaryIndex(glossary, cases, 'en').map((item) => [item.id, item.usedBy.map((c) => c.slug)]),
    );
    expect(byId).toEqual({
      'friendship-mou': ['daejeon-tangerang-selatan'],
      paradiplomacy: ['bandung-seoul', 'daejeon-tangerang-selatan'],
      'permendagri-1-1992': ['bandung-seoul'],
      'sister-city': ['bandung-seoul', 'daejeon-tangerang-selatan'],
      'smart-city': ['bandung-seoul', 'daejeon-tangerang-selatan'],
      'sub-state-actor': ['bandung-seoul'],
      'world-technopolis-association': ['daejeon-tangerang-selatan'],
    });
  });

  it('orders entries alphabetically in the reader’s language', () => {
    expect(glossaryIndex(glossary, cases, 'en').map((i) => i.entry.term.en)).toEqual(
      [...glossary.values()].map((e) => e.term.en).sort((a, b) => a.localeCompare(b, 'en')),
    );
    expect(glossaryIndex(glossary, cases, 'id')[0]!.entry.term.id).toBe(
      'Aktor subnasional (sub-state actor)',
    );
  });

  it('marks which definitions go beyond the sources', () => {
    expect(glossary.get('world-technopolis-association')?.basis).toBe('sources');
    expect(glossary.get('paradiplomacy')?.basis).toBe('casebook');
  });
});
