// The venue finder on hand-resolved passages: the frames alone, whatever the recognizers make of the names.
import { describe, expect, it } from 'vitest';
import { findHeldAt } from '../../../extractor/relations/held.js';
import type { EntityType } from '../../../extractor/types.js';
import { resolvedPassage } from './passage.js';

const held = (body: string, names: [EntityType, string][], main?: string): string[] =>
  findHeldAt(resolvedPassage(body, names, main)).map((r) => `${r.from} ${r.to}`);

describe('HELD_AT frames', () => {
  it('every venue after 前往, printed one against the other, and a place walked in (漫步于)', () => {
    const names: [EntityType, string][] = [
      ['Initiative', '“劳模休养”活动'],
      ['Organization', '某县职工疗休养基地'],
      ['Organization', '某镇温泉酒店'],
      ['Organization', '某山风景区'],
    ];
    expect(held('近日，区总工会组织劳模前往某县职工疗休养基地某镇温泉酒店，开展“劳模休养”活动。劳模们漫步于某山风景区。', names, '“劳模休养”活动')).toEqual([
      'Initiative:“劳模休养”活动 Organization:某县职工疗休养基地',
      'Initiative:“劳模休养”活动 Organization:某镇温泉酒店',
      'Initiative:“劳模休养”活动 Organization:某山风景区',
    ]);
  });

  it('a venue of the sentence’s event, not of an event named in another clause', () => {
    const names: [EntityType, string][] = [
      ['Initiative', '第一次会员代表大会'],
      ['Initiative', '全国代表大会'],
      ['Organization', '某某职工服务中心'],
    ];
    expect(held('第一次会员代表大会，在某某职工服务中心二楼会议室召开，选举产生了出席全国代表大会的代表。', names)).toEqual([
      'Initiative:第一次会员代表大会 Organization:某某职工服务中心',
    ]);
  });

  it('the later items of a list after 先后到 even when the first is not recognized, but not businesses listed with 等', () => {
    const names: [EntityType, string][] = [
      ['Initiative', '送清凉活动'],
      ['Organization', '某某高速建筑工地'],
      ['Organization', '某某处理中心'],
      ['Organization', '甲快递'],
    ];
    expect(held('区总工会开展送清凉活动，一行先后到园区工地、某某高速建筑工地和某某处理中心，慰问一线职工。工会赴乙外卖、甲快递等站点开展沟通会。', names, '送清凉活动')).toEqual([
      'Initiative:送清凉活动 Organization:某某高速建筑工地',
      'Initiative:送清凉活动 Organization:某某处理中心',
    ]);
  });
});
