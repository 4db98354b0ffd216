// JSON export: the plain graphology serialization, readable by `graph.import()` /
// `Graph.from()` in any graphology program (graph.json adds a format envelope around it).
import type { KgGraph } from '../model.js';
import { writeFileAtomic } from '../store/atomic.js';
import { writeSerializedGraph } from '../store/json.js';

export function exportJson(graph: KgGraph, path: string): void {
  writeFileAtomic('export', path, (out) => {
    writeSerializedGraph(graph, out);
    out.write('\n');
  });
}
