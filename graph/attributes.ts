// Every node and edge attribute, declared once with its kind: the key order of graph files, the
// columns of GEXF, GraphML and CSV, and the property types in Neo4j all derive from these tables.
import type { EdgeAttributes, NodeAttributes } from './schema.js';

/**
 * string; integer (a count: a Cypher integer); double; date (ISO, a Neo4j DATE); strings (a list);
 * json (a record or list of records, written as JSON text where a format has no such type).
 */
export type AttributeKind = 'string' | 'integer' | 'double' | 'date' | 'strings' | 'json';

export interface AttributeSpec<Name extends string> {
  name: Name;
  kind: AttributeKind;
  /**
   * For a date that ends a period (lastDate, end): where a month or a year becomes one day (Neo4j
   * DATE), it becomes its last day; other dates become their first.
   */
  endsPeriod?: true;
  /** Written to graph files only, not exported as a column (the layout: GEXF has its own). */
  layout?: true;
}

export const NODE_ATTRIBUTES: readonly AttributeSpec<keyof NodeAttributes>[] = [
  { name: 'label', kind: 'string' },
  { name: 'name', kind: 'string' },
  { name: 'aliases', kind: 'strings' },
  { name: 'mentions', kind: 'integer' },
  { name: 'firstSource', kind: 'string' },
  { name: 'lastSource', kind: 'string' },
  { name: 'firstDate', kind: 'date' },
  { name: 'lastDate', kind: 'date', endsPeriod: true },
  { name: 'district', kind: 'string' },
  { name: 'districts', kind: 'json' },
  { name: 'roles', kind: 'strings' },
  { name: 'key', kind: 'string' },
  { name: 'corrections', kind: 'strings' },
  { name: 'start', kind: 'date' },
  { name: 'end', kind: 'date', endsPeriod: true },
  { name: 'dateEvidence', kind: 'json' },
  { name: 'source', kind: 'string' },
  { name: 'index', kind: 'integer' },
  { name: 'title', kind: 'string' },
  { name: 'kind', kind: 'string' },
  { name: 'date', kind: 'date' },
  { name: 'dateSource', kind: 'string' },
  { name: 'outlet', kind: 'string' },
  { name: 'subtitles', kind: 'strings' },
  { name: 'text', kind: 'string' },
  { name: 'spanStart', kind: 'integer' },
  { name: 'spanEnd', kind: 'integer' },
  { name: 'degree', kind: 'integer' },
  { name: 'weightedDegree', kind: 'integer' },
  { name: 'pagerank', kind: 'double' },
  { name: 'betweenness', kind: 'double' },
  { name: 'community', kind: 'integer' },
  { name: 'component', kind: 'integer' },
  { name: 'x', kind: 'double', layout: true },
  { name: 'y', kind: 'double', layout: true },
];

export const EDGE_ATTRIBUTES: readonly AttributeSpec<keyof EdgeAttributes>[] = [
  { name: 'type', kind: 'string' },
  { name: 'role', kind: 'string' },
  { name: 'weight', kind: 'integer' },
  { name: 'firstDate', kind: 'date' },
  { name: 'lastDate', kind: 'date', endsPeriod: true },
  { name: 'evidence', kind: 'json' },
  { name: 'corrections', kind: 'strings' },
];

/** Names of every attribute (node or edge) of a kind. */
export function attributesOfKind(kind: AttributeKind): Set<string> {
  return new Set([...NODE_ATTRIBUTES, ...EDGE_ATTRIBUTES].filter((a) => a.kind === kind).map((a) => a.name));
}

/** Dates that end a period, node or edge (see AttributeSpec.endsPeriod). */
export const PERIOD_ENDS: ReadonlySet<string> = new Set([...NODE_ATTRIBUTES, ...EDGE_ATTRIBUTES].filter((a) => a.endsPeriod).map((a) => a.name));
