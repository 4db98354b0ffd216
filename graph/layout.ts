// ForceAtlas2 positions, so that Gephi and the viewer open the graph already laid out.
// Deterministic: nodes start on a spiral in id order and the iteration count is fixed.
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { type Projection, undirectedProjection } from './analytics/projection.js';
import type { KgGraph } from './build.js';

// A CommonJS module whose typings declare an ES default export.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

export interface LayoutSettings {
  /** ForceAtlas2 iterations; by default fewer for bigger graphs (each costs O(n log n)). */
  iterations?: number;
}

function defaultIterations(order: number): number {
  if (order <= 1_000) return 300;
  if (order <= 20_000) return 100;
  if (order <= 100_000) return 30;
  return 15;
}

/** Rounded so the files do not carry float noise. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Positions by node id. Runs on the undirected projection: lighter than the multigraph, and in sorted order. */
export function computeLayout(graph: KgGraph, settings: LayoutSettings = {}, projection?: Projection): Record<string, { x: number; y: number }> {
  const iterations = settings.iterations ?? defaultIterations(graph.order);
  if (!Number.isInteger(iterations) || iterations < 0) throw new Error(`layout: iterations must be a non-negative integer, got ${iterations}`);
  const positions = projection ?? undirectedProjection(graph);
  // Golden-angle spiral: spread out and free of randomness.
  let i = 0;
  positions.forEachNode((node) => {
    const radius = 10 * Math.sqrt(i + 1);
    const angle = i * 2.399963229728653;
    positions.mergeNodeAttributes(node, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    i++;
  });
  const mapping =
    positions.order === 0 || iterations === 0
      ? {}
      : forceAtlas2(positions, {
          iterations,
          getEdgeWeight: null,
          settings: { ...forceAtlas2.inferSettings(positions), barnesHutOptimize: positions.order > 2_000 },
        });
  const out: Record<string, { x: number; y: number }> = {};
  positions.forEachNode((node, attributes) => {
    const p = mapping[node] ?? { x: attributes.x ?? 0, y: attributes.y ?? 0 };
    out[node] = { x: round(Number.isFinite(p.x) ? p.x : 0), y: round(Number.isFinite(p.y) ? p.y : 0) };
  });
  return out;
}

export function assignLayout(graph: KgGraph, settings: LayoutSettings = {}, projection?: Projection): void {
  const positions = computeLayout(graph, settings, projection);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...positions[node] }));
}

/** True when every node already has a position (set by `build`). */
export function hasLayout(graph: KgGraph): boolean {
  return graph.everyNode((_node, attributes) => typeof attributes.x === 'number' && typeof attributes.y === 'number');
}
