import { describe, expect, it } from 'vitest';
import { compareCases, ladderRank } from '../../src/lib/compare.ts';
import { sortCases } from '../../src/lib/casebook.ts';
import { validateFolder } from '../helpers/content.ts';

const real = validateFolder('content').cases;
const fixture = validateFolder('tests/fixtures/valid').cases;

describe('the comparison', () => {
  const comparison = compareCases(sortCases(real));

  it('has one column per case', () => {
    expect(comparison.columns.map((c) => c.title)).toEqual(['Bandung–Seoul', 'Daejeon–Tangerang Selatan']);
  });

  it('places a case on a rung only where its own source does, and lists the others beside the ladder', () => {
    const { rungs, unplaced } = comparison.ladder;
    expect(rungs.map((rung) => [rung.level, rung.rank, rung.cases.map((c) => c.slug)])).toEqual([
      ['ordinary-cooperation', 1, []],
      ['friendship-mou', 2, ['daejeon-tangerang-selatan']],
      ['sister-city', 3, []],
    ]);
    expect(unplaced.map((c) => c.slug)).toEqual(['bandung-seoul']);
    expect(ladderRank('sister-city')).toBeGreaterThan(ladderRank('friendship-mou'));
  });

  it('never puts a case with no stated level on a rung, whatever else it states', () => {
    const unstated = real.map((c) => ({
      ...c,
      data: { ...c.data, agreement: { ...c.data.agreement, level: 'not-stated' as const } },
    }));
    const { rungs, unplaced } = compareCases(unstated).ladder;
    expect(rungs.flatMap((rung) => rung.cases)).toEqual([]);
    expect(unplaced).toHaveLength(real.length);
  });

  it('marks a field a case does not cover as null, and keeps only covered fields', () => {
    const byField = Object.fromEntries(
      comparison.fields.map((row) => [row.key, row.cells.map((cell) => cell?.map((i) => i.id) ?? null)]),
    );
    expect(byField).toEqual({
      economy: [null, ['dts-ini-1', 'dts-ini-2']],
      education: [null, ['dts-ini-3', 'dts-ini-4']],
      technology: [null, ['dts-ini-5']],
      culture: [['bs-ini-2', 'bs-ini-3', 'bs-ini-4'], null],
      'urban-governance': [['bs-ini-1'], null],
      'taxation-transport': [['bs-ini-5'], null],
    });
  });

  it('groups recommendations by theme across cases', () => {
    const row = comparison.themes.find((r) => r.key === 'communication-coordination');
    expect(row?.cells.map((cell) => cell?.map((r) => r.id))).toEqual([
      ['bs-rec-1'],
      ['dts-rec-4', 'dts-rec-5'],
    ]);
  });

  it('adds more cases as more columns with no other change', () => {
    const more = compareCases(sortCases([...real, ...fixture]));
    expect(more.columns.map((c) => c.slug)).toEqual([
      'bandung-seoul',
      'daejeon-tangerang-selatan',
      'easttown-southport',
      'northtown-southport',
    ]);
    expect(more.fields.every((row) => row.cells.length === 4)).toBe(true);
    expect(more.ladder.rungs[0]!.cases.map((c) => c.slug)).toEqual([
      'easttown-southport',
      'northtown-southport',
    ]);
  });
});
