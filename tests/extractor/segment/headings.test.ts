import { describe, expect, it } from 'vitest';
import { chooseTitle, isBannerText, splitInlineKicker } from '../../../extractor/segment/headings.js';

const pieces = (...lines: string[]) => {
  let at = 0;
  return lines.map((text) => {
    const piece = { start: at, end: at + text.length, text };
    at += text.length + 2;
    return piece;
  });
};
const choose = (...lines: string[]) => {
  const { title, subtitles } = chooseTitle(pieces(...lines));
  return { title: title?.text, subtitles: subtitles.map((s) => s.text) };
};

describe('chooseTitle', () => {
  it('takes the line naming who did what over a kicker above it', () => {
    expect(choose('推动职工书屋提质增效', '石景山区总工会为20家职工书屋配送新书')).toEqual({
      title: '石景山区总工会为20家职工书屋配送新书',
      subtitles: ['推动职工书屋提质增效'],
    });
    expect(choose('冬送温暖', '西城区总工会慰问环卫工人')).toMatchObject({ title: '西城区总工会慰问环卫工人' });
  });

  it('takes the first line when the line below is a deck', () => {
    expect(choose('丰台区总工会举办职工技能大赛', '260余名职工同台比武')).toEqual({
      title: '丰台区总工会举办职工技能大赛',
      subtitles: ['260余名职工同台比武'],
    });
    expect(choose('丰台区总工会举办职工技能大赛', '用比赛检验一线职工的本领')).toMatchObject({ title: '丰台区总工会举办职工技能大赛' });
  });

  it('never takes a section label or a line above it', () => {
    expect(choose('工会重点工作创新案例', '>> 北京经验 <<', '市总工会推进产业工人队伍建设改革')).toEqual({
      title: '市总工会推进产业工人队伍建设改革',
      subtitles: ['工会重点工作创新案例', '>> 北京经验 <<'],
    });
  });

  it('splits a kicker printed on the title’s line', () => {
    expect(choose('建立工作台账 开展专场沟通 推进企业建会 东辛房街道总工会扩大工会覆盖面')).toEqual({
      title: '东辛房街道总工会扩大工会覆盖面',
      subtitles: ['建立工作台账 开展专场沟通 推进企业建会'],
    });
  });
});

describe('splitInlineKicker', () => {
  it('leaves titles with one inner space alone', () => {
    expect(splitInlineKicker(pieces('中共中央 国务院印发关于深化产业工人队伍建设改革的意见')[0]!)).toBeUndefined();
  });
});

describe('isBannerText', () => {
  it('recognizes a slogan of parallel clauses', () => {
    expect(isBannerText('深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面')).toBe(true);
    expect(isBannerText('助力高技能人才由传统建筑工人向绿色建筑技术工程师转型')).toBe(false);
  });
});
