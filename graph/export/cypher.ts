// A Cypher script that `cypher-shell -f graph.cypher` runs against Neo4j 5, giving the database
// what `gonghui-kg load` gives it: the same constraint and indexes, every node :Node with a unique
// `id` and its type label, every relationship with its `id`, the same properties (the loader's
// rows), MERGEd in batches (UNWIND over list literals), so running it twice, or loading after it,
// changes nothing. Every string is a single-quoted literal escaped so that any name — quotes,
// backslashes, backticks, line breaks — round-trips.
import neo4j from 'neo4j-driver';
import type { KgGraph } from '../build.js';
import { compareStrings } from '../build.js';
import { COMMON_LABEL, schemaStatements } from '../neo4j/load.js';
import { nodeRows, relationshipRows, type Properties, type PropertyValue } from '../neo4j/rows.js';
import type { ChunkWriter } from '../store/atomic.js';
import { writeFileAtomic } from '../store/atomic.js';

const STRING_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * A Cypher string literal for `text`. Control characters and lone surrogates (which UTF-8 cannot
 * carry, so a file would hold U+FFFD instead) are written as \u escapes: the name survives exactly.
 */
export function cypherString(text: string): string {
  const body = text.replace(
    /[\\'\u0000-\u001f\u007f\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (c) => STRING_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${body}'`;
}

/** A Cypher identifier (label, type, property key): backticks when not a plain name, inner backticks doubled. */
export function cypherIdentifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** A Cypher literal for a property value as the loader sends it: Integers stay integers, other numbers floats. */
export function cypherValue(value: PropertyValue): string {
  if (neo4j.isInt(value)) return value.toString();
  if (neo4j.isDate(value)) return `date(${cypherString(value.toString())})`;
  if (typeof value === 'number') {
    const text = String(value).replace('e+', 'e');
    return /^-?\d+$/.test(text) ? `${text}.0` : text;
  }
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  return `[${(value as PropertyValue[]).map(cypherValue).join(', ')}]`;
}

function cypherMap(props: Properties): string {
  return `{${Object.keys(props)
    .sort(compareStrings)
    .map((key) => `${cypherIdentifier(key)}: ${cypherValue(props[key]!)}`)
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

function byKey<R>(rows: R[], key: (row: R) => string): [string, R[]][] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const list = groups.get(key(row)) ?? [];
    list.push(row);
    groups.set(key(row), list);
  }
  return [...groups].sort(([a], [b]) => compareStrings(a, b));
}

export function writeCypher(graph: KgGraph, out: ChunkWriter, options: CypherOptions = {}): void {
  const batchSize = options.batchSize ?? 500;
  out.write(`// gonghui-kg graph: ${graph.order} nodes, ${graph.size} relationships.\n// Run with: cypher-shell -f <this file>\n`);
  for (const statement of schemaStatements()) out.write(`${statement};\n`);

  const nodes = nodeRows(graph).sort((a, b) => compareStrings(a.id, b.id));
  for (const [label, rows] of byKey(nodes, (row) => row.label)) {
    const literals = rows.map((row) => `{id: ${cypherString(row.id)}, props: ${cypherMap(row.props)}}`);
    writeBatches(out, literals, batchSize, `MERGE (n:${COMMON_LABEL} {id: row.id})\nSET n:${cypherIdentifier(label)}\nSET n += row.props`);
  }
  const relationships = relationshipRows(graph).sort((a, b) => compareStrings(a.id, b.id));
  for (const [type, rows] of byKey(relationships, (row) => row.type)) {
    const literals = rows.map((row) => `{id: ${cypherString(row.id)}, from: ${cypherString(row.from)}, to: ${cypherString(row.to)}, props: ${cypherMap(row.props)}}`);
    writeBatches(
      out,
      literals,
      batchSize,
      `MATCH (a:${COMMON_LABEL} {id: row.from})\nMATCH (b:${COMMON_LABEL} {id: row.to})\nMERGE (a)-[r:${cypherIdentifier(type)} {id: row.id}]->(b)\nSET r += row.props`,
    );
  }
}

export function exportCypher(graph: KgGraph, path: string, options: CypherOptions = {}): void {
  writeFileAtomic('export', path, (out) => writeCypher(graph, out, options));
}
