import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/lib/field-path.ts';

describe('field paths', () => {
  it('writes data paths the way an editor reads them', () => {
    expect(formatPath(['outcomes', 'obstacles', 0, 'text', 'id'])).toBe('outcomes.obstacles[0].text.id');
    expect(formatPath(['cities', 1])).toBe('cities[1]');
    expect(formatPath([])).toBe('');
  });
});
