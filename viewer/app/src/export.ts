// Exports from the UI: GEXF of exactly what is shown (for Gephi), written by the same writer as
// `gonghui-kg export --format gexf` with the colors and sizes on screen, and a PNG of the canvas.
import type Sigma from 'sigma';
import { writeGexf } from '../../../graph/export/gexf.js';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';
import type { ViewerGraph } from '../../shared/article-view.js';

function rgb(hex: string): { r: number; g: number; b: number } {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '999999';
  const n = Number.parseInt(value, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** GEXF 1.3 of the nodes and edges the reducers currently show. */
export function shownGraphGexf(graph: ViewerGraph, sigma: Sigma<NodeAttributes, EdgeAttributes>): string {
  const shown = graph.nullCopy();
  graph.forEachNode((node, attrs) => {
    const display = sigma.getNodeDisplayData(node);
    if (display && !display.hidden) shown.addNode(node, attrs);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const display = sigma.getEdgeDisplayData(edge);
    if (!display || display.hidden || !shown.hasNode(source) || !shown.hasNode(target)) return;
    if (shown.multi || !shown.hasEdge(source, target)) shown.addEdgeWithKey(edge, source, target, attrs);
  });
  const chunks: string[] = [];
  writeGexf(shown, { write: (text) => chunks.push(text) }, {
    viz: (node) => {
      const display = sigma.getNodeDisplayData(node);
      return display ? { color: rgb(display.color), size: Math.round(display.size * 100) / 100 } : undefined;
    },
  });
  return chunks.join('');
}

/** Draws sigma's layers onto one white canvas; call right after a synchronous render. */
export function snapshotCanvas(sigma: Sigma<NodeAttributes, EdgeAttributes>): HTMLCanvasElement {
  sigma.refresh();
  const layers = sigma.getCanvases();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) return canvas;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  for (const name of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
    const layer = layers[name];
    if (layer) context.drawImage(layer, 0, 0, canvas.width, canvas.height);
  }
  return canvas;
}
