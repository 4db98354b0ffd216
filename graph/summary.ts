// What a graph holds, in numbers: the end-of-build summary and the head of `stats`.
import type { KgGraph } from './build.js';
import { compareStrings } from './build.js';
import type { EdgeType, NodeLabel } from './schema.js';
import { EDGE_TYPES, NODE_LABELS } from './schema.js';

export interface GraphSummary {
  sources: number;
  articles: number;
  nodes: number;
  edges: number;
  /** Every label, zero included, in schema order. */
  nodesByLabel: Record<NodeLabel, number>;
  /** Every edge type, zero included, in schema order. */
  edgesByType: Record<EdgeType, number>;
}

export function summarizeGraph(graph: KgGraph): GraphSummary {
  const nodesByLabel = Object.fromEntries(NODE_LABELS.map((label) => [label, 0])) as Record<NodeLabel, number>;
  const edgesByType = Object.fromEntries(EDGE_TYPES.map((type) => [type, 0])) as Record<EdgeType, number>;
  graph.forEachNode((_node, attributes) => {
    nodesByLabel[attributes.label] = (nodesByLabel[attributes.label] ?? 0) + 1;
  });
  graph.forEachEdge((_edge, attributes) => {
    edgesByType[attributes.type] = (edgesByType[attributes.type] ?? 0) + 1;
  });
  return {
    sources: (graph.getAttribute('sources') ?? []).length,
    articles: nodesByLabel.Article,
    nodes: graph.order,
    edges: graph.size,
    nodesByLabel,
    edgesByType,
  };
}

export interface RankedNode {
  id: string;
  label: NodeLabel;
  name: string;
  pagerank: number;
  degree: number;
  mentions: number;
}

/** The `count` entities (Article nodes left out) with the highest PageRank; ties by id. */
export function topByPagerank(graph: KgGraph, count: number): RankedNode[] {
  const ranked: RankedNode[] = [];
  graph.forEachNode((id, a) => {
    if (a.label === 'Article') return;
    ranked.push({ id, label: a.label, name: a.name, pagerank: a.pagerank ?? 0, degree: a.degree ?? graph.degree(id), mentions: a.mentions });
  });
  return ranked.sort((a, b) => b.pagerank - a.pagerank || compareStrings(a.id, b.id)).slice(0, count);
}
