import { describe, expect, it } from 'vitest';
import { endsSentence, joinColumnBreaks, splitLines } from '../../../extractor/clean/index.js';

describe('endsSentence', () => {
  it('sees sentence ends through closing quotes and brackets', () => {
    expect(endsSentence('一名快递员说。')).toBe(true);
    expect(endsSentence('“比赛让同事之间更团结了。”')).toBe(true);
    expect(endsSentence('真的吗？')).toBe(true);
    expect(endsSentence('生态环境状况指数(EI)')).toBe(false);
    expect(endsSentence('据介绍，此次考核合格的学')).toBe(false);
    expect(endsSentence('“通过比赛展示自己的专业技能，也希望在与同行的交流中')).toBe(false);
  });
});

describe('joinColumnBreaks', () => {
  it('joins lines cut mid-word or mid-sentence and keeps finished paragraphs apart', () => {
    const text = '据介绍，此次考核合格的学\n\n\n\n员将获得结业证书，优秀学员及课\n\n题将被推荐。\n\n第二段。\n\n第三段没有句号';
    const paragraphs = joinColumnBreaks(splitLines(text)).map((lines) => lines.map((line) => line.text).join(''));
    expect(paragraphs).toEqual(['据介绍，此次考核合格的学员将获得结业证书，优秀学员及课题将被推荐。', '第二段。', '第三段没有句号']);
  });

  it('keeps each entry of a list of officials apart (主席：某某), but joins a sentence cut after a colon', () => {
    const text = '主席：欧阳宁\n常务副主席：韩立\n副主席：乔丹青、庞博（兼职）\n本会内设办公室。\n\n会议强调：要\n\n坚持改革。';
    const paragraphs = joinColumnBreaks(splitLines(text)).map((lines) => lines.map((line) => line.text).join(''));
    expect(paragraphs).toEqual(['主席：欧阳宁', '常务副主席：韩立', '副主席：乔丹青、庞博（兼职）', '本会内设办公室。', '会议强调：要坚持改革。']);
  });
});
