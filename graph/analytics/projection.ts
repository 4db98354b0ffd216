// Community detection and betweenness look at who is connected to whom, not at edge
// direction or type: they run on an undirected simple graph whose edge weight is the sum
// of the weights of all edges between two nodes. Nodes and edges go in sorted order, so the
// results do not depend on how the graph was assembled.
import graphology from 'graphology';
import type { KgGraph } from '../build.js';
import { compareStrings } from '../build.js';

const { UndirectedGraph } = graphology;

/** Node attributes are free for a layout to place positions in. */
export type Projection = InstanceType<typeof UndirectedGraph<{ x?: number; y?: number }, { weight: number }>>;

export function undirectedProjection(graph: KgGraph): Projection {
  const nodes = graph.nodes().sort(compareStrings);
  const index = new Map(nodes.map((node, i) => [node, i]));
  // Pair (i < j) → summed weight; a number key avoids building strings per edge.
  const weights = new Map<number, number>();
  const n = nodes.length;
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const a = index.get(source)!;
    const b = index.get(target)!;
    const key = a < b ? a * n + b : b * n + a;
    // Every edge counts at least once, even a MENTIONS edge whose mentions were not located.
    weights.set(key, (weights.get(key) ?? 0) + Math.max(1, attributes.weight));
  });
  const out = new UndirectedGraph<{ x?: number; y?: number }, { weight: number }>();
  for (const node of nodes) out.addNode(node);
  for (const key of [...weights.keys()].sort((x, y) => x - y)) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    out.addUndirectedEdgeWithKey(String(key), nodes[a]!, nodes[b]!, { weight: weights.get(key)! });
  }
  return out;
}
