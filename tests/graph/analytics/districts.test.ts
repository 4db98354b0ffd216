// District ties: a district filter must keep the initiatives, people and articles of a district,
// not only the nodes located in it (an invented two-district graph).
import { describe, expect, it } from 'vitest';
import { computeDistricts } from '../../../graph/analytics/districts.js';
import { createGraph, type KgGraph } from '../../../graph/build.js';
import type { EdgeType, NodeLabel } from '../../../graph/schema.js';

function graphOf(nodes: [string, NodeLabel][], edges: [string, EdgeType, string][]): KgGraph {
  const graph = createGraph();
  for (const [id, label] of nodes) graph.addNode(id, { label, name: id.split(':')[1] ?? id, aliases: [], mentions: 1, firstSource: 'a.txt', lastSource: 'a.txt' });
  for (const [from, type, to] of edges) graph.addDirectedEdgeWithKey(`${type}|${from}|${to}`, from, to, { type, weight: 1, evidence: [] });
  return graph;
}

const GRAPH = graphOf(
  [
    ['District:东城区', 'District'],
    ['District:西城区', 'District'],
    ['Street:甲街道', 'Street'],
    ['Union:甲街道总工会', 'Union'],
    ['Organization:乙公司', 'Organization'],
    ['Initiative:技能赛', 'Initiative'],
    ['Initiative:读书会', 'Initiative'],
    ['Initiative:无处活动', 'Initiative'],
    ['Person:赵一', 'Person'],
    ['Person:钱二', 'Person'],
    ['Person:孙三', 'Person'],
    ['Article:a.txt#1', 'Article'],
    ['Article:a.txt#2', 'Article'],
  ],
  [
    ['Street:甲街道', 'LOCATED_IN', 'District:东城区'],
    ['Union:甲街道总工会', 'LOCATED_IN', 'Street:甲街道'],
    ['Organization:乙公司', 'LOCATED_IN', 'District:西城区'],
    ['Union:甲街道总工会', 'ORGANIZED', 'Initiative:技能赛'],
    ['Initiative:读书会', 'HELD_AT', 'Organization:乙公司'],
    ['Person:赵一', 'PARTICIPATED_IN', 'Initiative:技能赛'],
    ['Person:赵一', 'PARTICIPATED_IN', 'Initiative:读书会'],
    ['Person:钱二', 'MEMBER_OF', 'Union:甲街道总工会'],
    ['Person:孙三', 'PARTICIPATED_IN', 'Initiative:无处活动'],
    ['Article:a.txt#1', 'MENTIONS', 'Person:钱二'],
    ['Article:a.txt#2', 'MENTIONS', 'Person:孙三'],
  ],
);

describe('district ties', () => {
  const ties = computeDistricts(GRAPH);
  const districtsOf = (node: string): string[] => (ties.get(node) ?? []).map((t) => t.district);

  it('ties places and unions by their LOCATED_IN chain, a district to itself', () => {
    expect(ties.get('District:东城区')).toEqual([{ district: '东城区', via: [] }]);
    expect(ties.get('Union:甲街道总工会')).toEqual([{ district: '东城区', via: ['Street:甲街道', 'District:东城区'] }]);
  });

  it('ties an initiative organized by a district union, and one held at a venue there', () => {
    expect(ties.get('Initiative:技能赛')).toEqual([{ district: '东城区', via: ['Union:甲街道总工会', 'Street:甲街道', 'District:东城区'] }]);
    expect(districtsOf('Initiative:读书会')).toEqual(['西城区']);
  });

  it('ties participants to every district of their initiatives, and post holders to their union', () => {
    expect(districtsOf('Person:赵一')).toEqual(['东城区', '西城区']);
    expect(ties.get('Person:钱二')?.[0]?.via).toEqual(['Union:甲街道总工会', 'Street:甲街道', 'District:东城区']);
  });

  it('ties an article through what it mentions, and leaves untied what has no tie', () => {
    expect(ties.get('Article:a.txt#1')?.[0]?.via[0]).toBe('Person:钱二');
    expect(ties.has('Person:孙三')).toBe(false);
    expect(ties.has('Initiative:无处活动')).toBe(false);
    expect(ties.has('Article:a.txt#2')).toBe(false);
  });
});
