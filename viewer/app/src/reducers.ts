// How the view state becomes what sigma draws. The graph keeps only data; these reducers read
// the store's derived sets (visible, hovered neighbourhood, path, search, multi-selection) and
// return display data, with no scan of their own.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';
import type { ViewerGraph } from '../../shared/article-view.js';
import { communityColor, DIMMED_NODE, EDGE_COLOR, HIGHLIGHT_EDGE, labelColor, MENTION_EDGE_COLOR, PATH_COLOR } from './palette.js';
import type { ViewStore } from './store.js';

export function displayName(attrs: NodeAttributes, maxLength: number): string {
  const name = attrs.label === 'Article' ? (attrs.title ?? attrs.name) : attrs.name;
  return name.length > maxLength ? `${name.slice(0, maxLength - 1)}…` : name;
}

export function makeNodeReducer(store: ViewStore) {
  const maxLength = store.settings.maxLabelLength;
  return (node: string, attrs: NodeAttributes): Partial<NodeDisplayData> => {
    const s = store.state;
    const large = store.large;
    const base: Partial<NodeDisplayData> = { x: attrs.x ?? 0, y: attrs.y ?? 0, size: store.size(node), label: displayName(attrs, maxLength), type: large ? 'point' : 'circle' };
    if (!store.isVisible(node)) return { ...base, hidden: true, label: null };
    base.color = s.colorBy === 'community' ? communityColor(store.community(node)) : labelColor(attrs.label);
    if (s.hovered) {
      if (node === s.hovered || store.hoverNeighbors.has(node)) Object.assign(base, { forceLabel: true, zIndex: 2 });
      // Large graphs highlight the neighbourhood without dimming (no redraw of every node).
      else if (!large) Object.assign(base, { color: DIMMED_NODE, label: null, zIndex: 0 });
    } else if (store.pathNodes.size > 0) {
      if (store.pathNodes.has(node)) Object.assign(base, { highlighted: true, forceLabel: true, zIndex: 2 });
      else Object.assign(base, { color: DIMMED_NODE, label: null, zIndex: 0 });
    }
    if (store.searchTop.has(node)) Object.assign(base, { forceLabel: true, zIndex: 2 });
    if (s.picked.has(node)) Object.assign(base, { highlighted: true, forceLabel: true, zIndex: 2 });
    if (node === s.selected) Object.assign(base, { highlighted: true, forceLabel: true, zIndex: 3 });
    return base;
  };
}

export function makeEdgeReducer(graph: ViewerGraph, store: ViewStore) {
  // Large graphs draw every edge of a type alike: one display object per type, shared by its
  // edges (sigma only reads them), so redrawing the edges a filter touches allocates none.
  const byType = new Map<string, Partial<EdgeDisplayData>>();
  const hidden: Partial<EdgeDisplayData> = { hidden: true };
  const plain = (attrs: EdgeAttributes, large: boolean): Partial<EdgeDisplayData> => {
    const mention = attrs.type === 'MENTIONS';
    return {
      color: mention ? MENTION_EDGE_COLOR : EDGE_COLOR,
      size: large ? 0.5 : 0.8 + Math.min(attrs.weight, 5) * 0.3,
      type: large ? 'fast' : mention ? 'line' : 'arrow',
      label: attrs.type,
    };
  };
  return (edge: string, attrs: EdgeAttributes): Partial<EdgeDisplayData> => {
    const s = store.state;
    const large = store.large;
    let display = large ? byType.get(attrs.type) : undefined;
    if (!display) {
      display = plain(attrs, large);
      if (large) byType.set(attrs.type, display);
    }
    // Sigma draws no edge of a hidden node, so filters need no look-up of the endpoints here;
    // only the time window (an edge between two shown nodes may have no evidence in it), hover and path do.
    if (!store.inWindow(edge)) return hidden;
    if (!s.hovered && store.pathEdges.size === 0) return display;
    if (s.hovered) {
      const [source, target] = graph.extremities(edge);
      if (source === s.hovered || target === s.hovered) return { ...display, color: HIGHLIGHT_EDGE, size: (display.size ?? 1) * 1.6, zIndex: 1 };
      if (!large) return hidden;
    }
    if (store.pathEdges.size > 0) {
      if (store.pathEdges.has(edge)) return { ...display, color: PATH_COLOR, size: 3, zIndex: 2 };
      return { ...display, hidden: true };
    }
    return display;
  };
}
