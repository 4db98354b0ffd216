// Awards as the article's subject: each award named is an initiative and its winners take part in
// it; an award beside a person in another story is a role, not an initiative.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../extractor/types.js';
import { extractArticle } from '../article.js';

const initiatives = (r: ArticleRecord): string[] => r.entities.filter((e) => e.type === 'Initiative').map((e) => e.name);
const winners = (r: ArticleRecord, award: string): string[] =>
  r.relations.filter((x) => x.type === 'PARTICIPATED_IN' && x.to === `Initiative:${award}`).map((x) => `${x.from} ${x.role}`);

describe('awards', () => {
  it('makes each award an article announces an initiative, with its level, and its winners take part in it', () => {
    const r = extractArticle(
      '全国五一劳动奖和全国工人先锋号名单公布 我市9个集体和个人获表彰',
      '4月28日，名单公布。其中，南湖港务集团有限公司荣获全国五一劳动奖状；南湖市第二人民医院护士长刘晓梅荣获全国五一劳动奖章；南湖地铁运营有限公司乘务中心荣获全国工人先锋号。',
    );
    expect(initiatives(r)).toEqual(expect.arrayContaining(['全国五一劳动奖状', '全国五一劳动奖章', '全国工人先锋号']));
    expect(winners(r, '全国五一劳动奖状')).toEqual(['Organization:南湖港务集团有限公司 荣获']);
    expect(winners(r, '全国五一劳动奖章')).toEqual(['Person:刘晓梅 荣获']);
  });

  it('reads the title’s award without its level and the text’s quoted one as one, its name as printed', () => {
    const r = extractArticle(
      '新增五个模范职工之家',
      '近日，记者获悉南湖市新增5个“全国模范职工之家”。南湖市水务工会委员会是唯一获得“全国模范职工之家”荣誉的市直单位。此外，星河电子有限公司工会委员会等单位纷纷上榜。',
    );
    expect(initiatives(r)).toEqual(['“全国模范职工之家”']);
    expect(winners(r, '“全国模范职工之家”')).toEqual(['Union:南湖市水务工会委员会 获得', 'Union:星河电子有限公司工会委员会 上榜']);
  });

  it('gives a winner of the 荣誉 of an award the award it names, not the title’s first one', () => {
    const r = extractArticle('南湖市新增模范职工之家和模范职工小家', '近日，南湖市新增5个“全国模范职工之家”。南湖电机厂装配车间工会小组获得“全国模范职工小家”荣誉。');
    expect(winners(r, '“全国模范职工小家”')).toEqual(['Union:南湖电机厂装配车间工会小组 获得']);
    expect(winners(r, '“全国模范职工之家”')).toEqual([]);
  });

  it('leaves an award beside a person in another story as a role', () => {
    const r = extractArticle('河阳区总工会举办职工座谈会', '近日，河阳区总工会举办职工座谈会，全国五一劳动奖章获得者周丽分享了经验。');
    expect(initiatives(r).some((n) => n.includes('劳动奖章'))).toBe(false);
  });
});
