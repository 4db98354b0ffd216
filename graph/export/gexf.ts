// GEXF 1.3 for Gephi and networkx, streamed to disk node by node. Written by hand rather
// than with graphology-gexf, whose writer emits hex-only viz colors (networkx's reader needs
// r/g/b) and puts graph attributes into <meta>.
//
// The node label (Union, Person …) is the attribute `type`: GEXF readers such as networkx
// store the XML `label` (here the node's name) under the same key and would overwrite it.
//
// A graph with dated evidence is dynamic (timeformat date): each node and edge has a spell per
// day of its evidence (a month or a year: the days it covers), so Gephi's timeline plays it.
import { firstDay, lastDay } from '../../extractor/dates/calendar.js';
import type { KgGraph } from '../model.js';
import { compareStrings } from '../model.js';
import { labelColor } from '../colors.js';
import { hasLayout, type LayoutSettings, computeLayout } from '../layout.js';
import type { NodeAttributes } from '../schema.js';
import type { ChunkWriter } from '../store/atomic.js';
import { writeFileAtomic } from '../store/atomic.js';
import { EDGE_COLUMNS, NODE_COLUMNS, type ColumnType, edgeValue, escapeXml, nodeValue } from './attributes.js';

const GEXF_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'integer', double: 'double', date: 'string', strings: 'string', json: 'string' };

/** The evidence dates of every node (its MENTIONS; an article's own date) and edge, sorted; none when the graph is undated. */
function evidenceDates(graph: KgGraph): { nodes: Map<string, string[]>; edges: Map<string, string[]> } | undefined {
  const nodes = new Map<string, Set<string>>();
  const edges = new Map<string, string[]>();
  const add = (node: string, date: string): void => {
    const set = nodes.get(node);
    if (set === undefined) nodes.set(node, new Set([date]));
    else set.add(date);
  };
  graph.forEachNode((node, attributes) => {
    if (attributes.date !== undefined) add(node, attributes.date);
  });
  graph.forEachEdge((edge, attributes, _source, target) => {
    if (attributes.firstDate === undefined) return;
    const dates = new Set<string>();
    for (const e of attributes.evidence) if (e.date !== undefined) dates.add(e.date);
    edges.set(edge, [...dates].sort(compareStrings));
    if (attributes.type === 'MENTIONS') for (const date of dates) add(target, date);
  });
  if (nodes.size === 0 && edges.size === 0) return undefined;
  return { nodes: new Map([...nodes].map(([node, set]) => [node, [...set].sort(compareStrings)])), edges };
}

function writeSpells(out: ChunkWriter, dates: readonly string[] | undefined, indent: string): void {
  if (dates === undefined || dates.length === 0) return;
  out.write(`${indent}<spells>\n`);
  for (const date of dates) out.write(`${indent}  <spell start="${firstDay(date)}" end="${lastDay(date)}"/>\n`);
  out.write(`${indent}</spells>\n`);
}

/** GEXF attribute title of a node column. */
function nodeTitle(name: keyof NodeAttributes): string {
  return name === 'label' ? 'type' : name;
}

function formatValue(value: unknown, type: ColumnType): string {
  // Lists are JSON text: unambiguous whatever the names contain.
  if (type === 'strings') return escapeXml(JSON.stringify(value));
  return escapeXml(String(value));
}

/** Node size in Gephi: 4 for the least important node up to 40 for the top PageRank. */
function sizeOf(pagerank: number | undefined, max: number): number {
  if (pagerank === undefined || max <= 0) return 4;
  return Math.round((4 + 36 * Math.sqrt(pagerank / max)) * 100) / 100;
}

export interface GexfOptions {
  layout?: LayoutSettings;
}

export function writeGexf(graph: KgGraph, out: ChunkWriter, options: GexfOptions = {}): void {
  const positions = hasLayout(graph) ? undefined : computeLayout(graph, options.layout);
  let maxRank = 0;
  graph.forEachNode((_node, attributes) => {
    maxRank = Math.max(maxRank, attributes.pagerank ?? 0);
  });

  out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.write('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n');
  out.write('  <meta>\n    <creator>gonghui-kg</creator>\n    <description>Knowledge graph of trade-union (工会) news</description>\n  </meta>\n');
  const dates = evidenceDates(graph);
  out.write(`  <graph defaultedgetype="directed" ${dates === undefined ? 'mode="static"' : 'mode="dynamic" timeformat="date"'}>\n`);
  out.write('    <attributes class="node" mode="static">\n');
  for (const column of NODE_COLUMNS) {
    if (column.layout) continue;
    out.write(`      <attribute id="${nodeTitle(column.name)}" title="${nodeTitle(column.name)}" type="${GEXF_TYPES[column.type]}"/>\n`);
  }
  out.write('    </attributes>\n    <attributes class="edge" mode="static">\n');
  for (const column of EDGE_COLUMNS) {
    if (column.name === 'weight') continue;
    out.write(`      <attribute id="${column.name}" title="${column.name}" type="${GEXF_TYPES[column.type]}"/>\n`);
  }
  out.write('    </attributes>\n');

  out.write(`    <nodes count="${graph.order}">\n`);
  for (const node of graph.nodes().sort(compareStrings)) {
    const attributes = graph.getNodeAttributes(node);
    out.write(`      <node id="${escapeXml(node)}" label="${escapeXml(attributes.name)}">\n        <attvalues>\n`);
    for (const column of NODE_COLUMNS) {
      if (column.layout) continue;
      const value = nodeValue(attributes, column.name);
      if (value === undefined) continue;
      out.write(`          <attvalue for="${nodeTitle(column.name)}" value="${formatValue(value, column.type)}"/>\n`);
    }
    const { r, g, b } = labelColor(attributes.label);
    const position = positions?.[node] ?? { x: attributes.x ?? 0, y: attributes.y ?? 0 };
    out.write('        </attvalues>\n');
    writeSpells(out, dates?.nodes.get(node), '        ');
    out.write(`        <viz:color r="${r}" g="${g}" b="${b}" a="1.0"/>\n`);
    out.write(`        <viz:size value="${sizeOf(attributes.pagerank, maxRank)}"/>\n`);
    out.write(`        <viz:position x="${position.x}" y="${position.y}" z="0.0"/>\n`);
    out.write('      </node>\n');
  }
  out.write('    </nodes>\n');

  out.write(`    <edges count="${graph.size}">\n`);
  for (const edge of graph.edges().sort(compareStrings)) {
    const attributes = graph.getEdgeAttributes(edge);
    out.write(
      `      <edge id="${escapeXml(edge)}" source="${escapeXml(graph.source(edge))}" target="${escapeXml(graph.target(edge))}" label="${escapeXml(attributes.type)}" weight="${attributes.weight}">\n        <attvalues>\n`,
    );
    for (const column of EDGE_COLUMNS) {
      if (column.name === 'weight') continue;
      const value = edgeValue(attributes, column.name);
      if (value === undefined) continue;
      out.write(`          <attvalue for="${column.name}" value="${formatValue(value, column.type)}"/>\n`);
    }
    out.write('        </attvalues>\n');
    writeSpells(out, dates?.edges.get(edge), '        ');
    out.write('      </edge>\n');
  }
  out.write('    </edges>\n  </graph>\n</gexf>\n');
}

export function exportGexf(graph: KgGraph, path: string, options: GexfOptions = {}): void {
  writeFileAtomic('export', path, (out) => writeGexf(graph, out, options));
}
