// Exports from the UI: GEXF of exactly what is shown (for Gephi), and a PNG of the canvas.
import { write } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';
import type { ViewerGraph } from '../../shared/article-view.js';

type Flat = Record<string, string | number | boolean>;

function flattenNode(attrs: NodeAttributes): Flat {
  const flat: Flat = {};
  for (const [key, value] of Object.entries(attrs)) {
    // Positions travel as GEXF viz data; article text would bloat the file without helping Gephi.
    if (key === 'x' || key === 'y' || key === 'text' || value === undefined || value === null) continue;
    if (Array.isArray(value)) flat[key] = value.join('|');
    else if (typeof value === 'object') flat[key] = JSON.stringify(value);
    else flat[key] = value as string | number | boolean;
  }
  return flat;
}

function flattenEdge(attrs: EdgeAttributes): Flat {
  const flat: Flat = { type: attrs.type, weight: attrs.weight, evidenceCount: attrs.evidence.length };
  if (attrs.role) flat.role = attrs.role;
  const first = attrs.evidence[0];
  if (first) flat.evidence = first.text;
  return flat;
}

/**
 * "#rrggbb" as "rgb(r, g, b)": the GEXF writer then writes r/g/b attributes (not 1.3's hex), the
 * form every reader, networkx included, understands.
 */
function rgb(hex: string): string {
  const value = /^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '999999';
  const n = Number.parseInt(value, 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** GEXF 1.3 of the nodes and edges the reducers currently show, with their colors and sizes. */
export function shownGraphGexf(graph: ViewerGraph, sigma: Sigma<NodeAttributes, EdgeAttributes>): string {
  const shown = graph.nullCopy();
  graph.forEachNode((node, attrs) => {
    const display = sigma.getNodeDisplayData(node);
    if (display && !display.hidden) shown.addNode(node, attrs);
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const display = sigma.getEdgeDisplayData(edge);
    if (!display || display.hidden || !shown.hasNode(source) || !shown.hasNode(target)) return;
    if (shown.multi) shown.addEdgeWithKey(edge, source, target, attrs);
    else if (!shown.hasEdge(source, target)) shown.addEdgeWithKey(edge, source, target, attrs);
  });
  return write(shown, {
    version: '1.3',
    formatNode: (node, attrs) => {
      const display = sigma.getNodeDisplayData(node);
      return {
        label: attrs.name,
        attributes: flattenNode(attrs),
        viz: { color: rgb(display?.color ?? '#999999'), size: display?.size ?? 1, x: attrs.x ?? 0, y: attrs.y ?? 0 },
      };
    },
    formatEdge: (_edge, attrs) => ({ label: attrs.type, weight: attrs.weight, attributes: flattenEdge(attrs) }),
  });
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
