import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { computeBetweenness, sampledBetweenness } from '../../../graph/analytics/betweenness.js';
import { computeComponents } from '../../../graph/analytics/components.js';
import { computeDegree } from '../../../graph/analytics/degree.js';
import { assignAnalytics } from '../../../graph/analytics/index.js';
import { computeCommunities } from '../../../graph/analytics/louvain.js';
import { computePagerank } from '../../../graph/analytics/pagerank.js';
import { undirectedProjection } from '../../../graph/analytics/projection.js';
import { computeWeightedDegree } from '../../../graph/analytics/weighted-degree.js';
import { type KgGraph, buildGraph, createGraph } from '../../../graph/build.js';
import type { EdgeType } from '../../../graph/schema.js';
import { twoPages } from '../helpers.js';

const exactBetweenness = betweennessModule as unknown as typeof betweennessModule.default;

function person(graph: KgGraph, name: string): string {
  const id = `Person:${name}`;
  graph.addNode(id, { label: 'Person', name, aliases: [], mentions: 1, firstSource: 'a.txt', lastSource: 'a.txt' });
  return id;
}

function link(graph: KgGraph, from: string, to: string, type: EdgeType = 'MEMBER_OF', weight = 1): void {
  graph.addDirectedEdgeWithKey(`${type}|${from}|${to}`, from, to, { type, weight, evidence: [] });
}

/** Two 5-cliques joined by one bridge between 甲0 and 乙0, plus an isolated pair. */
function twoCliques(): KgGraph {
  const graph = createGraph();
  for (const group of ['甲', '乙']) {
    const members = [0, 1, 2, 3, 4].map((i) => person(graph, `${group}${i}`));
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) link(graph, members[i]!, members[j]!);
  }
  link(graph, 'Person:甲0', 'Person:乙0', 'PARTICIPATED_IN');
  link(graph, person(graph, '丙0'), person(graph, '丙1'));
  return graph;
}

describe('analytics', () => {
  it('degree counts every edge of a node and weighted degree sums their evidences', () => {
    const { graph } = buildGraph(twoPages());
    const degree = computeDegree(graph);
    const weighted = computeWeightedDegree(graph);
    expect(degree['Union:朝阳区总工会']).toBe(8);
    // 4 mentions + LOCATED_IN + ORGANIZED×2 + MEMBER_OF + SUBORDINATE_TO, one evidence each.
    expect(weighted['Union:朝阳区总工会']).toBe(9);
  });

  it('PageRank is a distribution that ranks the bridge above the leaves', () => {
    const graph = twoCliques();
    const rank = computePagerank(graph);
    const total = Object.values(rank).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
    expect(rank['Person:乙0']!).toBeGreaterThan(rank['Person:丙0']!);
  });

  it('betweenness is highest on the bridge, and the sampled estimate equals the exact value when every node is sampled', () => {
    const graph = twoCliques();
    const exact = computeBetweenness(graph);
    const top = Object.entries(exact).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([n]) => n).sort();
    expect(top).toEqual(['Person:乙0', 'Person:甲0']);
    const projection = undirectedProjection(graph);
    const all = sampledBetweenness(projection, projection.nodes());
    const library = exactBetweenness(projection, { normalized: true, getEdgeWeight: null });
    for (const node of projection.nodes()) expect(all[node]).toBeCloseTo(library[node]!, 10);
  });

  it('samples betweenness above the size limit, the same way every run', () => {
    const graph = twoCliques();
    const a = computeBetweenness(graph, { exactLimit: 3, samples: 6 });
    const b = computeBetweenness(graph, { exactLimit: 3, samples: 6 });
    expect(a).toEqual(b);
    expect(Math.max(...Object.values(a))).toBeGreaterThan(0);
    expect(() => computeBetweenness(graph, { samples: 0 })).toThrow(/samples must be a positive integer/);
  });

  it('Louvain separates the two cliques, numbers communities by size and is the same every run', () => {
    const graph = twoCliques();
    const community = computeCommunities(graph);
    expect(community).toEqual(computeCommunities(graph));
    expect(new Set([0, 1, 2, 3, 4].map((i) => community[`Person:甲${i}`])).size).toBe(1);
    expect(new Set([0, 1, 2, 3, 4].map((i) => community[`Person:乙${i}`])).size).toBe(1);
    expect(community['Person:甲0']).not.toBe(community['Person:乙0']);
    expect(community['Person:丙0']).toBe(2);
  });

  it('connected components ignore direction and number the largest 0', () => {
    const component = computeComponents(twoCliques());
    expect(component['Person:甲3']).toBe(0);
    expect(component['Person:乙4']).toBe(0);
    expect(component['Person:丙1']).toBe(1);
  });

  it('assignAnalytics stores every metric as node attributes', () => {
    const { graph } = buildGraph(twoPages());
    assignAnalytics(graph);
    graph.forEachNode((_node, attributes) => {
      for (const key of ['degree', 'weightedDegree', 'pagerank', 'betweenness', 'community', 'component'] as const) {
        expect(typeof attributes[key]).toBe('number');
      }
    });
  });
});

describe('analytics on an empty graph', () => {
  it('assigns nothing and does not fail', () => {
    const graph = createGraph();
    assignAnalytics(graph);
    expect(graph.order).toBe(0);
  });
});
