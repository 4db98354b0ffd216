// A Cypher script that `cypher-shell -f graph.cypher` runs against Neo4j 5: uniqueness
// constraints on `id`, then nodes and relationships MERGEd in batches (UNWIND over list
// literals), so running it twice changes nothing. Every string is a single-quoted literal
// escaped so that any name — quotes, backslashes, backticks, line breaks — round-trips.
import type { KgGraph } from '../build.js';
import { compareStrings } from '../build.js';
import type { ChunkWriter } from '../store/atomic.js';
import { writeFileAtomic } from '../store/atomic.js';
import { EDGE_COLUMNS, NODE_COLUMNS, type ColumnType, dayOf, edgeValue, nodeValue } from './attributes.js';

const STRING_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A Cypher string literal for `text`. */
export function cypherString(text: string): string {
  const body = text.replace(/[\\'\u0000-\u001f\u007f\u2028\u2029]/g, (c) => STRING_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${body}'`;
}

/** A Cypher identifier (label, type, property key): backticks when not a plain name, inner backticks doubled. */
export function cypherIdentifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

type Value = string | number | readonly string[];

/** A Cypher literal for a property value; a `double` column stays a float even when whole. */
export function cypherValue(value: Value, type: ColumnType): string {
  if (typeof value === 'number') {
    const text = Number.isFinite(value) ? String(value) : '0';
    return type === 'double' && /^-?\d+$/.test(text) ? `${text}.0` : text;
  }
  if (typeof value === 'string') return cypherString(value);
  return `[${value.map(cypherString).join(', ')}]`;
}

function cypherMap(entries: [string, ColumnType, Value | undefined][]): string {
  return `{${entries
    .filter((entry): entry is [string, ColumnType, Value] => entry[2] !== undefined)
    .map(([key, type, value]) => `${cypherIdentifier(key)}: ${type === 'date' ? `date(${cypherString(dayOf(key, String(value)))})` : cypherValue(value, type)}`)
    .join(', ')}}`;
}

export interface CypherOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
}

function writeBatches(out: ChunkWriter, rows: string[], batchSize: number, statement: string): void {
  for (let i = 0; i < rows.length; i += batchSize) {
    out.write(`UNWIND [\n${rows.slice(i, i + batchSize).join(',\n')}\n] AS row\n${statement};\n`);
  }
}

export function writeCypher(graph: KgGraph, out: ChunkWriter, options: CypherOptions = {}): void {
  const batchSize = options.batchSize ?? 500;
  const byLabel = new Map<string, string[]>();
  for (const node of graph.nodes().sort(compareStrings)) {
    const label = graph.getNodeAttribute(node, 'label');
    const list = byLabel.get(label) ?? [];
    list.push(node);
    byLabel.set(label, list);
  }
  const labels = [...byLabel.keys()].sort(compareStrings);

  out.write(`// gonghui-kg graph: ${graph.order} nodes, ${graph.size} relationships.\n// Run with: cypher-shell -f <this file>\n`);
  for (const label of labels) {
    const name = cypherIdentifier(`gonghui_${label.toLowerCase()}_id`);
    out.write(`CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${cypherIdentifier(label)}) REQUIRE n.id IS UNIQUE;\n`);
  }
  for (const label of labels) {
    const rows = (byLabel.get(label) ?? []).map((node) => {
      const attributes = graph.getNodeAttributes(node);
      const props = cypherMap(NODE_COLUMNS.filter((c) => c.name !== 'label').map((c) => [c.name, c.type, nodeValue(attributes, c.name)]));
      return `{id: ${cypherString(node)}, props: ${props}}`;
    });
    writeBatches(out, rows, batchSize, `MERGE (n:${cypherIdentifier(label)} {id: row.id})\nSET n += row.props`);
  }

  // Grouped by type and end labels so every MATCH uses a label's id constraint.
  const groups = new Map<string, string[]>();
  for (const edge of graph.edges().sort(compareStrings)) {
    const attributes = graph.getEdgeAttributes(edge);
    const source = graph.source(edge);
    const target = graph.target(edge);
    const group = [attributes.type, graph.getNodeAttribute(source, 'label'), graph.getNodeAttribute(target, 'label')].join('\u0000');
    const props = cypherMap(EDGE_COLUMNS.filter((c) => c.name !== 'type').map((c) => [c.name, c.type, edgeValue(attributes, c.name)]));
    const list = groups.get(group) ?? [];
    list.push(`{from: ${cypherString(source)}, to: ${cypherString(target)}, key: ${cypherString(edge)}, props: ${props}}`);
    groups.set(group, list);
  }
  for (const group of [...groups.keys()].sort(compareStrings)) {
    const [type = '', from = '', to = ''] = group.split('\u0000');
    writeBatches(
      out,
      groups.get(group) ?? [],
      batchSize,
      `MATCH (a:${cypherIdentifier(from)} {id: row.from})\nMATCH (b:${cypherIdentifier(to)} {id: row.to})\nMERGE (a)-[r:${cypherIdentifier(type)} {key: row.key}]->(b)\nSET r += row.props`,
    );
  }
}

export function exportCypher(graph: KgGraph, path: string, options: CypherOptions = {}): void {
  writeFileAtomic('export', path, (out) => writeCypher(graph, out, options));
}
