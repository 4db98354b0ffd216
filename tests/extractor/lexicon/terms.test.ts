import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS_SUFFIXES,
  INITIATIVE_HEADS,
  ORGANIZATION_SUFFIXES,
  TITLES,
  UNION_SUFFIXES,
  endingIn,
} from '../../../extractor/lexicon/terms.js';

describe('word lists', () => {
  it('find the most specific head word of a name', () => {
    expect(endingIn('朝阳区望京街道总工会', UNION_SUFFIXES)).toBe('总工会');
    expect(endingIn('某某公司工会委员会', UNION_SUFFIXES)).toBe('工会委员会');
    expect(endingIn('北京某某科技有限责任公司', ORGANIZATION_SUFFIXES)).toBe('有限责任公司');
    expect(endingIn('市总工会党组副书记', TITLES)).toBe('党组副书记');
    expect(endingIn('焊工技能竞赛', INITIATIVE_HEADS)).toBe('技能竞赛');
    expect(endingIn('张女士', ANONYMOUS_SUFFIXES)).toBe('女士');
    expect(endingIn('职工之家', UNION_SUFFIXES)).toBeUndefined();
  });

  it('are longest first and free of repeats', () => {
    for (const list of [UNION_SUFFIXES, ORGANIZATION_SUFFIXES, TITLES, INITIATIVE_HEADS, ANONYMOUS_SUFFIXES]) {
      expect(new Set(list).size).toBe(list.length);
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.length).toBeGreaterThanOrEqual(list[i]!.length);
    }
  });
});
