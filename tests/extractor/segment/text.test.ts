// The cleaned article text and its provenance on the seed pages: column breaks joined, markers
// left out, names untouched, and every character traced back to the source.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../../extractor/ingest/index.js';
import { segmentSource } from '../../../extractor/segment/index.js';
import type { Article, Source } from '../../../extractor/types.js';

const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
let pages: { source: Source; articles: Article[] }[] = [];

beforeAll(async () => {
  const { sources } = await readInputs([seeds]);
  pages = sources.map((source) => ({ source, articles: segmentSource(source) }));
});

function article(file: string, index: number): Article {
  const page = pages.find(({ source }) => source.name.startsWith(file))!;
  return page.articles[index - 1]!;
}

describe('article text', () => {
  it('joins words and sentences cut by column breaks', () => {
    expect(article('000', 1).text).toContain('此次考核合格的学员将获得首都工匠学院颁发的结业证书');
    expect(article('000', 1).text).toContain('优秀学员及课题将被推荐');
    expect(article('000', 1).text).toContain('市总工会职工服务中心相关负责人表示');
    expect(article('001', 1).text).toContain('确定为2025年全国总工会重点支持的工匠学院');
    expect(article('001', 6).text).toContain('活动中,展览路街道总工会还面向职工');
  });

  it('starts a continuation after its “(上接第1版)” marker and keeps the marker out of the text', () => {
    const continued = article('000', 6);
    expect(continued.text.startsWith('生态环境状况稳中向好')).toBe(true);
    expect(continued.text).not.toContain('上接');
    expect(continued.titleRange).toEqual({ start: 0, end: 0 });
  });

  it('puts the title first, then subtitles, then body paragraphs, one per line', () => {
    const a = article('000', 1);
    const lines = a.text.split('\n');
    expect(lines[0]).toBe(a.title);
    expect(lines[1]).toBe('助力高技能人才由传统建筑工人向绿色建筑技术工程师转型');
    expect(a.text.slice(a.titleRange.start, a.titleRange.end)).toBe(a.title);
    expect(a.paragraphs.map(({ start, end }) => a.text.slice(start, end))).toEqual(lines.slice(2));
    expect(lines.at(-1)).toBe('本报记者 王辰阳 摄');
  });

  it('keeps names and brackets exactly as printed, full-width and half-width', () => {
    expect(article('001', 3).text).toContain('本报讯 (记者 崔欣 通讯员 石祎) 昨天');
    expect(article('002', 3).text).toContain('京恒（北京）保安服务有限公司');
  });

  it('maps every character back to the same character in the source', () => {
    for (const { source, articles } of pages) {
      for (const a of articles) {
        expect(a.offsets).toHaveLength(a.text.length + 1);
        for (let i = 0; i < a.text.length; i++) {
          const original = source.text[a.offsets[i]!]!;
          if (a.text[i] === '\n') expect(original).toMatch(/\s/);
          else expect(original).toBe(a.text[i]);
        }
        expect(a.offsets[a.text.length]).toBe(a.span.end);
      }
    }
  });

  it('points each byline entry at the printed name', () => {
    for (const { source, articles } of pages) {
      for (const { name, start, end } of articles.flatMap((a) => a.byline)) {
        expect(source.text.slice(start, end)).toBe(name);
      }
    }
  });

  it('gives articles disjoint spans in reading order, leaving the page banner out', () => {
    for (const { source, articles } of pages) {
      articles.forEach((a, k) => {
        expect(a.span.start).toBeLessThan(a.span.end);
        if (k > 0) expect(a.span.start).toBeGreaterThanOrEqual(articles[k - 1]!.span.end);
      });
      const banner = source.text.indexOf('深入学习贯彻党的二十大精神');
      if (banner !== -1) expect(articles[0]!.span.start).toBeGreaterThan(banner);
    }
  });
});

describe('pages of other layouts', () => {
  const page = (text: string): Source => ({
    path: '/virtual/page.txt', name: 'page.txt', sha256: '', encoding: 'utf-8', format: 'txt', text,
  });

  it('reads a page whose lines end in CRLF like one with LF', () => {
    const lf = '工会举办职工运动会\n\n本报讯（记者 李明）近日，工会举办运动会。\n\n运动会设置拔河等项\n\n目。\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const strip = (a: Article): object => ({ title: a.title, text: a.text, byline: a.byline.map((b) => b.name) });
    expect(segmentSource(page(crlf)).map(strip)).toEqual(segmentSource(page(lf)).map(strip));
    expect(segmentSource(page(crlf))[0]!.text).toContain('拔河等项目。');
  });

  it('makes one titled article of text that has only a dateline and a body', () => {
    const [only, ...rest] = segmentSource(page('本报讯（记者 李明）近日，工会举办运动会。\n'));
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ title: '', kind: 'news', byline: [{ name: '李明', role: '记者' }] });
  });

  it('reads a credit in brackets that opens a paragraph without a dateline (（劳动报记者 张锐杰）近日，…)', () => {
    const [only, ...rest] = segmentSource(page('永丰街道总工会为户外职工送早餐\n\n(劳动报记者 张锐杰) 近日，街道总工会开展送早餐活动。\n(详见第3版) 活动当天，工作人员送去早餐。\n'));
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ title: '永丰街道总工会为户外职工送早餐', kind: 'news', byline: [{ name: '张锐杰', role: '记者' }] });
  });

  it('keeps a credit printed alone in brackets under the body with its article (（通讯员 郑某）), and one over the body as its byline', () => {
    const closing = segmentSource(page('河阳区举办职工技能大赛\n\n9月18日，河阳区总工会举办职工技能大赛。\n区总工会主席出席开幕式。\n（通讯员 郑海燕）\n'));
    expect(closing.map((a) => [a.title, a.byline.map((b) => `${b.name}/${b.role}`)])).toEqual([['河阳区举办职工技能大赛', ['郑海燕/通讯员']]]);
    const opening = segmentSource(page('河阳区开放职工书屋\n\n（记者 张明）\n近日，河阳区总工会开放职工书屋。\n'));
    expect(opening.map((a) => [a.title, a.byline.map((b) => `${b.name}/${b.role}`)])).toEqual([['河阳区开放职工书屋', ['张明/记者']]]);
  });

  it('reads body text above the first heading as continued from another page', () => {
    const articles = segmentSource(page('会上还表彰了先进集体。\n\n平谷区总工会为职工“搭鹊桥”\n\n本报讯（记者 马超）近日，平谷区总工会举办联谊活动。\n'));
    expect(articles.map((a) => [a.kind, a.title])).toEqual([
      ['continuation', ''],
      ['news', '平谷区总工会为职工“搭鹊桥”'],
    ]);
  });

  it('finds a reprint without a section label that follows a reporter’s article', () => {
    const articles = segmentSource(
      page(
        '顺义区总工会举办劳模座谈会\n\n本报讯（记者 王路曼）近日，顺义区总工会举办劳模座谈会。\n\n' +
          '与会劳模畅谈发展。\n\n杭州市总工会为货车司机建驿站\n\n杭州市总工会在物流园区建成司机之家。\n\n' +
          '司机之家提供休息、餐饮等服务。 （转自《中工网》）\n',
      ),
    );
    expect(articles.map((a) => [a.kind, a.title])).toEqual([
      ['news', '顺义区总工会举办劳模座谈会'],
      ['reprint', '杭州市总工会为货车司机建驿站'],
    ]);
  });

  it('takes a title that asks a question or carries a comma when a dateline follows', () => {
    const articles = segmentSource(
      page('会议由区总工会主持。\n\n职工的急难愁盼怎么解？\n\n本报讯（记者 马超）近日，平谷区总工会开展调研。\n'),
    );
    expect(articles.map((a) => [a.kind, a.title])).toEqual([
      ['continuation', ''],
      ['news', '职工的急难愁盼怎么解？'],
    ]);
  });

  it('keeps a title, the reporters’ credit under it and the dateline one article, a colon in the title or not', () => {
    for (const title of ['甘肃：职工技能提升行动见实效', '甘肃职工技能提升行动见实效']) {
      const articles = segmentSource(page(`${title}\n\n本报记者 罗文海 本报通讯员 田静\n\n本报讯 近日，甘肃省总工会开展技能培训。\n`));
      expect(articles.map((a) => [a.kind, a.title, a.byline.map((b) => b.name)])).toEqual([['news', title, ['罗文海', '田静']]]);
    }
  });

  it('takes an HTML page’s headline as its title whatever punctuation it has', () => {
    const html: Source = {
      ...page('专访全国劳模张三：把技能传给年轻人\n\n张三在车间工作了三十年。'),
      format: 'html',
      title: '专访全国劳模张三：把技能传给年轻人',
    };
    expect(segmentSource(html).map((a) => [a.kind, a.title])).toEqual([['news', '专访全国劳模张三：把技能传给年轻人']]);
  });

  it('gives nothing for an empty page', () => {
    expect(segmentSource(page('\n\n  \n'))).toEqual([]);
  });
});
