// Colors: one per node label, the same as the GEXF/GraphML exports use (graph/colors.ts), and a
// categorical palette for communities.
import { hexColor, LABEL_COLORS } from '../../../graph/colors.js';
import type { NodeLabel } from '../../../graph/schema.js';

const COMMUNITY_COLORS = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948',
  '#b07aa1', '#ff9da7', '#9c755f', '#2f4b7c', '#a05195', '#665191',
];

export function labelColor(label: string): string {
  const rgb = LABEL_COLORS[label as NodeLabel];
  return rgb ? hexColor(rgb) : '#777777';
}

export function communityColor(community: number | undefined): string {
  if (community === undefined || !Number.isFinite(community)) return '#bbbbbb';
  const index = Math.abs(Math.trunc(community)) % COMMUNITY_COLORS.length;
  return COMMUNITY_COLORS[index] ?? '#bbbbbb';
}

export const DIMMED_NODE = '#e6e6e6';
export const EDGE_COLOR = '#c9c9c9';
export const MENTION_EDGE_COLOR = '#e3e3e3';
export const HIGHLIGHT_EDGE = '#444444';
export const PATH_COLOR = '#111111';
