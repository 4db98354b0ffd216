import { describe, expect, it } from 'vitest';
import { SURNAMES, isSurname, surnameAt } from '../../../extractor/lexicon/surnames.js';

describe('surnames', () => {
  it('has no empty or repeated entries and includes 付', () => {
    expect(SURNAMES.every((s) => s.trim().length > 0)).toBe(true);
    expect(new Set(SURNAMES).size).toBe(SURNAMES.length);
    expect(isSurname('付')).toBe(true);
    expect(isSurname('王')).toBe(true);
    expect(isSurname('')).toBe(false);
  });

  it('lists compound surnames first', () => {
    expect(SURNAMES[0]!.length).toBeGreaterThan(1);
    expect(SURNAMES.indexOf('欧阳')).toBeLessThan(SURNAMES.indexOf('欧'));
  });

  it('finds the longest surname at a position', () => {
    expect(surnameAt('欧阳明说', 0)).toBe('欧阳');
    expect(surnameAt('记者司马光', 2)).toBe('司马');
    expect(surnameAt('付强', 0)).toBe('付');
    expect(surnameAt('的确', 0)).toBeUndefined();
    expect(surnameAt('王', 1)).toBeUndefined();
  });
});
