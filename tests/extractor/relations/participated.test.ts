// The taking-part finder on a hand-resolved passage: what it reads from the frame alone,
// whatever the recognizers make of the names around it.
import { describe, expect, it } from 'vitest';
import { findParticipated } from '../../../extractor/relations/participated.js';
import type { EntityType } from '../../../extractor/types.js';
import { resolvedPassage } from './passage.js';

const passage = (body: string, names: [EntityType, string][]): ReturnType<typeof findParticipated> =>
  findParticipated(resolvedPassage(body, names, '第一次会员代表大会'), [], new Set());

describe('PARTICIPATED_IN frames', () => {
  it('the body a speaker stands for (X代表B向大会表示祝贺) takes part in the event', () => {
    const found = passage('近日，望京街道工会联合会召开第一次会员代表大会。周丽代表朝阳区总工会向大会的召开表示热烈祝贺。', [
      ['Initiative', '第一次会员代表大会'],
      ['Person', '周丽'],
      ['Union', '朝阳区总工会'],
    ]);
    expect(found.map((r) => `${r.from} ${r.to} ${r.role}`)).toContain('Union:朝阳区总工会 Initiative:第一次会员代表大会 代表');
  });

  it('a body a speaker stands for without speaking at the event does not', () => {
    const found = passage('近日，望京街道工会联合会召开第一次会员代表大会。周丽代表朝阳区总工会签订了协议。', [
      ['Initiative', '第一次会员代表大会'],
      ['Person', '周丽'],
      ['Union', '朝阳区总工会'],
    ]);
    expect(found.filter((r) => r.from === 'Union:朝阳区总工会')).toEqual([]);
  });

  it('bodies listed after 来自 take part with the people they send, and bodies 上榜 win the article’s award', () => {
    const names: [EntityType, string][] = [
      ['Initiative', '第一次会员代表大会'],
      ['Organization', '某某外卖'],
      ['Organization', '某某快递'],
      ['Union', '某某公司工会委员会'],
    ];
    const found = passage('现场，来自某某外卖、某某快递等企业的小哥们观看了演出。此外，某某公司工会委员会等单位纷纷上榜。', names);
    expect(found.map((r) => `${r.from} ${r.role}`)).toEqual(['Organization:某某外卖 观看', 'Organization:某某快递 观看', 'Union:某某公司工会委员会 上榜']);
  });

  const edges = (found: ReturnType<typeof findParticipated>): string[] => found.map((r) => `${r.from} ${r.to} ${r.role ?? ''}`);
  const inArticle = (body: string, names: [EntityType, string, string[]?][], main: string): ReturnType<typeof findParticipated> =>
    findParticipated(resolvedPassage(body, names, main), [], new Set());

  it('a competitor who speaks of the contest as their own took part in it; an official who speaks of it did not', () => {
    const names: [EntityType, string, string[]?][] = [
      ['Initiative', '青工焊接技能大赛'],
      ['Union', '河阳区总工会'],
      ['Person', '林晓松', ['职工']],
      ['Person', '周明远', ['主席']],
    ];
    const found = inArticle(
      '近日，河阳区总工会举办青工焊接技能大赛。青禾科技公司职工林晓松表示：“参加比赛让我找到了自己的差距。”河阳区总工会主席周明远表示，通过比赛，职工们展示了自己的风采。',
      names,
      '青工焊接技能大赛',
    );
    expect(edges(found)).toEqual(['Person:林晓松 Initiative:青工焊接技能大赛 参赛']);
  });

  it('a trainee quoted after a pronoun (…能手，他说：“本次课程让我…”) took part; talk of another kind of event does not count', () => {
    const names: [EntityType, string, string[]?][] = [
      ['Initiative', '南湖工匠研修班'],
      ['Person', '林晓松'],
      ['Person', '陈立'],
    ];
    const found = inArticle(
      '近日，南湖工匠研修班开班。林晓松是去年的技术能手，他说：“本次课程让我学到了很多。”陈立说：“通过这次比赛，我收获很大。”',
      names,
      '南湖工匠研修班',
    );
    expect(edges(found)).toEqual(['Person:林晓松 Initiative:南湖工匠研修班 参训']);
  });

  it('the person given the event’s own role (此次书画展的发起人是…) took part in it', () => {
    const found = inArticle('据介绍，此次“南湖劳动者”书画展的发起人是市劳动模范韩青山，他带领团队拍摄了照片。', [
      ['Initiative', '“南湖劳动者”书画展'],
      ['Person', '韩青山'],
    ], '“南湖劳动者”书画展');
    expect(edges(found)).toEqual(['Person:韩青山 Initiative:“南湖劳动者”书画展 发起人']);
  });

  it('those an award is presented to (为X、Y等“十佳职工”颁奖) are at the event', () => {
    const found = inArticle('近日，河阳区举办职工文艺晚会。晚会上，河阳区总工会为林晓松、陈立等“十佳职工”颁奖。', [
      ['Initiative', '职工文艺晚会'],
      ['Union', '河阳区总工会'],
      ['Person', '林晓松'],
      ['Person', '陈立'],
    ], '职工文艺晚会');
    expect(edges(found)).toEqual(['Person:林晓松 Initiative:职工文艺晚会 获奖', 'Person:陈立 Initiative:职工文艺晚会 获奖']);
  });

  it('a union that sends workers (组织职工参与) or speaks of their 获得感 does not take part', () => {
    const found = inArticle('近日，河阳区总工会组织职工参与迎春送福活动。河阳区总工会相关负责人表示，迎春送福活动提升了职工的获得感。', [
      ['Initiative', '迎春送福活动'],
      ['Union', '河阳区总工会'],
    ], '迎春送福活动');
    expect(edges(found)).toEqual([]);
  });

  it('in a contest, the body a winner comes from (来自A公司的张某获得一等奖) competed; at a class it did not', () => {
    const names: [EntityType, string, string[]?][] = [
      ['Organization', '青禾餐饮有限公司'],
      ['Person', '林晓松'],
    ];
    const contest = inArticle('最终，来自青禾餐饮有限公司的林晓松获得了该项目的一等奖。', [['Initiative', '河阳区餐饮技能大赛'], ...names], '河阳区餐饮技能大赛');
    expect(edges(contest)).toContain('Organization:青禾餐饮有限公司 Initiative:河阳区餐饮技能大赛 获得');
    const course = inArticle('最终，来自青禾餐饮有限公司的林晓松获得了结业证书一等奖。', [['Initiative', '河阳区厨艺研修班'], ...names], '河阳区厨艺研修班');
    expect(edges(course).filter((e) => e.startsWith('Organization:'))).toEqual([]);
  });
});
