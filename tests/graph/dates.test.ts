// Time in the graph: evidence carries its article's date, nodes and edges their first and last
// dates, initiatives the start and end an article states; a window keeps what its evidence supports.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { assignAnalytics } from '../../graph/analytics/index.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES } from '../../graph/attributes.js';
import { buildGraph, windowGraph } from '../../graph/build.js';
import { nodeRows, relationshipRows } from '../../graph/neo4j/rows.js';
import { countByYear } from '../../graph/years.js';
import { DATES, datedPages, twoPages } from './helpers.js';

describe('dates in the graph', () => {
  const { graph } = buildGraph(datedPages());

  it('puts the article date on articles and on every evidence entry', () => {
    expect(graph.getNodeAttributes('Article:page_a.txt#1')).toMatchObject({ date: '2023-05-10', dateSource: 'manifest', outlet: '朝阳报', firstDate: '2023-05-10' });
    graph.forEachEdge((_edge, attributes) => {
      for (const e of attributes.evidence) expect(e.date).toBe(DATES[e.article.replace('Article:', '')]);
    });
  });

  it('gives nodes and edges the first and last date of their evidence, by the days a date covers', () => {
    // Mentioned on 2023-05-10, 2024-02-01 and in 2024-06: the month ends last.
    expect(graph.getNodeAttributes('Union:朝阳区总工会')).toMatchObject({ firstDate: '2023-05-10', lastDate: '2024-06' });
    expect(graph.getEdgeAttributes('MENTIONS|Article:page_a.txt#2|Person:李明')).toMatchObject({ firstDate: '2024-02-01', lastDate: '2024-02-01' });
  });

  it('gives an initiative the start and end stated, with the sentence and its article', () => {
    expect(graph.getNodeAttributes('Initiative:“匠心杯”职工技能竞赛')).toMatchObject({
      start: '2023-05-08',
      end: '2023-05-12',
      dateEvidence: { article: 'Article:page_a.txt#1', text: '5月8日至12日举行', start: 0, end: 10, date: '2023-05-10' },
    });
  });

  it('keeps in a window only the evidence dated in it and what that evidence supports', () => {
    const window = windowGraph(graph, { since: '2024' });
    expect(window.hasNode('Article:page_a.txt#1')).toBe(false);
    expect(window.hasNode('Initiative:“匠心杯”职工技能竞赛')).toBe(false);
    expect(window.getNodeAttributes('Union:朝阳区总工会')).toMatchObject({ firstDate: '2024-02-01', lastDate: '2024-06' });
    expect(window.getNodeAttribute('Person:李明', 'mentions')).toBeLessThan(graph.getNodeAttribute('Person:李明', 'mentions'));
    expect(window.getAttribute('sources').map((s) => s.name)).toEqual(['page_a.txt', 'page_b.txt']);
    const until = windowGraph(graph, { until: '2023-12-31' });
    expect(until.filterNodes((_n, a) => a.label === 'Article')).toEqual(['Article:page_a.txt#1']);
    // An undated article is in no window.
    const undated = buildGraph(twoPages()).graph;
    expect(windowGraph(undated, { since: '2000' }).order).toBe(0);
  });

  it('counts articles, nodes and edges per year', () => {
    const table = countByYear(graph);
    expect(table.years.map((y) => [y.year, y.articles])).toEqual([['2023', 1], ['2024', 2]]);
    expect(table.years[1]!.nodes).toBeGreaterThan(0);
    expect(table.undatedArticles).toBe(0);
    expect(countByYear(buildGraph(twoPages()).graph)).toEqual({ years: [], undatedArticles: 3 });
  });
});

describe('the attribute table', () => {
  const { graph } = buildGraph(datedPages());
  assignAnalytics(graph);

  it('declares every attribute a built graph holds, in the order graph files write them', () => {
    const nodeNames = NODE_ATTRIBUTES.map((a) => a.name as string);
    graph.forEachNode((_node, attributes) => {
      const keys = Object.keys(attributes);
      for (const key of keys) expect(nodeNames).toContain(key);
      expect(keys).toEqual(nodeNames.filter((n) => keys.includes(n)));
    });
    const edgeNames = EDGE_ATTRIBUTES.map((a) => a.name as string);
    graph.forEachEdge((_edge, attributes) => {
      const keys = Object.keys(attributes);
      expect(keys).toEqual(edgeNames.filter((n) => keys.includes(n)));
    });
  });

  it('gives Neo4j integers for counts (weightedDegree too), DATE values for dates', () => {
    const union = nodeRows(graph).find((r) => r.id === 'Union:朝阳区总工会')!;
    expect(neo4j.isInt(union.props.weightedDegree)).toBe(true);
    expect(neo4j.isInt(union.props.mentions)).toBe(true);
    expect(typeof union.props.pagerank).toBe('number');
    expect(neo4j.isDate(union.props.firstDate)).toBe(true);
    expect(String(union.props.firstDate)).toBe('2023-05-10');
    // A month that ends a period becomes its last day.
    expect(String(union.props.lastDate)).toBe('2024-06-30');
    const initiative = nodeRows(graph).find((r) => r.id === 'Initiative:“匠心杯”职工技能竞赛')!;
    expect(JSON.parse(initiative.props.dateEvidence as string)).toMatchObject({ article: 'Article:page_a.txt#1' });
    const edge = relationshipRows(graph).find((r) => r.type === 'REPORTED')!;
    expect(neo4j.isDate(edge.props.firstDate)).toBe(true);
  });
});
