// Resolution across the corpus: one node per real union, never a merge of unions that differ by
// place, aliases kept, ids rewritten in entities and relations alike.
import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../../extractor/extract.js';
import { collectUnionNames, computeResolution, emptyUnionNames, resolveRecord } from '../../../extractor/resolve/corpus.js';
import { allPlaces } from '../../../extractor/lexicon/gazetteer.js';
import type { ArticleRecord, Entity } from '../../../extractor/types.js';
import { counted } from '../../helpers/counted-work.js';

const union = (name: string, at = 0): Entity => ({ id: `Union:${name}`, type: 'Union', name, mentions: [{ text: name, start: at, end: at + name.length }] });
const street = (name: string): Entity => ({ id: `Street:${name}`, type: 'Street', name, mentions: [{ text: name, start: 0, end: name.length }] });

function record(index: number, entities: Entity[], relations: ArticleRecord['relations'] = []): ArticleRecord {
  return { source: 'page.txt', index, title: `第${index}篇`, subtitles: [], kind: 'news', span: { start: 0, end: 0 }, byline: [], entities, relations };
}

const evidence = { start: 0, end: 2, text: '示例' };

describe('resolveCorpus', () => {
  it('makes 望京街道总工会 and 朝阳区望京街道总工会 one union with its alias, relations rewritten', () => {
    const records = resolveCorpus([
      record(1, [union('朝阳区望京街道总工会'), street('望京街道')]),
      record(2, [union('望京街道总工会'), street('望京街道')], [{ type: 'LOCATED_IN', from: 'Union:望京街道总工会', to: 'Street:望京街道', evidence }]),
    ]);
    expect(records[1]!.entities[0]!.id).toBe('Union:朝阳区望京街道总工会');
    expect(records[1]!.entities[0]!.aliases).toEqual(['望京街道总工会']);
    expect(records[0]!.entities[0]!.aliases).toEqual(['望京街道总工会']);
    expect(records[1]!.relations[0]!.from).toBe('Union:朝阳区望京街道总工会');
    // The printed text of the mention is untouched.
    expect(records[1]!.entities[0]!.mentions[0]!.text).toBe('望京街道总工会');
  });

  it('resolves the federations of many places in work linear in their number', () => {
    const districts = allPlaces({ streetsOutsideBeijing: false }).filter((p) => p.level === 'district').map((p) => `${p.name}总工会`);
    const work = (n: number): number => {
      const names = emptyUnionNames();
      for (const name of districts.slice(0, n)) names.names.add(name);
      return counted(() => computeResolution(names)).visits;
    };
    const n = Math.floor(districts.length / 2);
    expect(n).toBeGreaterThan(1000);
    // The gazetteer's tries and its places by name are built on first use: that work is no union's.
    work(2 * n);
    expect(work(2 * n) / work(n)).toBeLessThan(2.5);
  });

  it('never merges unions that differ only by place', () => {
    const records = resolveCorpus([record(1, [union('东城区总工会'), union('西城区总工会', 10)]), record(2, [union('北京市总工会'), union('朝阳区总工会', 10)])]);
    const names = records.flatMap((r) => r.entities.map((e) => e.name));
    expect(names).toEqual(['东城区总工会', '西城区总工会', '北京市总工会', '朝阳区总工会']);
    expect(records.flatMap((r) => r.entities).every((e) => e.aliases === undefined)).toBe(true);
  });

  it('merges two mentions of one union that end up with one id in a record', () => {
    const [r] = resolveCorpus([
      record(1, [union('西城区展览路街道总工会'), union('展览路街道总工会', 30)], [
        { type: 'ORGANIZED', from: 'Union:展览路街道总工会', to: 'Union:西城区展览路街道总工会', evidence },
      ]),
    ]);
    expect(r!.entities).toHaveLength(1);
    expect(r!.entities[0]!.mentions.map((m) => m.start)).toEqual([0, 30]);
    // A relation from the union to itself after the merge says nothing and is dropped.
    expect(r!.relations).toEqual([]);
  });

  it('gives the same result whatever the order of the records', () => {
    const a = record(1, [union('门头沟东辛房街道总工会')]);
    const b = record(2, [union('门头沟区东辛房街道总工会')]);
    const names = (rs: ArticleRecord[]): string[] => rs.map((r) => r.entities[0]!.name);
    expect(names(resolveCorpus([a, b]))).toEqual(['门头沟区东辛房街道总工会', '门头沟区东辛房街道总工会']);
    expect(names(resolveCorpus([b, a]))).toEqual(['门头沟区东辛房街道总工会', '门头沟区东辛房街道总工会']);
  });
});

describe('computeResolution and resolveRecord (the streaming path)', () => {
  // Two pages: the street union printed with and without its district, a union that already carries
  // an alias from its article, siblings that differ by place, and relations to rewrite.
  const pages = (): ArticleRecord[] => [
    { ...record(1, [union('朝阳区望京街道总工会'), street('望京街道')]), source: 'a.txt' },
    {
      ...record(2, [{ ...union('北京市总工会'), aliases: ['市总工会'] }, union('望京街道总工会', 10)], [
        { type: 'SUBORDINATE_TO', from: 'Union:望京街道总工会', to: 'Union:北京市总工会', evidence },
      ]),
      source: 'a.txt',
    },
    {
      ...record(1, [union('东城区总工会'), union('西城区总工会', 10), union('望京街道总工会', 20)], [
        { type: 'LOCATED_IN', from: 'Union:望京街道总工会', to: 'Street:望京街道', evidence },
      ]),
      source: 'b.txt',
    },
  ];

  it('give each record exactly what resolveCorpus gives it, whatever order the names were collected in', () => {
    const expected = resolveCorpus(pages());
    const unions = emptyUnionNames();
    // Names gathered in reverse and from records that went through JSON, as the spill stores them.
    for (const r of [...pages()].reverse()) collectUnionNames(JSON.parse(JSON.stringify(r)) as ArticleRecord, unions);
    const resolution = computeResolution(unions);
    const streamed = pages().map((r) => resolveRecord(JSON.parse(JSON.stringify(r)) as ArticleRecord, resolution));
    expect(streamed).toEqual(expected);
    expect(streamed.map((r) => JSON.stringify(r))).toEqual(expected.map((r) => JSON.stringify(r)));
    expect(expected[2]!.relations[0]!.from).toBe('Union:朝阳区望京街道总工会');
    expect(expected[1]!.entities[0]!.aliases).toEqual(['市总工会']);
    expect(expected[0]!.entities[0]!.aliases).toEqual(['望京街道总工会']);
  });
});
