// Positions: graphs from the builder usually carry x/y; otherwise seed a spiral and run
// ForceAtlas2 in a web worker (Barnes-Hut when large), then remove overlaps with noverlap.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { ViewerGraph } from '../../shared/article-view.js';

export function hasPositions(graph: ViewerGraph): boolean {
  let ok = true;
  graph.forEachNode((_node, attrs) => {
    if (!Number.isFinite(attrs.x) || !Number.isFinite(attrs.y)) ok = false;
  });
  return ok;
}

/** Deterministic starting positions on a golden-angle spiral (FA2 needs distinct points). */
export function seedPositions(graph: ViewerGraph): void {
  const golden = Math.PI * (3 - Math.sqrt(5));
  let i = 0;
  graph.forEachNode((node) => {
    const r = Math.sqrt(i + 1) * 10;
    graph.mergeNodeAttributes(node, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
    i += 1;
  });
}

export interface LayoutRun {
  stop(): void;
  done: Promise<void>;
}

function layoutDuration(order: number): number {
  return Math.min(12_000, 1_500 + order * 2);
}

/** Runs FA2 for a time that grows with the graph, then noverlap with the rendered sizes. */
export function runLayout(graph: ViewerGraph, nodeSize: (node: string) => number, pixelsPerUnit: () => number): LayoutRun {
  // Strong gravity keeps disconnected components (common in news graphs) close together.
  const settings = { ...forceAtlas2.inferSettings(graph), strongGravityMode: true, gravity: 0.5, barnesHutOptimize: graph.order > 1_000, adjustSizes: false };
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let stopped = false;
  let worker: FA2Layout | null = null;
  const complete = (): void => {
    if (stopped) return;
    stopped = true;
    worker?.kill();
    const scale = pixelsPerUnit();
    noverlap.assign(graph, {
      maxIterations: graph.order > 5_000 ? 20 : 100,
      inputReducer: (node, attrs) => ({ x: attrs.x as number, y: attrs.y as number, size: (nodeSize(node) + 1) / scale }),
      settings: { ratio: 1, margin: 2 / scale },
    });
    finish();
  };
  try {
    worker = new FA2Layout(graph, { settings, getEdgeWeight: 'weight' });
    worker.start();
    setTimeout(complete, layoutDuration(graph.order));
  } catch {
    // Without workers (some locked-down browsers), lay out synchronously instead.
    forceAtlas2.assign(graph, { iterations: graph.order > 5_000 ? 50 : 300, settings, getEdgeWeight: 'weight' });
    queueMicrotask(complete);
  }
  return { stop: complete, done };
}
