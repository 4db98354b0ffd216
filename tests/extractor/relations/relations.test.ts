// Relation finders on short passages: each relation comes with the sentence that states it.
import { describe, expect, it } from 'vitest';
import { extractSources } from '../../../extractor/extract.js';
import type { ArticleRecord, Relation } from '../../../extractor/types.js';

function extract(body: string, title = '工会开展职工服务工作'): { record: ArticleRecord; text: string } {
  const text = `\n\n${title}\n\n本报讯（记者 周明 通讯员 孙丽）${body}\n`;
  const [record] = extractSources([{ path: 'p.txt', name: 'p.txt', sha256: '', encoding: 'utf-8', format: 'txt', text }]);
  return { record: record!, text };
}

const find = (r: ArticleRecord, type: string, from: string, to: string): Relation | undefined =>
  r.relations.find((x) => x.type === type && x.from === from && x.to === to);

describe('relations', () => {
  it('ORGANIZED: 由A、B共同主办，C承办 gives each body its verb, with the sentence as evidence', () => {
    const { record, text } = extract('近日，由大兴区总工会、大兴区人力资源和社会保障局共同主办，北京大兴国际机场有限公司工会委员会承办的2025年“空港杯”叉车技能竞赛举行。');
    const contest = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('空港杯'))!.id;
    expect(find(record, 'ORGANIZED', 'Union:大兴区总工会', contest)?.role).toBe('主办');
    expect(find(record, 'ORGANIZED', 'Organization:大兴区人力资源和社会保障局', contest)?.role).toBe('主办');
    const host = find(record, 'ORGANIZED', 'Union:北京大兴国际机场有限公司工会委员会', contest)!;
    expect(host.role).toBe('承办');
    // The sentence runs from the dateline, which opens the paragraph, to its 。.
    expect(host.evidence.text).toMatch(/^本报讯（记者 周明 通讯员 孙丽）近日，由大兴区总工会.*叉车技能竞赛举行。$/);
    expect(text.slice(host.evidence.start, host.evidence.end)).toBe(host.evidence.text);
  });

  it('MEMBER_OF: a body, its titles and the name — two posts before a comma belong to one person', () => {
    const { record } = extract('近日，房山区人大常委会党组成员、副主任，区总工会主席赵永刚带队走访慰问一线职工，开展“送温暖”活动。');
    expect(find(record, 'MEMBER_OF', 'Person:赵永刚', 'Union:房山区总工会')?.role).toBe('主席');
    expect(find(record, 'MEMBER_OF', 'Person:赵永刚', 'Organization:房山区人大常委会')?.role).toBe('党组成员、副主任');
    const event = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('送温暖'))!.id;
    expect(find(record, 'PARTICIPATED_IN', 'Person:赵永刚', event)).toBeDefined();
  });

  it('MEMBER_OF: a body acting before the comma gives no post, and 代表 ends the union before it', () => {
    const { record } = extract('近日，河阳区总工会代表南湖精工有限公司工会出席会议，西山区总工会代表吴振国发言。');
    const unions = record.entities.filter((e) => e.type === 'Union').map((e) => e.name);
    expect(unions).toEqual(expect.arrayContaining(['河阳区总工会', '南湖精工有限公司工会', '西山区总工会']));
    expect(unions.some((name) => name.includes('代表'))).toBe(false);
    const members = record.relations.filter((x) => x.type === 'MEMBER_OF').map((x) => `${x.from} ${x.to} ${x.role}`);
    expect(members).toEqual(['Person:吴振国 Union:西山区总工会 代表']);
  });

  it('PARTICIPATED_IN: a first place won (获得…第一名) takes part in the event the headline names short and the lead in full', () => {
    const { record } = extract(
      '9月18日，河阳市第五届职工职业技能大赛在河阳技师学院开幕。经过角逐，南湖精工有限公司技师吴振国获得焊工项目第一名。',
      '河阳市举办职工技能大赛',
    );
    const events = record.entities.filter((e) => e.type === 'Initiative');
    expect(events.map((e) => e.name)).toEqual(['河阳市第五届职工职业技能大赛']);
    expect(events[0]!.mentions.map((m) => m.text)).toContain('职工技能大赛');
    expect(find(record, 'PARTICIPATED_IN', 'Person:吴振国', events[0]!.id)?.role).toBe('获得');
  });

  it('MEMBER_OF: the post of 某公司的快递员张某 is 快递员', () => {
    const { record } = extract('近日，在南湖区一处工会驿站里，蓝海速运有限公司的快递员李建军说，驿站很方便。');
    expect(find(record, 'MEMBER_OF', 'Person:李建军', 'Organization:蓝海速运有限公司')?.role).toBe('快递员');
  });

  it('MEMBER_OF: two people listed in one sentence keep their own posts', () => {
    const { record } = extract('近日，北京汽车集团有限公司工会开展慰问活动。北京汽车集团有限公司党委书记、董事长张建勇，集团工会副主席李红梅参加活动。');
    const members = record.relations.filter((x) => x.type === 'MEMBER_OF').map((x) => `${x.from} ${x.to} ${x.role}`);
    expect(members).toEqual([
      'Person:张建勇 Organization:北京汽车集团有限公司 党委书记、董事长',
      'Person:李红梅 Union:北京汽车集团有限公司工会 副主席',
    ]);
  });

  it('MEMBER_OF: a bare 工会 in a post is the article’s own company union, never a federation’s', () => {
    const own = extract('6月5日，星河电子有限公司工会开展“职工健康月”活动。公司党委副书记、工会主席孙立伟，工会副主席陈燕出席。', '星河电子有限公司工会开展健康月活动').record;
    const members = own.relations.filter((x) => x.type === 'MEMBER_OF').map((x) => `${x.from} ${x.to} ${x.role}`);
    expect(members).toEqual(['Person:孙立伟 Union:星河电子有限公司工会 主席', 'Person:陈燕 Union:星河电子有限公司工会 副主席']);
    const federation = extract('6月5日，河阳区总工会开展“职工健康月”活动。星河公司党委副书记、工会主席孙立伟出席。').record;
    expect(federation.relations.filter((x) => x.type === 'MEMBER_OF' && x.from === 'Person:孙立伟')).toEqual([]);
  });

  it('SUBORDINATE_TO: A下属B, and LOCATED_IN from the name', () => {
    const { record } = extract('近日，海淀区教育工会下属中关村第一小学工会开展教职工健步走活动。');
    expect(find(record, 'SUBORDINATE_TO', 'Union:中关村第一小学工会', 'Union:海淀区教育工会')).toBeDefined();
    expect(find(record, 'LOCATED_IN', 'Union:海淀区教育工会', 'District:海淀区')).toBeDefined();
  });

  it('HELD_AT: 在P举办 and every place of a visited list', () => {
    const { record } = extract('近日，朝阳区总工会在北京工人体育馆举办2025年朝阳区职工篮球赛。此次篮球赛期间，球员们走进北京城建集团有限公司、北京祥龙公交客运有限公司参观交流。');
    const game = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('篮球赛'))!.id;
    expect(find(record, 'HELD_AT', game, 'Organization:北京工人体育馆')).toBeDefined();
    expect(find(record, 'HELD_AT', game, 'Organization:北京城建集团有限公司')).toBeDefined();
    expect(find(record, 'HELD_AT', game, 'Organization:北京祥龙公交客运有限公司')).toBeDefined();
  });

  it('REPORTED: every byline name reports the article, the credit as evidence', () => {
    const { record } = extract('近日，朝阳区总工会举办职工运动会。');
    const reported = record.relations.filter((x) => x.type === 'REPORTED');
    expect(reported.map((x) => `${x.from} ${x.role}`)).toEqual(['Person:周明 记者', 'Person:孙丽 通讯员']);
    expect(reported.every((x) => x.to === 'ARTICLE' && x.evidence.text === '（记者 周明 通讯员 孙丽）')).toBe(true);
  });

  it('REPORTED: a reporter credited as writer and as photographer keeps both credits', () => {
    const text = '\n\n区总工会举办职工运动会\n\n本报讯（记者 周明）近日，朝阳区总工会举办职工运动会。\n本报记者 周明 摄\n';
    const [record] = extractSources([{ path: 'p.txt', name: 'p.txt', sha256: '', encoding: 'utf-8', format: 'txt', text }]);
    const reported = record!.relations.filter((x) => x.type === 'REPORTED');
    expect(reported.map((x) => `${x.from} ${x.role} ${x.evidence.text}`)).toEqual(['Person:周明 记者 （记者 周明）', 'Person:周明 摄影 本报记者 周明 摄']);
  });

  it('REPORTED: the credits of a meta line, a dateline without brackets and brackets closing the article', () => {
    const page = (body: string): ArticleRecord => {
      const text = `\n\n区总工会召开职工代表大会\n\n${body}\n`;
      return extractSources([{ path: 'p.txt', name: 'p.txt', sha256: '', encoding: 'utf-8', format: 'txt', text }])[0]!;
    };
    const credits = (r: ArticleRecord): string[] => r.relations.filter((x) => x.type === 'REPORTED').map((x) => `${x.from} ${x.role ?? ''}`);
    expect(credits(page('来源：某某观察 作者：赵文 发布时间：2024-01-24 18:24\n近日，朝阳区总工会召开职工代表大会。'))).toEqual(['Person:赵文 作者']);
    expect(credits(page('本报讯 赵文、钱立报道 近日，朝阳区总工会召开职工代表大会。'))).toEqual(['Person:赵文 报道', 'Person:钱立 报道']);
    expect(credits(page('近日，朝阳区总工会召开职工代表大会。（赵文 钱立）'))).toEqual(['Person:赵文 ', 'Person:钱立 ']);
    expect(credits(page('近日，朝阳区总工会召开职工代表大会。\n（赵文）'))).toEqual(['Person:赵文 ']);
    expect(credits(page('记者:赵文 编辑:钱立\n近日，朝阳区总工会召开职工代表大会。'))).toEqual(['Person:赵文 记者']);
  });

  it('HELD_AT: 在P二楼会议室召开, 在省P市P举行 (the smaller place), the event the verb governs, and every place after 先后到', () => {
    const { record } = extract(
      '近日，朝阳区总工会在北京工人体育馆二楼会议室召开2025年朝阳区职工代表大会。6月1日，海淀区职工乒乓球比赛在浙江杭州举行，选举产生了出席北京市第十五次工会代表大会的代表。',
    );
    const held = record.relations.filter((x) => x.type === 'HELD_AT').map((x) => `${x.from} ${x.to}`);
    expect(held).toEqual(['Initiative:2025年朝阳区职工代表大会 Organization:北京工人体育馆', 'Initiative:海淀区职工乒乓球比赛 Region:杭州市']);
    const visit = extract('近日，朝阳区总工会开展“夏送清凉”活动，工会干部先后到北京城建集团有限公司、北京祥龙公交客运有限公司和北京工人体育馆慰问一线职工。').record;
    const event = visit.entities.find((e) => e.type === 'Initiative' && e.name.includes('夏送清凉'))!.id;
    expect(visit.relations.filter((x) => x.type === 'HELD_AT' && x.from === event).map((x) => x.to)).toEqual([
      'Organization:北京城建集团有限公司',
      'Organization:北京祥龙公交客运有限公司',
      'Organization:北京工人体育馆',
    ]);
  });

  it('MEMBER_OF: posts joined by 、 belong to one person, and the names listed after a post hold theirs in the same body', () => {
    const { record } = extract('近日，房山区人大常委会副主任、区总工会主席赵永刚，常务副主席钱立、副主席孙强、李华一行走访慰问一线职工。', '房山区总工会开展慰问活动');
    const members = record.relations.filter((x) => x.type === 'MEMBER_OF').map((x) => `${x.from} ${x.to} ${x.role}`);
    expect(members).toEqual([
      'Person:赵永刚 Union:房山区总工会 主席',
      'Person:赵永刚 Organization:房山区人大常委会 副主任',
      'Person:钱立 Union:房山区总工会 常务副主席',
      'Person:孙强 Union:房山区总工会 副主席',
      'Person:李华 Union:房山区总工会 副主席',
    ]);
  });

  it('PARTICIPATED_IN: each verb of a sentence takes its own names, 参加…的有 takes the list after it, and a winner of a title took part in the event', () => {
    const { record } = extract(
      '近日，朝阳区总工会举办2025年朝阳区职工技能大赛。区总工会党组书记、主席赵永刚出席开幕式，副主席钱立主持开幕式。参加开幕式的有区总工会副主席孙强、李华等。北京城建集团有限公司职工周丽荣获“朝阳工匠”称号。',
      '朝阳区职工技能大赛开幕',
    );
    const contest = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('技能大赛'))!.id;
    const taking = record.relations.filter((x) => x.type === 'PARTICIPATED_IN' && x.to === contest).map((x) => `${x.from} ${x.role}`);
    expect(taking).toEqual(['Person:赵永刚 出席', 'Person:钱立 主持', 'Person:孙强 参加', 'Person:李华 参加', 'Person:周丽 荣获']);
  });

  it('SUBORDINATE_TO: a branch company’s union under its company’s union when both are named, evidence its name', () => {
    const { record } = extract('近日，北京城建集团有限公司工会、北京城建集团有限公司第一分公司工会开展职工健步走活动。');
    const under = record.relations.filter((x) => x.type === 'SUBORDINATE_TO');
    expect(under.map((x) => `${x.from} ${x.to} ${x.evidence.text}`)).toEqual([
      'Union:北京城建集团有限公司第一分公司工会 Union:北京城建集团有限公司工会 北京城建集团有限公司第一分公司工会',
    ]);
    const alone = extract('近日，北京城建集团有限公司第一分公司工会开展职工健步走活动。').record;
    expect(alone.relations.filter((x) => x.type === 'SUBORDINATE_TO')).toEqual([]);
  });

  it('ORGANIZED: 在A的指导下 and 按照A统一部署 make A a guide of the event, beside the body holding it', () => {
    const roles = (body: string): string[] =>
      extract(body).record.relations.filter((x) => x.type === 'ORGANIZED').map((x) => `${x.from} ${x.role}`);
    expect(roles('在北京市总工会的指导下，朝阳区总工会举办2025年朝阳区职工篮球赛。')).toEqual(['Union:朝阳区总工会 举办', 'Union:北京市总工会 指导']);
    expect(roles('按照北京市总工会统一部署，朝阳区总工会开展“夏送清凉”活动。')).toEqual(['Union:朝阳区总工会 开展', 'Union:北京市总工会 部署']);
    expect(roles('在北京市总工会的大力支持下，朝阳区总工会举办2025年朝阳区职工篮球赛。')).toEqual(['Union:朝阳区总工会 举办', 'Union:北京市总工会 支持']);
  });

  it('PARTICIPATED_IN: competitors (选手X), bodies listed as 来自A、B的N名职工, and 获得 a prize; 获得 something else is not a win', () => {
    const { record } = extract('近日，朝阳区总工会举办2025年朝阳区职工技能大赛，来自北京城建集团有限公司、北京祥龙公交客运有限公司的80名职工参赛。选手周丽、李华获得一等奖。');
    const contest = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('技能大赛'))!.id;
    expect(record.relations.filter((x) => x.type === 'PARTICIPATED_IN' && x.to === contest).map((x) => `${x.from} ${x.role}`)).toEqual([
      'Organization:北京城建集团有限公司 参赛',
      'Organization:北京祥龙公交客运有限公司 参赛',
      'Person:周丽 选手',
      'Person:李华 选手',
    ]);
  });

  it('HELD_AT 于P举行, and MEMBER_OF through 该公司工会主席X', () => {
    const { record } = extract('近日，2025年朝阳区职工篮球赛于北京工人体育馆举行。北京城建集团有限公司工会开展慰问活动，该公司工会主席周丽出席活动。');
    const game = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('篮球赛'))!.id;
    expect(find(record, 'HELD_AT', game, 'Organization:北京工人体育馆')).toBeDefined();
    expect(find(record, 'MEMBER_OF', 'Person:周丽', 'Union:北京城建集团有限公司工会')?.role).toBe('主席');
  });

  it('PARTICIPATED_IN: X是<event>…冠军 makes X a winner of that event', () => {
    const { record } = extract('近日，朝阳区总工会举办职工座谈会。来自北京城建集团有限公司的周丽是首届全国“青工杯”技能大赛焊工赛道冠军，她说，培训让她收获很多。');
    const contest = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('青工杯'))!.id;
    expect(find(record, 'PARTICIPATED_IN', 'Person:周丽', contest)?.role).toBe('冠军');
  });
  it('PARTICIPATED_IN: guests who share their stories (劳模X、Y…与师生分享) take part in the article’s event', () => {
    const { record } = extract('11月18日，河阳区总工会开展“劳模工匠进校园”活动。全国劳动模范刘美华、市级劳动模范王建军走进课堂，与300余名师生分享成长故事。');
    const event = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('劳模工匠进校园'))!.id;
    expect(find(record, 'PARTICIPATED_IN', 'Person:刘美华', event)?.role).toBe('分享');
    expect(find(record, 'PARTICIPATED_IN', 'Person:王建军', event)?.role).toBe('分享');
  });

  it('PARTICIPATED_IN: bodies whose unnamed officials attend (甲、乙有关负责人出席) attend', () => {
    const { record } = extract('日前，河阳区总工会启动“心晴河阳”职工心理关爱计划。南湖市总工会、河阳区卫生健康委员会有关负责人出席启动仪式。');
    const plan = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('心晴河阳'))!.id;
    expect(find(record, 'PARTICIPATED_IN', 'Union:南湖市总工会', plan)?.role).toBe('出席');
    expect(find(record, 'PARTICIPATED_IN', 'Organization:河阳区卫生健康委员会', plan)?.role).toBe('出席');
  });

  it('PARTICIPATED_IN: 出席活动 with no 活动 named before it is the article’s own event, not one a later paragraph names', () => {
    const { record } = extract(
      '11月20日，河阳区总工会举办的2026年河阳区快递员职业技能竞赛在滨江公园举行。区总工会主席陈立新出席活动并为获奖选手颁奖。\n\n今年以来，河阳区总工会还开展“暖冬行动”关爱服务活动。',
      '河阳区总工会举办快递员职业技能竞赛',
    );
    const contest = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('技能竞赛'))!.id;
    const later = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('暖冬行动'))!.id;
    expect(find(record, 'PARTICIPATED_IN', 'Person:陈立新', contest)?.role).toBe('出席');
    expect(find(record, 'PARTICIPATED_IN', 'Person:陈立新', later)).toBeUndefined();
  });

  it('HELD_AT: a county elsewhere printed again without 县 (在长汀召开) is the county the article named in full', () => {
    const { record } = extract('近日，福建省长汀县总工会在长汀召开2025年职工服务工作推进会。', '长汀县总工会召开职工服务工作推进会');
    const meeting = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('推进会'))!.id;
    const held = find(record, 'HELD_AT', meeting, 'District:长汀县');
    expect(held?.evidence.text).toMatch(/在长汀召开2025年职工服务工作推进会。$/);
    expect(record.entities.filter((e) => e.type === 'District').map((e) => e.name)).toEqual(['长汀县']);
  });

  it('HELD_AT: the stem alone, with no full name printed, is not read as the county', () => {
    const { record } = extract('近日，区总工会在长汀召开2025年职工服务工作推进会。');
    expect(record.entities.some((e) => e.name === '长汀县')).toBe(false);
  });

  it('HELD_AT: a trail visited (前往某某徒步大道开展…) is the venue, its name ending where the holding verb begins', () => {
    const { record } = extract('近日，南湖精工有限公司工会组织百余名职工前往南湖国际徒步大道开展“秋日健步行”健走活动。');
    const walk = record.entities.find((e) => e.type === 'Initiative' && e.name.includes('秋日健步行'))!.id;
    const held = find(record, 'HELD_AT', walk, 'Organization:南湖国际徒步大道');
    expect(held?.evidence.text).toMatch(/前往南湖国际徒步大道开展“秋日健步行”健走活动。$/);
    expect(record.relations.filter((r) => r.type === 'HELD_AT').map((r) => r.to)).toEqual(['Organization:南湖国际徒步大道']);
  });
});
