// SUBORDINATE_TO on invented articles: a branch under the union its name begins with (that union an
// entity of its own), and a union under the higher federation whose plan or guidance it follows.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../extractor/types.js';
import { articleSource, extractArticle } from '../article.js';

function extract(body: string, title = '工会开展职工服务工作'): { record: ArticleRecord; text: string } {
  return { record: extractArticle(title, body), text: articleSource(title, body).text };
}

const under = (r: ArticleRecord): string[] => r.relations.filter((x) => x.type === 'SUBORDINATE_TO').map((x) => `${x.from} → ${x.to}`);

describe('SUBORDINATE_TO from a branch’s name', () => {
  it('a 分会, 分工会 or 工会小组 whose name begins with a complete union is under that union, an entity printed inside the name', () => {
    const { record, text } = extract(
      '近日，宁海县水务局工会供水服务中心分会、浙江西岭机械有限公司工会机修车间分工会、杭州南湖电力有限公司工会检修班组工会小组等单位获评“模范职工小家”。',
      '一批模范职工小家上榜',
    );
    expect(under(record)).toEqual([
      'Union:宁海县水务局工会供水服务中心分会 → Union:宁海县水务局工会',
      'Union:浙江西岭机械有限公司工会机修车间分工会 → Union:浙江西岭机械有限公司工会',
      'Union:杭州南湖电力有限公司工会检修班组工会小组 → Union:杭州南湖电力有限公司工会',
    ]);
    const parent = record.entities.find((e) => e.id === 'Union:宁海县水务局工会')!;
    const branch = record.entities.find((e) => e.id === 'Union:宁海县水务局工会供水服务中心分会')!;
    // Its one mention is the start of the branch's, and proves itself in the source.
    expect(parent.mentions).toHaveLength(1);
    expect(parent.mentions[0]!.start).toBe(branch.mentions[0]!.start);
    expect(text.slice(parent.mentions[0]!.start, parent.mentions[0]!.end)).toBe('宁海县水务局工会');
    // Named after its county, it is placed there as any union is.
    expect(record.relations.some((x) => x.type === 'LOCATED_IN' && x.from === parent.id && x.to === 'District:宁海县')).toBe(true);
    // The branch's evidence is its name, which says whose branch it is.
    expect(record.relations.find((x) => x.type === 'SUBORDINATE_TO' && x.from === branch.id)!.evidence.text).toBe('宁海县水务局工会供水服务中心分会');
  });

  it('no parent where the branch’s name has no union before its part (a company’s name running into its workshop)', () => {
    const { record } = extract('近日，山东北岩食品有限公司成品车间工会小组获评“模范职工小家”。', '一批模范职工小家上榜');
    expect(record.entities.filter((e) => e.type === 'Union').map((e) => e.name)).toEqual(['山东北岩食品有限公司成品车间工会小组']);
    expect(under(record)).toEqual([]);
  });

  it('a union printed inside a branch’s name does not take part in what the branch does', () => {
    const { record } = extract('近日，宁海县人民医院工会内科分会开展“健康宣讲”活动。', '一批模范职工小家上榜');
    const takers = record.relations.filter((x) => x.type === 'ORGANIZED' || x.type === 'PARTICIPATED_IN').map((x) => x.from);
    expect(takers).toContain('Union:宁海县人民医院工会内科分会');
    expect(takers).not.toContain('Union:宁海县人民医院工会');
  });
});

describe('SUBORDINATE_TO from a plan or guidance followed', () => {
  it('A按照省总工会的统一部署, 在市总工会的指导下A, A根据中华全国总工会的要求: each under the federation above it', () => {
    const { record, text } = extract(
      '今年，台州市总工会按照省总工会的统一部署，组织开展职工技能竞赛。在市总工会的指导下，黄岩区总工会举办焊工比赛。临海市总工会根据中华全国总工会的要求开展困难职工帮扶。',
      '台州开展职工技能竞赛',
    );
    expect(under(record)).toEqual([
      'Union:台州市总工会 → Union:浙江省总工会',
      'Union:黄岩区总工会 → Union:台州市总工会',
      'Union:临海市总工会 → Union:中华全国总工会',
    ]);
    const guided = record.relations.find((x) => x.type === 'SUBORDINATE_TO' && x.from === 'Union:黄岩区总工会')!;
    expect(guided.evidence.text).toBe('在市总工会的指导下，黄岩区总工会举办焊工比赛。');
    expect(text.slice(guided.evidence.start, guided.evidence.end)).toBe(guided.evidence.text);
  });

  it('no edge between unions of unrelated places, of one level, or where the frame is support and not a plan or guidance', () => {
    const none = (body: string): string[] => under(extract(body, '职工技能竞赛举行').record);
    expect(none('近日，台州市总工会按照江苏省总工会的统一部署开展职工技能竞赛。')).toEqual([]);
    expect(none('近日，黄岩区总工会根据宁波市总工会的要求开展职工技能竞赛。')).toEqual([]);
    expect(none('近日，台州市总工会按照宁波市总工会的部署开展职工技能竞赛。')).toEqual([]);
    expect(none('在台州市总工会的大力支持下，黄岩区总工会举办焊工比赛。')).toEqual([]);
  });
});
