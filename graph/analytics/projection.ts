// Community detection and betweenness look at who is connected to whom, not at edge
// direction or type: they run on an undirected simple graph whose edge weight is the sum
// of the weights of all edges between two nodes.
import graphology from 'graphology';
import type { KgGraph } from '../build.js';
import { compareStrings } from '../build.js';

const { UndirectedGraph } = graphology;

export type Projection = InstanceType<typeof UndirectedGraph<Record<string, never>, { weight: number }>>;

export function undirectedProjection(graph: KgGraph): Projection {
  const out = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const node of graph.nodes().sort(compareStrings)) out.addNode(node);
  for (const edge of graph.edges().sort(compareStrings)) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (source === target) continue;
    // Every edge counts at least once, even a MENTIONS edge whose mentions were not located.
    const weight = Math.max(1, graph.getEdgeAttribute(edge, 'weight'));
    out.updateEdge(source, target, (attributes) => ({ weight: (attributes.weight ?? 0) + weight }));
  }
  return out;
}
