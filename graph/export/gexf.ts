// GEXF 1.3 for Gephi and networkx, streamed to disk node by node. Written by hand rather
// than with graphology-gexf, whose writer emits hex-only viz colors (networkx's reader needs
// r/g/b) and puts graph attributes into <meta>.
//
// The node label (Union, Person …) is the attribute `type`: GEXF readers such as networkx
// store the XML `label` (here the node's name) under the same key and would overwrite it.
//
// Nothing here touches the file system or the layout, so the viewer writes its "GEXF of what is
// shown" with this same writer in the browser; gexf-file.ts writes files.
//
// A graph with dated articles is dynamic (timeformat date): each node and edge lives from the first
// day of its evidence to the last (its firstDate and lastDate, written as its start and end, not
// as attributes), so Gephi's timeline plays it; the evidence's dates are that time too.
import type { AbstractGraph } from 'graphology-types';
import { firstDay, lastDay } from '../../extractor/dates/calendar.js';
import { labelColor } from '../colors.js';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';
import { EDGE_COLUMNS, NODE_COLUMNS, type ColumnType, edgeValue, escapeXml, nodeValue } from './attributes.js';

const GEXF_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'integer', double: 'double', date: 'string', strings: 'string', json: 'string' };

/** Whether any article is dated: then the graph is dynamic. */
function isDated(graph: GexfGraph): boolean {
  return graph.someNode((_node, attributes) => attributes.date !== undefined);
}

/** ` start=… end=…`: from the first day of the first date of the evidence to the last day of the last. */
function timeOf(attributes: { firstDate?: string; lastDate?: string }): string {
  if (attributes.firstDate === undefined || attributes.lastDate === undefined) return '';
  return ` start="${firstDay(attributes.firstDate)}" end="${lastDay(attributes.lastDate)}"`;
}

/** An evidence entry's date, as JSON.stringify writes it: GEXF leaves it out, the edge's time says it. */
const EVIDENCE_DATE = /,"date":"[0-9-]*"/g;

/** Written as the element's time in a dynamic graph, not as attributes. */
const TIME_COLUMNS = new Set(['firstDate', 'lastDate']);

/**
 * GEXF attribute title of a node column: readers keep the XML label and time under `label`,
 * `start` and `end`, so those columns take other titles.
 */
function nodeTitle(name: keyof NodeAttributes): string {
  return name === 'label' ? 'type' : name === 'start' ? 'startDate' : name === 'end' ? 'endDate' : name;
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

/** Where the text goes: a file (graph/store/atomic.ts's ChunkWriter) or, in the viewer, a string. */
export interface GexfSink {
  write(text: string): void;
}

/** A node's drawing, when the caller draws it differently from the label colour and PageRank size. */
export interface GexfViz {
  color: { r: number; g: number; b: number };
  size: number;
}

export interface GexfOptions {
  /** Positions for a graph that has none of its own (gexf-file.ts computes them). */
  positions?: Record<string, { x: number; y: number }>;
  /** The viewer's colours and sizes of what it shows. */
  viz?: (node: string) => GexfViz | undefined;
}

/** Any graph with the knowledge graph's attributes: the builder's, or the viewer's shown part. */
export type GexfGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

export function writeGexf(graph: GexfGraph, out: GexfSink, options: GexfOptions = {}): void {
  const positions = options.positions;
  let maxRank = 0;
  graph.forEachNode((_node, attributes) => {
    maxRank = Math.max(maxRank, attributes.pagerank ?? 0);
  });

  out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.write('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n');
  out.write('  <meta>\n    <creator>gonghui-kg</creator>\n    <description>Knowledge graph of trade-union (工会) news</description>\n  </meta>\n');
  const dynamic = isDated(graph);
  out.write(`  <graph defaultedgetype="directed" ${dynamic ? 'mode="dynamic" timeformat="date"' : 'mode="static"'}>\n`);
  out.write('    <attributes class="node" mode="static">\n');
  const nodeColumns = NODE_COLUMNS.filter((c) => !c.layout && !(dynamic && TIME_COLUMNS.has(c.name)));
  for (const column of nodeColumns) {
    out.write(`      <attribute id="${nodeTitle(column.name)}" title="${nodeTitle(column.name)}" type="${GEXF_TYPES[column.type]}"/>\n`);
  }
  out.write('    </attributes>\n    <attributes class="edge" mode="static">\n');
  const edgeColumns = EDGE_COLUMNS.filter((c) => c.name !== 'weight' && !(dynamic && TIME_COLUMNS.has(c.name)));
  for (const column of edgeColumns) {
    out.write(`      <attribute id="${column.name}" title="${column.name}" type="${GEXF_TYPES[column.type]}"/>\n`);
  }
  out.write('    </attributes>\n');

  out.write(`    <nodes count="${graph.order}">\n`);
  // The default sort is code-unit order, as the builder's compareStrings.
  for (const node of graph.nodes().sort()) {
    const attributes = graph.getNodeAttributes(node);
    out.write(`      <node id="${escapeXml(node)}" label="${escapeXml(attributes.name)}"${dynamic ? timeOf(attributes) : ''}>\n        <attvalues>\n`);
    for (const column of nodeColumns) {
      const value = nodeValue(attributes, column.name);
      if (value === undefined) continue;
      out.write(`          <attvalue for="${nodeTitle(column.name)}" value="${formatValue(value, column.type)}"/>\n`);
    }
    const drawn = options.viz?.(node);
    const { r, g, b } = drawn?.color ?? labelColor(attributes.label);
    const position = positions?.[node] ?? { x: attributes.x ?? 0, y: attributes.y ?? 0 };
    out.write('        </attvalues>\n');
    out.write(`        <viz:color r="${r}" g="${g}" b="${b}" a="1.0"/>\n`);
    out.write(`        <viz:size value="${drawn?.size ?? sizeOf(attributes.pagerank, maxRank)}"/>\n`);
    out.write(`        <viz:position x="${position.x}" y="${position.y}" z="0.0"/>\n`);
    out.write('      </node>\n');
  }
  out.write('    </nodes>\n');

  out.write(`    <edges count="${graph.size}">\n`);
  for (const edge of graph.edges().sort()) {
    const attributes = graph.getEdgeAttributes(edge);
    out.write(
      `      <edge id="${escapeXml(edge)}" source="${escapeXml(graph.source(edge))}" target="${escapeXml(graph.target(edge))}" label="${escapeXml(attributes.type)}" weight="${attributes.weight}"${dynamic ? timeOf(attributes) : ''}>\n        <attvalues>\n`,
    );
    for (const column of edgeColumns) {
      const value = edgeValue(attributes, column.name);
      if (value === undefined) continue;
      const text = dynamic && column.name === 'evidence' ? String(value).replace(EVIDENCE_DATE, '') : value;
      out.write(`          <attvalue for="${column.name}" value="${formatValue(text, column.type)}"/>\n`);
    }
    out.write('        </attvalues>\n');
    out.write('      </edge>\n');
  }
  out.write('    </edges>\n  </graph>\n</gexf>\n');
}
