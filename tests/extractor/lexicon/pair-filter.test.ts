import { describe, expect, it } from 'vitest';
import { allPlaces } from '../../../extractor/lexicon/gazetteer.js';
import { pairFilter } from '../../../extractor/lexicon/pair-filter.js';

describe('pairFilter', () => {
  it('lets through every position where an added word begins, so no place is lost', () => {
    const filter = pairFilter();
    const names = allPlaces({ streetsOutsideBeijing: true }).map((p) => p.name);
    for (const name of names) filter.add(name);
    const text = `据悉，${names.slice(0, 2000).join('和')}。`;
    let at = text.indexOf('，') + 1;
    for (const name of names.slice(0, 2000)) {
      expect(filter.mayStart(text, at)).toBe(true);
      at += name.length + 1;
    }
  });

  it('stops most positions of ordinary text, the point of asking it first', () => {
    const filter = pairFilter();
    for (const p of allPlaces({ streetsOutsideBeijing: true })) filter.add(p.name);
    const text = '职工们表示，这次活动让大家感受到了温暖，今后将继续努力工作，为企业发展贡献力量。';
    let passed = 0;
    for (let i = 0; i < text.length; i++) if (filter.mayStart(text, i)) passed++;
    expect(passed).toBeLessThan(text.length / 4);
  });

  it('treats a one-character word and the last character of a text', () => {
    const filter = pairFilter();
    filter.add('镇');
    filter.add('朝阳');
    expect(filter.mayStart('小镇', 1)).toBe(true);
    expect(filter.mayStart('镇上', 0)).toBe(true);
    expect(filter.mayStart('朝阳', 0)).toBe(true);
    expect(filter.mayStart('朝', 0)).toBe(false);
    expect(filter.mayStart('阳光', 0)).toBe(false);
  });
});
