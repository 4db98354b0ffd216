import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../graph/build.js';
import { ChunkWriter } from '../../graph/store/atomic.js';
import { writeGraphJson } from '../../graph/store/json.js';
import type { KgGraph } from '../../graph/build.js';
import type { ArticleRecord, Entity } from '../../extractor/types.js';
import { twoPages } from './helpers.js';
import { closeSync, openSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function bytes(graph: KgGraph): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kg-build-')), 'graph.json');
  const fd = openSync(path, 'w');
  const out = new ChunkWriter(fd);
  writeGraphJson(graph, out);
  out.flush();
  closeSync(fd);
  return readFileSync(path, 'utf8');
}

describe('buildGraph', () => {
  it('merges an entity seen in several articles into one node with all its mentions', () => {
    const { graph, warnings } = buildGraph(twoPages());
    expect(warnings).toEqual([]);
    const union = graph.getNodeAttributes('Union:朝阳区总工会');
    expect(union.label).toBe('Union');
    expect(union.mentions).toBe(4);
    expect(union.aliases).toEqual(['区总工会']);
    expect(union.firstSource).toBe('page_a.txt');
    expect(union.lastSource).toBe('page_b.txt');
    expect(graph.filterNodes((_, a) => a.name === '朝阳区总工会')).toHaveLength(1);
  });

  it('gives aliases as printed names: no column breaks, and no short form that several unions share', () => {
    const text = '东城区总工会开展活动，区总工会表示。西城区总\n\n工会开展活动，区总工会表示。';
    const union = (name: string, mentions: [string, number][]): Entity => ({
      id: `Union:${name}`,
      type: 'Union',
      name,
      mentions: mentions.map(([t, start]) => ({ text: t, start, end: start + t.length })),
    });
    const record = (index: number, entity: Entity): ArticleRecord => ({
      source: 'page.txt', index, title: '', subtitles: [], kind: 'news', span: { start: 0, end: text.length }, byline: [], entities: [entity], relations: [],
    });
    const { graph } = buildGraph([
      record(1, union('东城区总工会', [['东城区总工会', 0], ['区总工会', 10]])),
      record(2, union('西城区总工会', [['西城区总\n\n工会', 17], ['区总工会', 30]])),
    ]);
    expect(graph.getNodeAttribute('Union:东城区总工会', 'aliases')).toEqual([]);
    expect(graph.getNodeAttribute('Union:西城区总工会', 'aliases')).toEqual([]);
    expect(graph.getEdgeAttribute('MENTIONS|Article:page.txt#2|Union:西城区总工会', 'evidence')[0]!.text).toBe('西城区总\n\n工会');
  });

  it('creates Article nodes linked by MENTIONS edges whose evidence is the mentions', () => {
    const { graph } = buildGraph(twoPages());
    const article = graph.getNodeAttributes('Article:page_a.txt#1');
    expect(article).toMatchObject({ label: 'Article', title: '朝阳区总工会举办“匠心杯”职工技能竞赛', source: 'page_a.txt', index: 1, spanStart: 0, spanEnd: 120 });
    const mentions = graph.getEdgeAttributes('MENTIONS|Article:page_a.txt#1|Union:朝阳区总工会');
    expect(mentions.weight).toBe(2);
    expect(mentions.evidence.map((e) => e.text)).toEqual(['朝阳区总工会', '区总工会']);
    expect(mentions.evidence[0]).toEqual({ article: 'Article:page_a.txt#1', text: '朝阳区总工会', start: 10, end: 16 });
  });

  it('keeps the sentence, article and offsets behind every relation and counts them as weight', () => {
    const { graph } = buildGraph(twoPages());
    const organized = graph.getEdgeAttributes('ORGANIZED|Union:朝阳区总工会|Initiative:“匠心杯”职工技能竞赛|举办');
    expect(organized).toMatchObject({ type: 'ORGANIZED', role: '举办', weight: 1 });
    expect(organized.evidence).toEqual([{ article: 'Article:page_a.txt#1', text: '朝阳区总工会举办“匠心杯”职工技能竞赛。', start: 10, end: 28 }]);
  });

  it('points REPORTED at the article the byline belongs to', () => {
    const { graph } = buildGraph(twoPages());
    const reported = graph.filterOutEdges('Person:李明', (_, a) => a.type === 'REPORTED').map((e) => graph.target(e));
    expect(reported.sort()).toEqual(['Article:page_a.txt#1', 'Article:page_a.txt#2']);
  });

  it('merges the same relation from two articles into one edge with two evidences', () => {
    const records = twoPages();
    const copy = structuredClone(records[0]!);
    copy.source = 'page_c.txt';
    const { graph } = buildGraph([...records, copy]);
    const located = graph.getEdgeAttributes('LOCATED_IN|Union:朝阳区总工会|District:朝阳区');
    expect(located.weight).toBe(2);
    expect(located.evidence.map((e) => e.article)).toEqual(['Article:page_a.txt#1', 'Article:page_c.txt#1']);
  });

  it('fills in the district through LOCATED_IN chains', () => {
    const { graph } = buildGraph(twoPages());
    expect(graph.getNodeAttribute('Union:朝阳区望京街道总工会', 'district')).toBe('朝阳区');
    expect(graph.getNodeAttribute('Street:望京街道', 'district')).toBe('朝阳区');
    expect(graph.getNodeAttribute('Person:王芳', 'district')).toBeUndefined();
  });

  it('gives Article nodes their text when the source text is known', () => {
    const records = twoPages().filter((r) => r.source === 'page_b.txt');
    const text = `${'x'.repeat(5)}北京"启明\\星"科技有限公司${'y'.repeat(200)}`;
    const { graph } = buildGraph(records, [{ name: 'page_b.txt', sha256: 'abc', text }]);
    expect(graph.getNodeAttribute('Article:page_b.txt#1', 'text')).toBe(text.slice(0, 90));
    expect(graph.getAttribute('sources')).toEqual([{ name: 'page_b.txt', sha256: 'abc' }]);
  });

  it('warns about a relation to an entity the record does not hold, and keeps the rest', () => {
    const records = twoPages();
    records[0]!.relations.push({ type: 'HELD_AT', from: 'Initiative:“匠心杯”职工技能竞赛', to: 'District:海淀区', evidence: { start: 1, end: 2, text: 'x' } });
    const { graph, warnings } = buildGraph(records);
    expect(warnings).toEqual(['page_a.txt article 1: HELD_AT relation refers to unknown entity District:海淀区, skipped']);
    expect(graph.hasNode('District:海淀区')).toBe(false);
    expect(graph.size).toBe(buildGraph(twoPages()).graph.size);
  });

  it('gives byte-identical output whatever the order of the records', () => {
    const records = twoPages();
    const shuffled = [records[2]!, records[0]!, records[1]!].map((r) => ({ ...r, entities: [...r.entities].reverse(), relations: [...r.relations].reverse() }));
    expect(bytes(buildGraph(shuffled).graph)).toBe(bytes(buildGraph(records).graph));
  });

  it('appending a page to a graph gives the same graph as building both pages at once', () => {
    const records = twoPages();
    const first = buildGraph(records.filter((r) => r.source === 'page_a.txt')).graph;
    const appended = buildGraph(records.filter((r) => r.source === 'page_b.txt'), [], first).graph;
    expect(bytes(appended)).toBe(bytes(buildGraph(records).graph));
  });

  it('appending a page again replaces it instead of doubling its evidence', () => {
    const records = twoPages();
    const whole = buildGraph(records).graph;
    const again = buildGraph(records.filter((r) => r.source === 'page_b.txt'), [], whole).graph;
    expect(bytes(again)).toBe(bytes(whole));
    const changed = structuredClone(records.filter((r) => r.source === 'page_b.txt'));
    changed[0]!.relations = changed[0]!.relations.filter((r) => r.type !== 'ORGANIZED');
    const replaced = buildGraph(changed, [], whole).graph;
    expect(replaced.hasEdge('ORGANIZED|Union:朝阳区总工会|Initiative:`悦读`\n分享会 <第2期> & 更多|指导')).toBe(false);
    expect(replaced.hasEdge('ORGANIZED|Union:朝阳区总工会|Initiative:“匠心杯”职工技能竞赛|举办')).toBe(true);
  });

  it('leaves the graph it appends to untouched', () => {
    const records = twoPages();
    const first = buildGraph(records.filter((r) => r.source === 'page_a.txt')).graph;
    const before = bytes(first);
    buildGraph(records, [], first);
    expect(bytes(first)).toBe(before);
  });

  it('counts a record given twice once, however many evidences an edge has', () => {
    const base = twoPages()[0]!;
    const records = Array.from({ length: 20 }, (_, i) => ({ ...structuredClone(base), index: i + 1 }));
    const { graph } = buildGraph([...records, ...structuredClone(records)]);
    expect(graph.getEdgeAttribute('LOCATED_IN|Union:朝阳区总工会|District:朝阳区', 'weight')).toBe(20);
    expect(graph.getNodeAttribute('Union:朝阳区总工会', 'mentions')).toBe(40);
  });
});

