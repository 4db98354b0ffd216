// CSV in the layout `neo4j-admin database import full` reads: nodes.csv with `id:ID` and
// `:LABEL`, relationships.csv with `:START_ID`, `:END_ID` and `:TYPE`, typed headers
// (`mentions:int`, `pagerank:double`, `date:date`, `aliases:string[]` with `;` between elements).
// Texts may hold line breaks: import with `--multiline-fields=true`.
import { join } from 'node:path';
import type { KgGraph } from '../model.js';
import { compareStrings } from '../model.js';
import type { ChunkWriter } from '../store/atomic.js';
import { writeFilesAtomic } from '../store/atomic.js';
import { EDGE_COLUMNS, NODE_COLUMNS, type ColumnType, dayOf, edgeValue, nodeValue } from './attributes.js';

const NEO4J_TYPES: Record<ColumnType, string> = { string: '', integer: ':int', double: ':double', date: ':date', strings: ':string[]', json: '' };

/** Quotes a field the RFC 4180 way: inside double quotes, a quote is doubled. */
export function csvField(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function formatValue(value: unknown, type: ColumnType, name: string): string {
  // An empty field is "no property" for neo4j-admin: what an absent value or an empty list means.
  if (value === undefined) return '';
  if (type === 'strings') return (value as string[]).length === 0 ? '' : csvField((value as string[]).join(';'));
  if (type === 'string' || type === 'json') return csvField(String(value));
  if (type === 'date') return dayOf(name, String(value));
  return String(value);
}

/** The node columns as properties: `label` is the `:LABEL` column itself. */
const NODE_PROPERTIES = NODE_COLUMNS.filter((c) => c.name !== 'label');
const EDGE_PROPERTIES = EDGE_COLUMNS.filter((c) => c.name !== 'type');

export function writeNodesCsv(graph: KgGraph, out: ChunkWriter): void {
  out.write(['id:ID', ':LABEL', ...NODE_PROPERTIES.map((c) => `${c.name}${NEO4J_TYPES[c.type]}`)].join(',') + '\n');
  for (const node of graph.nodes().sort(compareStrings)) {
    const attributes = graph.getNodeAttributes(node);
    const fields = [csvField(node), attributes.label, ...NODE_PROPERTIES.map((c) => formatValue(nodeValue(attributes, c.name), c.type, c.name))];
    out.write(fields.join(',') + '\n');
  }
}

export function writeRelationshipsCsv(graph: KgGraph, out: ChunkWriter): void {
  out.write([':START_ID', ':END_ID', ':TYPE', 'key', ...EDGE_PROPERTIES.map((c) => `${c.name}${NEO4J_TYPES[c.type]}`)].join(',') + '\n');
  for (const edge of graph.edges().sort(compareStrings)) {
    const attributes = graph.getEdgeAttributes(edge);
    const fields = [
      csvField(graph.source(edge)),
      csvField(graph.target(edge)),
      attributes.type,
      csvField(edge),
      ...EDGE_PROPERTIES.map((c) => formatValue(edgeValue(attributes, c.name), c.type, c.name)),
    ];
    out.write(fields.join(',') + '\n');
  }
}

/** Writes `nodes.csv` and `relationships.csv` into the folder `dir` (which must exist). */
export function exportCsv(graph: KgGraph, dir: string): { nodes: string; relationships: string } {
  const nodes = join(dir, 'nodes.csv');
  const relationships = join(dir, 'relationships.csv');
  writeFilesAtomic('export', [
    { path: nodes, write: (out) => writeNodesCsv(graph, out) },
    { path: relationships, write: (out) => writeRelationshipsCsv(graph, out) },
  ]);
  return { nodes, relationships };
}
