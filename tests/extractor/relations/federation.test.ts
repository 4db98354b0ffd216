// Which federation is over which union, from the gazetteer: what keeps SUBORDINATE_TO from a
// followed plan off the unions of unrelated places.
import { describe, expect, it } from 'vitest';
import { isFederationOver } from '../../../extractor/relations/federation.js';

describe('isFederationOver', () => {
  it('puts a place’s 总工会 over the unions of the places inside it, and 全国总工会 over all', () => {
    expect(isFederationOver('浙江省总工会', '台州市总工会')).toBe(true);
    expect(isFederationOver('北京市总工会', '北京经济技术开发区总工会')).toBe(true);
    expect(isFederationOver('朝阳区总工会', '望京街道总工会')).toBe(true);
    expect(isFederationOver('中华全国总工会', '山东省总工会')).toBe(true);
  });

  it('reads a district name several places share as any of them (朝阳区 of Beijing and of Changchun), and no other', () => {
    expect(isFederationOver('北京市总工会', '朝阳区总工会')).toBe(true);
    expect(isFederationOver('吉林省总工会', '朝阳区总工会')).toBe(true);
    expect(isFederationOver('上海市总工会', '朝阳区总工会')).toBe(false);
  });

  it('puts a place’s 总工会 over the other unions of its own place', () => {
    expect(isFederationOver('北京市总工会', '北京市教育工会')).toBe(true);
    expect(isFederationOver('北京经济技术开发区总工会', '北京经济技术开发区生物科技园联合工会')).toBe(true);
  });

  it('puts no union over itself, a lower one over a higher, or a trade union over anyone', () => {
    expect(isFederationOver('北京市总工会', '北京市总工会')).toBe(false);
    expect(isFederationOver('朝阳区总工会', '北京市总工会')).toBe(false);
    expect(isFederationOver('北京市教育工会', '朝阳区总工会')).toBe(false);
  });
});
