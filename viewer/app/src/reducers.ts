// How UI state becomes what sigma draws. The graph keeps only data; these reducers read the
// view's derived sets (visible, hovered neighbourhood, path) and return display data.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../../graph/schema.js';
import type { ViewerGraph } from '../../shared/article-view.js';
import { communityColor, DIMMED_NODE, EDGE_COLOR, HIGHLIGHT_EDGE, labelColor, MENTION_EDGE_COLOR, PATH_COLOR } from './palette.js';
import type { ColorBy } from './state.js';

export interface DisplayInputs {
  large: boolean;
  colorBy: ColorBy;
  selected: string | null;
  hovered: string | null;
  hoverNeighbors: Set<string>;
  /** Nodes that pass the filters; null when every node does. */
  visible: Set<string> | null;
  pathNodes: Set<string>;
  pathEdges: Set<string>;
  searchHits: Set<string>;
  size: (node: string) => number;
  community: (node: string) => number | undefined;
}

const MAX_LABEL = 18;

export function displayName(attrs: NodeAttributes): string {
  const name = attrs.label === 'Article' ? (attrs.title ?? attrs.name) : attrs.name;
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name;
}

export function makeNodeReducer(inputs: () => DisplayInputs) {
  return (node: string, attrs: NodeAttributes): Partial<NodeDisplayData> => {
    const s = inputs();
    const base: Partial<NodeDisplayData> = { x: attrs.x ?? 0, y: attrs.y ?? 0, size: s.size(node), label: displayName(attrs), type: s.large ? 'point' : 'circle' };
    if (s.visible && !s.visible.has(node)) return { ...base, hidden: true, label: null };
    base.color = s.colorBy === 'community' ? communityColor(s.community(node)) : labelColor(attrs.label);
    if (s.hovered) {
      if (node === s.hovered || s.hoverNeighbors.has(node)) Object.assign(base, { forceLabel: true, zIndex: 2 });
      // Large graphs highlight the neighbourhood without dimming (no redraw of every node).
      else if (!s.large) Object.assign(base, { color: DIMMED_NODE, label: null, zIndex: 0 });
    } else if (s.pathNodes.size > 0) {
      if (s.pathNodes.has(node)) Object.assign(base, { highlighted: true, forceLabel: true, zIndex: 2 });
      else Object.assign(base, { color: DIMMED_NODE, label: null, zIndex: 0 });
    }
    if (s.searchHits.has(node)) Object.assign(base, { forceLabel: true, zIndex: 2 });
    if (node === s.selected) Object.assign(base, { highlighted: true, forceLabel: true, zIndex: 3 });
    return base;
  };
}

export function makeEdgeReducer(graph: ViewerGraph, inputs: () => DisplayInputs) {
  return (edge: string, attrs: EdgeAttributes): Partial<EdgeDisplayData> => {
    const s = inputs();
    const mention = attrs.type === 'MENTIONS';
    const display: Partial<EdgeDisplayData> = {
      color: mention ? MENTION_EDGE_COLOR : EDGE_COLOR,
      size: s.large ? 0.5 : 0.8 + Math.min(attrs.weight, 5) * 0.3,
      type: s.large ? 'fast' : mention ? 'line' : 'arrow',
      label: attrs.type,
    };
    // The common case (nothing filtered, hovered or traced) needs no look-up of the endpoints.
    if (!s.visible && !s.hovered && s.pathEdges.size === 0) return display;
    const [source, target] = graph.extremities(edge);
    if (s.visible && (!s.visible.has(source) || !s.visible.has(target))) return { hidden: true };
    if (s.hovered) {
      if (source === s.hovered || target === s.hovered) return { ...display, color: HIGHLIGHT_EDGE, size: (display.size ?? 1) * 1.6, zIndex: 1 };
      if (!s.large) return { hidden: true };
    }
    if (s.pathEdges.size > 0) {
      if (s.pathEdges.has(edge)) return { ...display, color: PATH_COLOR, size: 3, zIndex: 2 };
      return { ...display, hidden: true };
    }
    return display;
  };
}
