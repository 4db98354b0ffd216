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

describe('HELD_AT: a place with a spot in it that no name covers, and a scene set at the clause’s start', () => {
  it('在 a district, a project site no recognizer names, then the holding verb: the district', () => {
    const names: [EntityType, string][] = [
      ['Union', '南湖建设集团工会'],
      ['District', '河阳区'],
      ['Initiative', '“致敬建设者”特别活动'],
    ];
    const passage = resolvedPassage('南湖建设集团工会在河阳区安置房项目举办“致敬建设者”特别活动。', names);
    const found = findHeldAt(passage);
    expect(found.map((r) => `${r.from} ${r.to}`)).toEqual(['Initiative:“致敬建设者”特别活动 District:河阳区']);
    expect(found[0]!.evidence.text).toBe('南湖建设集团工会在河阳区安置房项目举办“致敬建设者”特别活动。');
  });

  it('not a place whose help or lead the event had (在河阳区的支持下, 在河阳区领导下)', () => {
    const names: [EntityType, string][] = [
      ['District', '河阳区'],
      ['Initiative', '“心晴河阳”职工心理关爱计划'],
    ];
    expect(held('在河阳区的大力支持下举办“心晴河阳”职工心理关爱计划。在河阳区领导下开展“心晴河阳”职工心理关爱计划。', names)).toEqual([]);
  });

  it('a venue opening its clause with 内 is where the event the sentence goes on to hold takes place', () => {
    const names: [EntityType, string][] = [
      ['District', '南湖区'],
      ['Street', '柳岸街道'],
      ['Organization', '柳岸西区骑手驿站'],
      ['Initiative', '“秋送温暖”活动'],
    ];
    expect(held('近日，南湖区柳岸街道柳岸西区骑手驿站内热闹非凡，该街道总工会开展了“秋送温暖”活动。', names)).toEqual([
      'Initiative:“秋送温暖”活动 Organization:柳岸西区骑手驿站',
    ]);
  });

  it('not a venue named inside a clause, nor a scene whose sentence holds no event', () => {
    const names: [EntityType, string][] = [
      ['Organization', '柳岸西区骑手驿站'],
      ['Initiative', '“秋送温暖”活动'],
    ];
    expect(held('工会人员介绍柳岸西区骑手驿站内的设施，并开展了“秋送温暖”活动。柳岸西区骑手驿站内设有休息区。', names)).toEqual([]);
  });
});

describe('HELD_AT: the district a venue is named for', () => {
  it('a venue whose name begins with its county places the event in the county too; a street or a non-venue body does not', () => {
    const names: [EntityType, string][] = [
      ['Organization', '河阳县职工疗休养基地'],
      ['District', '河阳县'],
      ['Organization', '柳岸镇望湖大酒店'],
      ['Street', '柳岸镇'],
      ['Organization', '南湖区卫健委'],
      ['District', '南湖区'],
      ['Initiative', '“劳模休养”活动'],
    ];
    const found = findHeldAt(resolvedPassage('近日，区总工会组织劳模前往河阳县职工疗休养基地柳岸镇望湖大酒店，开展“劳模休养”活动。职工还走进南湖区卫健委。', names, '“劳模休养”活动'));
    expect(found.map((r) => `${r.from} ${r.to}`)).toEqual([
      'Initiative:“劳模休养”活动 Organization:河阳县职工疗休养基地',
      'Initiative:“劳模休养”活动 District:河阳县',
      'Initiative:“劳模休养”活动 Organization:柳岸镇望湖大酒店',
      'Initiative:“劳模休养”活动 Organization:南湖区卫健委',
    ]);
    expect(found[1]!.evidence.text).toBe('近日，区总工会组织劳模前往河阳县职工疗休养基地柳岸镇望湖大酒店，开展“劳模休养”活动。');
  });
});

describe('HELD_AT: places doing it together (两地联手开展)', () => {
  it('each place named before 两地 holds the event the verb takes; one place alone or no event gives nothing', () => {
    const names: [EntityType, string][] = [
      ['District', '河阳区'],
      ['District', '南湖县'],
      ['Initiative', '“山水同心”共建活动'],
    ];
    const found = findHeldAt(resolvedPassage('河阳区与南湖县毗邻，2020年，两地联手开展了“山水同心”共建活动。两地工会交流频繁。河阳区两地联手开展了交流。', names));
    expect(found.map((r) => `${r.from} ${r.to}`)).toEqual([
      'Initiative:“山水同心”共建活动 District:河阳区',
      'Initiative:“山水同心”共建活动 District:南湖县',
    ]);
    expect(found[0]!.evidence.text).toBe('河阳区与南湖县毗邻，2020年，两地联手开展了“山水同心”共建活动。');
  });
});

