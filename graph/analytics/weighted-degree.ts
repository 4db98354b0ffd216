// Weighted degree: the number of evidences behind all the edges that touch a node.
import type { KgGraph } from '../build.js';

export function computeWeightedDegree(graph: KgGraph): Record<string, number> {
  const out: Record<string, number> = {};
  graph.forEachNode((node) => {
    out[node] = 0;
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    out[source] = (out[source] ?? 0) + attributes.weight;
    if (target !== source) out[target] = (out[target] ?? 0) + attributes.weight;
  });
  return out;
}

export function assignWeightedDegree(graph: KgGraph): void {
  const weighted = computeWeightedDegree(graph);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, weightedDegree: weighted[node] ?? 0 }));
}
