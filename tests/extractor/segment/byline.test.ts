import { describe, expect, it } from 'vitest';
import { closingCredit, leadCredit, metaCredit, parseCredit } from '../../../extractor/segment/byline.js';

type Reader = typeof parseCredit;
const people = (text: string, read: Reader = parseCredit): string[] | undefined =>
  read(text, 100)?.map(({ name, role, start, end }) => {
    expect(text.slice(start - 100, end - 100)).toBe(name);
    return `${name}/${role}`;
  });

describe('parseCredit', () => {
  it('reads the reporters in a dateline’s brackets', () => {
    expect(people('记者 张晶')).toEqual(['张晶/记者']);
    expect(people('记者 崔欣 通讯员 石祎')).toEqual(['崔欣/记者', '石祎/通讯员']);
    expect(people('记者张伟')).toEqual(['张伟/记者']);
    expect(people('记者 张三、李四')).toEqual(['张三/记者', '李四/记者']);
  });

  it('gives every name before a photo suffix the role 摄影', () => {
    expect(people('本报记者 王辰阳 摄')).toEqual(['王辰阳/摄影']);
    expect(people('本报记者 马超 摄影报道')).toEqual(['马超/摄影']);
    expect(people('本报记者 孙妍\n通讯员 田文江 摄影报道')).toEqual(['孙妍/摄影', '田文江/摄影']);
    expect(people('本报记者 张三 文 李四 摄')).toEqual(['张三/记者', '李四/摄影']);
    expect(people('本报记者 王辰阳/摄')).toEqual(['王辰阳/摄影']);
  });

  it('reads “文/” and “图/” bylines and decorations before them', () => {
    expect(people('■文/本报记者 李娜')).toEqual(['李娜/记者']);
    expect(people('文/本报记者 李娜 图/本报记者 赵刚')).toEqual(['李娜/记者', '赵刚/摄影']);
    expect(people('摄影记者 刘洋')).toEqual(['刘洋/摄影']);
    expect(people('（记者 张三 通讯员 李四）')).toEqual(['张三/记者', '李四/通讯员']);
  });

  it('reads reporters of other papers and agencies (劳动报记者, 新华社记者)', () => {
    expect(people('劳动报记者 张锐杰')).toEqual(['张锐杰/记者']);
    expect(people('新华社记者 孙凡越 摄')).toEqual(['孙凡越/摄影']);
    expect(people('工人日报通讯员 李明')).toEqual(['李明/通讯员']);
    expect(people('记者 王报文')).toEqual(['王报文/记者']);
  });

  it('keeps names that begin like a role word, and names with a middle dot', () => {
    expect(people('记者 文静')).toEqual(['文静/记者']);
    expect(people('记者 买买提·艾力')).toEqual(['买买提·艾力/记者']);
  });

  it('refuses text that is not a credit', () => {
    expect(people('夏送清凉')).toBeUndefined();
    expect(people('重温抗战历史')).toBeUndefined();
    expect(people('记者近日从北京市总工会了解到')).toBeUndefined();
    expect(people('本报记者')).toBeUndefined();
    expect(people('图片新闻')).toBeUndefined();
    expect(people('文明新风')).toBeUndefined();
  });

  it('reads interns, joint outlets, 文/图 and 文字：, and a role word printed with a space (摄 影：)', () => {
    expect(people('记者赵文 实习生钱立')).toEqual(['赵文/记者', '钱立/实习生']);
    expect(people('工人日报-中工网记者 赵文 通讯员 钱立')).toEqual(['赵文/记者', '钱立/通讯员']);
    expect(people('文/图 赵文')).toEqual(['赵文/记者']);
    expect(people('文字：赵文 摄影：钱立')).toEqual(['赵文/记者', '钱立/摄影']);
    expect(people('摄 影：钱立')).toEqual(['钱立/摄影']);
  });

  it('leaves editors out without losing the reporters of the line', () => {
    expect(people('记者:赵文 编辑:钱立')).toEqual(['赵文/记者']);
    expect(people('记者：赵文 责任编辑：钱立 审核：孙强')).toEqual(['赵文/记者']);
  });

  it('reads writers named after a dateline and closed by 报道 (本报讯 X、Y报道)', () => {
    expect(people(' 赵文、钱立、孙强报道 日前，区总工会召开会议。', leadCredit)).toEqual(['赵文/报道', '钱立/报道', '孙强/报道']);
    expect(people('赵文报道 近日', leadCredit)).toEqual(['赵文/报道']);
    expect(people(' 日前，区总工会召开工作推进会。', leadCredit)).toBeUndefined();
  });

  it('reads the credits of a web page’s meta line and nothing from other lines with colons', () => {
    expect(people('来源：某某观察 作者：赵文 发布时间：2024-01-24 18:24', metaCredit)).toEqual(['赵文/作者']);
    expect(people('2021-12-01 来源：某区总工会 通讯员：钱立', metaCredit)).toEqual(['钱立/通讯员']);
    expect(people('2023-09-04 08:36:34 来源：本站原创 作者：某某工人报刊社', metaCredit)).toEqual([]);
    expect(people('来源：中工网', metaCredit)).toBeUndefined();
    expect(people('时间：上午九点 地点：会议室', metaCredit)).toBeUndefined();
  });

  it('reads names in brackets closing a paragraph, with or without a role word', () => {
    expect(people('……大会选举产生了新一届委员会。（赵文 钱立 孙强）', closingCredit)).toEqual(['赵文/', '钱立/', '孙强/']);
    expect(people('（赵文）', closingCredit)).toEqual(['赵文/']);
    expect(people('活动取得圆满成功。（记者 赵文）', closingCredit)).toEqual(['赵文/记者']);
    expect(people('会议由区总工会主持（赵文）', closingCredit)).toBeUndefined();
    expect(people('职工代表参加。（市总工会）', closingCredit)).toBeUndefined();
    expect(people('现场气氛热烈。（图为活动现场）', closingCredit)).toBeUndefined();
  });
});
