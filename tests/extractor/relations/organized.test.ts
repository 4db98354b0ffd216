// The organizer and member finders on hand-resolved passages: the frames alone.
import { describe, expect, it } from 'vitest';
import { findMemberOf } from '../../../extractor/relations/member.js';
import { findOrganized } from '../../../extractor/relations/organized.js';
import type { EntityType } from '../../../extractor/types.js';
import { resolvedPassage } from './passage.js';

describe('ORGANIZED and MEMBER_OF frames', () => {
  it('what a speech calls for (会议强调，要大力推进…活动) is not organized by the union named before it', () => {
    const names: [EntityType, string][] = [
      ['Union', '某省总工会'],
      ['Initiative', '第一次代表会议'],
      ['Initiative', '“学先进”系列活动'],
    ];
    const ctx = resolvedPassage('近日，某省总工会召开第一次代表会议。会议强调，要牢牢把握时代要求，大力推进“学先进”系列活动。', names);
    expect(findOrganized(ctx).map((r) => `${r.from} ${r.to}`)).toEqual(['Union:某省总工会 Initiative:第一次代表会议']);
  });

  it('every body listed after a partner word co-organizes (某总工会联合某厅、某局开展…)', () => {
    const names: [EntityType, string][] = [
      ['Union', '某省总工会'],
      ['Organization', '某省人社厅'],
      ['Organization', '某省教育厅'],
      ['Initiative', '“匠心”培育行动'],
    ];
    const ctx = resolvedPassage('某省总工会联合某省人社厅、某省教育厅开展“匠心”培育行动。', names);
    expect(findOrganized(ctx).map((r) => `${r.from} ${r.role}`)).toEqual([
      'Union:某省总工会 开展',
      'Organization:某省人社厅 联合',
      'Organization:某省教育厅 联合',
    ]);
  });

  it('a body in a credit (作者：某报刊社) is no subject of the next sentence', () => {
    const names: [EntityType, string][] = [
      ['Organization', '某某报刊社'],
      ['Initiative', '“学先进”系列活动'],
    ];
    const ctx = resolvedPassage('来源：本站 作者：某某报刊社\n近日，开展“学先进”系列活动。', names);
    expect(findOrganized(ctx)).toEqual([]);
  });

  it('a clause between a body and a name (区总工会共同为张某颁奖) is no post', () => {
    const names: [EntityType, string, string[]?][] = [
      ['Union', '某区总工会'],
      ['Person', '周丽', ['金牌工人']],
    ];
    expect(findMemberOf(resolvedPassage('晚会上，某区总工会共同为周丽颁奖。', names))).toEqual([]);
    expect(findMemberOf(resolvedPassage('晚会上，某区总工会副主席周丽颁奖。', names)).map((r) => r.role)).toEqual(['副主席']);
  });

  it('a duty set with 要 and no body named in its sentence is no act of the union named before (；要…，大力推进…)', () => {
    const names: [EntityType, string][] = [
      ['Union', '河阳区总工会'],
      ['Initiative', '第二次代表会议'],
      ['Initiative', '“学先进”系列活动'],
      ['Initiative', '“心晴河阳”职工心理关爱计划'],
    ];
    const ctx = resolvedPassage(
      '河阳区总工会召开第二次代表会议。会议强调，要把握时代要求；要着眼深化改革，大力推进“学先进”系列活动。全区各级工会要聚焦职工需求，实施“心晴河阳”职工心理关爱计划。',
      names,
    );
    const found = findOrganized(ctx);
    expect(found.map((r) => `${r.from} ${r.to}`)).toEqual(['Union:河阳区总工会 Initiative:第二次代表会议']);
    expect(found[0]!.evidence.text).toBe('河阳区总工会召开第二次代表会议。');
  });

  it('a body named in the sentence still acts on what it must do (河阳区总工会要…开展…), and 重要/需要 are no duty', () => {
    const names: [EntityType, string][] = [
      ['Union', '河阳区总工会'],
      ['Initiative', '“心晴河阳”职工心理关爱计划'],
      ['Initiative', '“送岗位”专场招聘会'],
    ];
    const ctx = resolvedPassage('河阳区总工会下一步要开展“心晴河阳”职工心理关爱计划。根据职工需要，举办了“送岗位”专场招聘会。', names);
    expect(findOrganized(ctx).map((r) => `${r.from} ${r.to} ${r.role}`)).toEqual([
      'Union:河阳区总工会 Initiative:“心晴河阳”职工心理关爱计划 开展',
      'Union:河阳区总工会 Initiative:“送岗位”专场招聘会 举办',
    ]);
  });

  it('bodies handing out awards at the event of the sentence before (晚会上，A、B共同为…颁奖) host it', () => {
    const names: [EntityType, string][] = [
      ['District', '河阳区'],
      ['Initiative', '河阳区“金扳手”颁奖晚会'],
      ['Organization', '河阳区劳动竞赛委员会'],
      ['Union', '河阳区总工会'],
      ['Initiative', '争当“金扳手”活动'],
    ];
    const ctx = resolvedPassage(
      '4月27日，河阳区举办河阳区“金扳手”颁奖晚会。晚会上，河阳区劳动竞赛委员会、河阳区总工会共同为十名职工颁奖。自河阳区开展争当“金扳手”活动以来，涌现出一批技术能手。',
      names,
    );
    const found = findOrganized(ctx);
    expect(found.map((r) => `${r.from} ${r.to} ${r.role}`)).toEqual([
      'Organization:河阳区劳动竞赛委员会 Initiative:河阳区“金扳手”颁奖晚会 颁奖',
      'Union:河阳区总工会 Initiative:河阳区“金扳手”颁奖晚会 颁奖',
    ]);
    expect(found[0]!.evidence.text).toBe('晚会上，河阳区劳动竞赛委员会、河阳区总工会共同为十名职工颁奖。');
  });

  it('a verb listed among fields (在…、开展…等方面) is nothing done', () => {
    const names: [EntityType, string][] = [
      ['Union', '南湖市总工会'],
      ['Initiative', '“南湖杯”技能竞赛'],
    ];
    const ctx = resolvedPassage('南湖市总工会表示，两年来，各学院在师徒培养、开展“南湖杯”技能竞赛等方面积极搭建平台。', names);
    expect(findOrganized(ctx)).toEqual([]);
  });

  it('unnamed bodies counted or distributed at the sentence’s start (截至目前，5家学院…承办…) are its subject, not the union named before', () => {
    const names: [EntityType, string][] = [
      ['Union', '南湖市总工会'],
      ['Initiative', '“南湖杯”技能竞赛'],
      ['Initiative', '“心晴南湖”职工心理关爱计划'],
      ['Initiative', '第三届职工运动会'],
    ];
    const ctx = resolvedPassage(
      '南湖市总工会启动“心晴南湖”职工心理关爱计划。截至目前，5家学院共计培训职工2万人次，承办“南湖杯”技能竞赛。各基层工会还举办了第三届职工运动会。',
      names,
    );
    expect(findOrganized(ctx).map((r) => `${r.from} ${r.to}`)).toEqual(['Union:南湖市总工会 Initiative:“心晴南湖”职工心理关爱计划']);
  });
});
