// One article twice as long must cost about twice the work, not four times. Timing that on a
// shared machine flakes, so the work is counted instead: every element the extraction's array
// scans visit (some/find/filter/… callbacks, includes/indexOf lengths), the loops a quadratic
// stage hides in (every mention compared with every other). The figures in seconds are in the
// bench (npm run bench:extract).
import { describe, expect, it } from 'vitest';
import { extractSources } from '../../extractor/extract.js';
import type { ArticleRecord, Source } from '../../extractor/types.js';
import { counted } from '../helpers/counted-work.js';

/** An article of 16 paragraphs, `chars` characters in all, repeating `sentences`. */
function longArticle(sentences: string, chars: number): Source {
  const per = Math.floor(chars / 16);
  const paragraph = sentences.repeat(Math.ceil(per / sentences.length)).slice(0, per);
  const text = `朝阳区总工会举办职工运动会\n\n${Array.from({ length: 16 }, () => paragraph).join('\n\n')}\n`;
  return { path: 'long.txt', name: 'long.txt', sha256: '', encoding: 'utf-8', format: 'txt', text };
}

function visitsPerDoubling(sentences: string, chars: number): { ratio: number; records: ArticleRecord[] } {
  return ratioOf((n) => longArticle(sentences, n * chars), chars);
}

function ratioOf(article: (n: number) => Source, chars: number): { ratio: number; records: ArticleRecord[] } {
  const once = counted(() => extractSources([article(1)]));
  const twice = counted(() => extractSources([article(2)]));
  expect(once.visits).toBeGreaterThan(chars);
  return { ratio: twice.visits / once.visits, records: twice.result };
}

/** `count` different company names (北京华信达科技有限公司 …), always the same ones. */
function companies(count: number): string[] {
  const chars = '华信达通宏远中天恒泰安康明德瑞丰盛鑫源隆昌兴嘉和永顺金银星海光辉';
  return Array.from({ length: count }, (_, i) => {
    const [a, b, c] = [i % chars.length, Math.floor(i / chars.length) % chars.length, (i * 7 + 3) % chars.length];
    return `北京${chars[a]}${chars[b]}${chars[c]}科技有限公司`;
  });
}

describe('a long article', () => {
  it('costs twice the work at twice the length: one sentence repeated', () => {
    // A district's union is named from the district (GUIDELINES: 北京市朝阳区总工会 → 朝阳区总工会).
    const { ratio, records } = visitsPerDoubling('北京市朝阳区总工会开展职工服务活动，组织劳动竞赛。', 10_000);
    expect(records).toHaveLength(1);
    expect(records[0]!.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['朝阳区总工会', '职工服务活动']));
    // Linear work doubles (2); a stage comparing every mention with every other quadruples it (4).
    expect(ratio).toBeLessThan(2.5);
  });

  it('costs twice the work at twice the length: unions, bodies, people, places, quoted events and titles', () => {
    const sentences =
      '近日，朝阳区总工会联合北京城建集团有限公司在望京街道开展“冬送温暖”活动。' +
      '海淀区总工会主席李建国出席《职工权益保障条例》宣讲会并讲话。' +
      '由丰台区总工会主办、北京城市学院承办的2025年职工技能竞赛在丰台区举行，来自20家单位的100名职工参加。' +
      '区总工会还举办了新职工交友活动和劳模工匠座谈会，“冬送温暖”活动将持续一个月。';
    const { ratio, records } = visitsPerDoubling(sentences, 12_000);
    expect(records).toHaveLength(1);
    const names = records[0]!.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['朝阳区总工会', '海淀区总工会', '北京城建集团有限公司', '李建国', '望京街道', '“冬送温暖”活动', '2025年职工技能竞赛']));
    expect(ratio).toBeLessThan(2.5);
  });

  it('costs twice the work at twice the length: a list of different bodies, each with its own event', () => {
    const article = (n: number): Source => {
      const names = companies(150 * n);
      const text =
        '朝阳区总工会公布获奖名单\n\n近日，朝阳区总工会公布2025年“工匠杯”职工技能竞赛获奖名单，' +
        `${names.join('、')}等单位获优秀组织奖。\n\n${names.map((o) => `${o}工会开展“${o.slice(2, 5)}杯”劳动竞赛。`).join('')}\n`;
      return { path: 'list.txt', name: 'list.txt', sha256: '', encoding: 'utf-8', format: 'txt', text };
    };
    const { ratio, records } = ratioOf(article, 150 * 20);
    expect(records).toHaveLength(1);
    // Most of the 300 names are found (jieba cuts a few apart), and each one's event.
    expect(records[0]!.entities.filter((e) => e.type === 'Organization').length).toBeGreaterThan(250);
    expect(records[0]!.entities.filter((e) => e.type === 'Initiative').length).toBeGreaterThan(290);
    expect(ratio).toBeLessThan(2.5);
  });

  it('costs twice the work at twice the length: a list of branch unions, each under the union its name begins with', () => {
    const article = (n: number): Source => {
      const names = companies(150 * n);
      const text =
        '朝阳区总工会公布模范职工小家名单\n\n' +
        `${names.map((o) => `${o}工会机修车间分工会根据中华全国总工会的要求开展“${o.slice(2, 5)}杯”劳动竞赛。`).join('')}\n`;
      return { path: 'branches.txt', name: 'branches.txt', sha256: '', encoding: 'utf-8', format: 'txt', text };
    };
    const { ratio, records } = ratioOf(article, 150 * 40);
    const under = records[0]!.relations.filter((r) => r.type === 'SUBORDINATE_TO');
    // Each branch under its company's union, and under the national federation whose call it follows.
    expect(under.filter((r) => r.to === 'Union:中华全国总工会').length).toBeGreaterThan(250);
    expect(under.filter((r) => r.to !== 'Union:中华全国总工会').length).toBeGreaterThan(250);
    expect(ratio).toBeLessThan(2.5);
  });

  it('costs twice the work at twice the length: one sentence of clauses without a full stop', () => {
    const clause = '朝阳区总工会联合北京城建集团有限公司开展“冬送温暖”活动，由海淀区总工会主办、丰台区总工会承办的职工技能竞赛在北京城市学院举行，主席李建国出席，';
    const article = (n: number): Source => {
      const text = `朝阳区总工会举办职工运动会\n\n本报讯（记者 张晶）${clause.repeat(Math.ceil((10_000 * n) / clause.length))}。\n`;
      return { path: 'one-sentence.txt', name: 'one-sentence.txt', sha256: '', encoding: 'utf-8', format: 'txt', text };
    };
    const { ratio, records } = ratioOf(article, 10_000);
    expect(records[0]!.relations.some((r) => r.type === 'ORGANIZED' && r.from === 'Union:海淀区总工会')).toBe(true);
    expect(ratio).toBeLessThan(2.5);
  });
});

