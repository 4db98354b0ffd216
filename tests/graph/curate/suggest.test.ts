import { describe, expect, it } from 'vitest';
import { suggestMerges } from '../../../graph/curate/suggest.js';
import { buildFrom, COMPANY, correction, GAMES_1, GAMES_2, PAGE_1, SHORT_UNION, STREET_UNION } from './fixture.js';

describe('suggestMerges', () => {
  it('suggests a union printed without the district its street lies in, into the fuller name', () => {
    const graph = buildFrom(PAGE_1);
    expect(suggestMerges(graph)).toEqual([
      { from: SHORT_UNION, into: STREET_UNION, because: '望京街道总工会 lies in 朝阳区', sharedNeighbours: 1, sharedArticles: 1 },
    ]);
  });

  it('suggests a node known by another one\'s name, but never siblings differing by a place or an ordinal', () => {
    const graph = buildFrom(PAGE_1);
    // As a careless extractor might have left them: each sibling also printed as the other.
    graph.setNodeAttribute('Union:西城区总工会', 'aliases', ['东城区总工会']);
    graph.setNodeAttribute(GAMES_2, 'aliases', ['第一届职工运动会']);
    graph.addNode('Organization:光明公司', { label: 'Organization', name: '光明公司', aliases: [], mentions: 1, firstSource: 'p1.txt', lastSource: 'p1.txt' });
    graph.addDirectedEdgeWithKey('x', 'Organization:光明公司', GAMES_1, { type: 'PARTICIPATED_IN', weight: 1, evidence: [] });
    const pairs = suggestMerges(graph).map((s) => [s.from, s.into, s.because]);
    expect(pairs).toContainEqual(['Organization:光明公司', COMPANY, `${COMPANY} is also printed as 光明公司`]);
    expect(pairs.flat()).not.toContain('Union:西城区总工会');
    expect(pairs.flat()).not.toContain(GAMES_2);
  });

  it('does not suggest again what an analyst kept apart, nor nodes sharing nothing', () => {
    const graph = buildFrom(PAGE_1);
    expect(suggestMerges(graph, [correction(graph, 'keep-apart', { a: STREET_UNION, b: SHORT_UNION })])).toEqual([]);
    graph.dropEdge(`LOCATED_IN|${SHORT_UNION}|Street:望京街道`);
    graph.dropEdge(`MENTIONS|Article:p1.txt#1|${SHORT_UNION}`);
    graph.setNodeAttribute(SHORT_UNION, 'district', '朝阳区');
    expect(suggestMerges(graph)).toEqual([]);
  });
});
