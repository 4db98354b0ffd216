// The node and edge attributes every tabular export writes, with their types, so that
// GEXF, GraphML and CSV declare the same columns.
import type { EdgeAttributes, NodeAttributes } from '../schema.js';

export type ColumnType = 'string' | 'integer' | 'double' | 'strings';

export interface NodeColumn {
  name: keyof NodeAttributes;
  type: ColumnType;
}

export const NODE_COLUMNS: readonly NodeColumn[] = [
  { name: 'label', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'aliases', type: 'strings' },
  { name: 'mentions', type: 'integer' },
  { name: 'firstSource', type: 'string' },
  { name: 'lastSource', type: 'string' },
  { name: 'district', type: 'string' },
  { name: 'roles', type: 'strings' },
  { name: 'key', type: 'string' },
  { name: 'corrections', type: 'strings' },
  { name: 'source', type: 'string' },
  { name: 'index', type: 'integer' },
  { name: 'title', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'subtitles', type: 'strings' },
  { name: 'text', type: 'string' },
  { name: 'spanStart', type: 'integer' },
  { name: 'spanEnd', type: 'integer' },
  { name: 'degree', type: 'integer' },
  { name: 'weightedDegree', type: 'integer' },
  { name: 'pagerank', type: 'double' },
  { name: 'betweenness', type: 'double' },
  { name: 'community', type: 'integer' },
  { name: 'component', type: 'integer' },
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
];

export interface EdgeColumn {
  name: keyof EdgeAttributes;
  type: ColumnType;
}

/** `evidence` is written as JSON text: no export format has a list-of-records type. */
export const EDGE_COLUMNS: readonly EdgeColumn[] = [
  { name: 'type', type: 'string' },
  { name: 'role', type: 'string' },
  { name: 'weight', type: 'integer' },
  { name: 'evidence', type: 'string' },
  { name: 'corrections', type: 'strings' },
];

export function edgeValue(attributes: EdgeAttributes, name: keyof EdgeAttributes): string | number | string[] | undefined {
  if (name === 'evidence') return JSON.stringify(attributes.evidence);
  return attributes[name];
}

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/F). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML attribute value or element; unrepresentable characters become U+FFFD. */
export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, '\uFFFD').replace(/[&<>"\n\r\t]/g, (c) => XML_ESCAPES[c] ?? c);
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};
