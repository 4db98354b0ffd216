// PageRank over the directed graph, edges weighted by their evidence count: an entity many
// articles mention, or that many others organize or join, ranks high.
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';

// A CommonJS module whose typings declare an ES default export.
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;
import type { KgGraph } from '../build.js';

export function computePagerank(graph: KgGraph): Record<string, number> {
  if (graph.order === 0) return {};
  return pagerank(graph, {
    alpha: 0.85,
    tolerance: 1e-9,
    maxIterations: 1000,
    // Zero-evidence edges still link their nodes.
    getEdgeWeight: (_edge: string, attributes: { weight: number }) => Math.max(1, attributes.weight),
  });
}

export function assignPagerank(graph: KgGraph): void {
  const rank = computePagerank(graph);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, pagerank: rank[node] ?? 0 }));
}
