// GraphML for networkx, igraph, yEd and Cytoscape: typed <key> declarations, one <data>
// per present value, streamed to disk. Lists and evidence are JSON text (GraphML has no
// list type), dates ISO strings; `color` is the label color as #rrggbb.
import type { KgGraph } from '../model.js';
import { compareStrings } from '../model.js';
import { hexColor, labelColor } from '../colors.js';
import type { ChunkWriter } from '../store/atomic.js';
import { writeFileAtomic } from '../store/atomic.js';
import { EDGE_COLUMNS, NODE_COLUMNS, type ColumnType, edgeValue, escapeXml, nodeValue } from './attributes.js';

const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'int', double: 'double', date: 'string', strings: 'string', json: 'string' };

function formatValue(value: unknown, type: ColumnType): string {
  return escapeXml(type === 'strings' ? JSON.stringify(value) : String(value));
}

export function writeGraphml(graph: KgGraph, out: ChunkWriter): void {
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n');
  for (const column of NODE_COLUMNS) {
    out.write(`  <key id="n_${column.name}" for="node" attr.name="${column.name}" attr.type="${GRAPHML_TYPES[column.type]}"/>\n`);
  }
  out.write('  <key id="n_color" for="node" attr.name="color" attr.type="string"/>\n');
  for (const column of EDGE_COLUMNS) {
    out.write(`  <key id="e_${column.name}" for="edge" attr.name="${column.name}" attr.type="${GRAPHML_TYPES[column.type]}"/>\n`);
  }
  out.write('  <graph id="gonghui-kg" edgedefault="directed">\n');
  for (const node of graph.nodes().sort(compareStrings)) {
    const attributes = graph.getNodeAttributes(node);
    out.write(`    <node id="${escapeXml(node)}">\n`);
    for (const column of NODE_COLUMNS) {
      const value = nodeValue(attributes, column.name);
      if (value === undefined) continue;
      out.write(`      <data key="n_${column.name}">${formatValue(value, column.type)}</data>\n`);
    }
    out.write(`      <data key="n_color">${hexColor(labelColor(attributes.label))}</data>\n    </node>\n`);
  }
  for (const edge of graph.edges().sort(compareStrings)) {
    const attributes = graph.getEdgeAttributes(edge);
    out.write(`    <edge id="${escapeXml(edge)}" source="${escapeXml(graph.source(edge))}" target="${escapeXml(graph.target(edge))}">\n`);
    for (const column of EDGE_COLUMNS) {
      const value = edgeValue(attributes, column.name);
      if (value === undefined) continue;
      out.write(`      <data key="e_${column.name}">${formatValue(value, column.type)}</data>\n`);
    }
    out.write('    </edge>\n');
  }
  out.write('  </graph>\n</graphml>\n');
}

export function exportGraphml(graph: KgGraph, path: string): void {
  writeFileAtomic('export', path, (out) => writeGraphml(graph, out));
}
