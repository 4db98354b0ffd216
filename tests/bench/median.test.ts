import { describe, expect, it } from 'vitest';
import { median } from '../../bench/median.js';

describe('median of benchmark rounds', () => {
  it('is the middle round, whatever the order, and the mean of the middle two for an even count', () => {
    expect(median([1.61, 1.54, 1.58])).toBe(1.58);
    expect(median([30, 10, 20, 40])).toBe(25);
    expect(median([0.59])).toBe(0.59);
  });
});
