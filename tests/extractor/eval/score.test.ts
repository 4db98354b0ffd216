// Scoring against gold: lenient matching by name or mention (initiatives by key), strict by the
// canonical name, relations through the aligned entities, articles by title then position.
import { describe, expect, it } from 'vitest';
import { parseGold, type GoldFile } from '../../../extractor/eval/gold.js';
import { formatReport, scoreCorpus } from '../../../extractor/eval/score.js';
import type { ArticleRecord, Entity } from '../../../extractor/types.js';

const gold: GoldFile = parseGold(
  {
    source: 'page.txt',
    articles: [
      {
        index: 1,
        title: '平谷区总工会为单身青年职工“搭鹊桥”',
        kind: 'news',
        entities: [
          { type: 'Union', name: '平谷区总工会', mentions: ['平谷区总工会', '区总工会'] },
          { type: 'District', name: '平谷区', mentions: ['平谷区'] },
          { type: 'Initiative', name: '青年职工联谊活动', key: '青年职工联谊', mentions: ['青年职工联谊活动', '联谊活动'] },
          { type: 'Person', name: '马超', mentions: ['马超'], roles: ['记者'] },
        ],
        relations: [
          { type: 'REPORTED', from: '马超', to: 'ARTICLE', role: '记者' },
          { type: 'LOCATED_IN', from: '平谷区总工会', to: '平谷区' },
          { type: 'ORGANIZED', from: '平谷区总工会', to: '青年职工联谊活动', role: '举办' },
        ],
      },
    ],
  },
  'page.gold.json',
);

const entity = (type: Entity['type'], name: string, mentions: string[] = [name]): Entity => ({
  id: `${type}:${name}`,
  type,
  name,
  mentions: mentions.map((text, i) => ({ text, start: i, end: i + text.length })),
});

const evidence = { start: 0, end: 1, text: 'x' };

function record(entities: Entity[], relations: ArticleRecord['relations'], index = 1, title = gold.articles[0]!.title): ArticleRecord {
  return { source: 'page.txt', index, title, subtitles: [], kind: 'news', span: { start: 0, end: 0 }, byline: [], entities, relations };
}

describe('scoreCorpus', () => {
  it('gives full marks to a perfect extraction', () => {
    const r = record(
      [entity('Union', '平谷区总工会'), entity('District', '平谷区'), entity('Initiative', '青年职工联谊活动'), entity('Person', '马超')],
      [
        { type: 'REPORTED', from: 'Person:马超', to: 'ARTICLE', role: '记者', evidence },
        { type: 'LOCATED_IN', from: 'Union:平谷区总工会', to: 'District:平谷区', evidence },
        { type: 'ORGANIZED', from: 'Union:平谷区总工会', to: 'Initiative:青年职工联谊活动', evidence },
      ],
    );
    const report = scoreCorpus([gold], [r]);
    expect(report.entities.lenient.byType.ALL!.f1).toBe(1);
    expect(report.entities.strict.byType.ALL!.f1).toBe(1);
    expect(report.relations.lenient.byType.ALL!.f1).toBe(1);
    expect(report.misses).toEqual([]);
  });

  it('matches a gold mention or an initiative’s key leniently, the canonical name strictly', () => {
    const r = record(
      [entity('Union', '区总工会'), entity('Initiative', '2025年青年职工联谊活动'), entity('Person', '马超'), entity('Organization', '平谷区妇联')],
      [{ type: 'ORGANIZED', from: 'Union:区总工会', to: 'Initiative:2025年青年职工联谊活动', evidence }],
    );
    const report = scoreCorpus([gold], [r]);
    const lenient = report.entities.lenient.byType;
    expect(lenient.Union!.tp).toBe(1);
    expect(lenient.Initiative!.tp).toBe(1);
    expect(lenient.District!.fn).toBe(1);
    expect(lenient.Organization!.fp).toBe(1);
    expect(report.entities.strict.byType.Union!.tp).toBe(0);
    expect(report.entities.strict.byType.Initiative!.tp).toBe(0);
    // The relation's ends were aligned to the gold union and initiative: it counts leniently.
    expect(report.relations.lenient.byType.ORGANIZED!.tp).toBe(1);
    expect(report.relations.strict.byType.ORGANIZED!.tp).toBe(0);
    expect(lenient.ALL!.precision).toBeCloseTo(3 / 4);
    expect(lenient.ALL!.recall).toBeCloseTo(3 / 4);
  });

  it('lists misses and extras per article with --verbose', () => {
    const report = scoreCorpus([gold], [record([entity('Person', '马超'), entity('Person', '张女士')], [])]);
    const text = formatReport(report, true);
    expect(text).toContain('- Union 平谷区总工会');
    expect(text).toContain('+ Person 张女士');
    expect(text).toContain('- ORGANIZED 平谷区总工会 -> 青年职工联谊活动');
    expect(formatReport(report, false)).not.toContain('张女士');
  });

  it('aligns articles by title before position, and counts an unmatched article as all missed', () => {
    const other = record([entity('Union', '平谷区总工会')], [], 1, '另一篇文章');
    const moved = record([entity('Union', '平谷区总工会')], [], 2);
    const report = scoreCorpus([gold], [other, moved]);
    expect(report.entities.lenient.byType.Union!.tp).toBe(1);
    expect(report.entities.lenient.byType.Union!.fp).toBe(1);
  });

  it('rejects gold that is not in the gold format, naming the file', () => {
    expect(() => parseGold({ source: 'x.txt' }, 'bad.gold.json')).toThrow(/gonghui-kg\/eval: bad\.gold\.json: expected "articles"/);
    expect(() => parseGold({ source: 'x.txt', articles: [{ index: 1, entities: [{ type: 'Thing', name: 'a' }], relations: [] }] }, 'bad.gold.json')).toThrow(
      /unknown type Thing/,
    );
  });
});
