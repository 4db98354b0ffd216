// Degree: how many edges (of any type, either direction) touch a node.
import type { KgGraph } from '../build.js';

export function computeDegree(graph: KgGraph): Record<string, number> {
  const out: Record<string, number> = {};
  graph.forEachNode((node) => {
    out[node] = graph.degree(node);
  });
  return out;
}

export function assignDegree(graph: KgGraph): void {
  const degree = computeDegree(graph);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, degree: degree[node] ?? 0 }));
}
