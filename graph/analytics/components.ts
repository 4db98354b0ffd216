// Connected components (edge direction ignored), numbered by size: 0 is the largest.
import { connectedComponents } from 'graphology-components';
import type { KgGraph } from '../build.js';
import { numberGroups } from './louvain.js';

export function computeComponents(graph: KgGraph): Record<string, number> {
  return numberGroups(connectedComponents(graph));
}

export function assignComponents(graph: KgGraph): void {
  const component = computeComponents(graph);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, component: component[node] ?? 0 }));
}
