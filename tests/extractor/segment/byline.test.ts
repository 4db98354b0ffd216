import { describe, expect, it } from 'vitest';
import { parseCredit } from '../../../extractor/segment/byline.js';

const people = (text: string): string[] | undefined =>
  parseCredit(text, 100)?.map(({ name, role, start, end }) => {
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
  });
});
