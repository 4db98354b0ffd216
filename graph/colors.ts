// One color per node label, shared by the GEXF/GraphML exports (and free for the viewer to use).
import type { NodeLabel } from './schema.js';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export const LABEL_COLORS: Readonly<Record<NodeLabel, Rgb>> = {
  Union: { r: 214, g: 39, b: 40 },
  District: { r: 31, g: 119, b: 180 },
  Street: { r: 23, g: 190, b: 207 },
  Region: { r: 148, g: 103, b: 189 },
  Person: { r: 255, g: 127, b: 14 },
  Organization: { r: 44, g: 160, b: 44 },
  Initiative: { r: 227, g: 119, b: 194 },
  Article: { r: 127, g: 127, b: 127 },
};

export function labelColor(label: NodeLabel): Rgb {
  return LABEL_COLORS[label] ?? { r: 127, g: 127, b: 127 };
}

export function hexColor({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
