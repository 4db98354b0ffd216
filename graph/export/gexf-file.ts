// `export --format gexf`: the GEXF writer (gexf.ts) to a file, written atomically, with a layout
// computed first when the graph has none.
import type { KgGraph } from '../build.js';
import { computeLayout, hasLayout, type LayoutSettings } from '../layout.js';
import { writeFileAtomic } from '../store/atomic.js';
import { type GexfOptions, writeGexf } from './gexf.js';

export interface GexfFileOptions extends GexfOptions {
  layout?: LayoutSettings;
}

export function exportGexf(graph: KgGraph, path: string, options: GexfFileOptions = {}): void {
  const { layout, ...rest } = options;
  const positions = rest.positions ?? (hasLayout(graph) ? undefined : computeLayout(graph, layout));
  writeFileAtomic('export', path, (out) => writeGexf(graph, out, positions ? { ...rest, positions } : rest));
}
