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
});

