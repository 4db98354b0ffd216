// The node and edge columns every tabular export writes, from the attribute table
// (graph/attributes.ts), so that GEXF, GraphML, CSV and Cypher declare the same columns.
import { firstDay, lastDay } from '../../extractor/dates/calendar.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, PERIOD_ENDS, type AttributeKind } from '../attributes.js';
import type { EdgeAttributes, NodeAttributes } from '../schema.js';

export type ColumnType = AttributeKind;

export interface NodeColumn {
  name: keyof NodeAttributes;
  type: ColumnType;
  layout?: true;
}

export const NODE_COLUMNS: readonly NodeColumn[] = NODE_ATTRIBUTES.map((a) => ({ name: a.name, type: a.kind, ...(a.layout ? { layout: true as const } : {}) }));

export interface EdgeColumn {
  name: keyof EdgeAttributes;
  type: ColumnType;
}

/** `evidence` is JSON text: no export format has a list-of-records type. */
export const EDGE_COLUMNS: readonly EdgeColumn[] = EDGE_ATTRIBUTES.map((a) => ({ name: a.name, type: a.kind }));

/** A value as a column holds it: records (json columns) as JSON text. */
export function nodeValue(attributes: NodeAttributes, name: keyof NodeAttributes): string | number | string[] | undefined {
  const value = attributes[name];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return JSON.stringify(value);
  return value as string | number | string[] | undefined;
}

export function edgeValue(attributes: EdgeAttributes, name: keyof EdgeAttributes): string | number | string[] | undefined {
  if (name === 'evidence') return JSON.stringify(attributes.evidence);
  return attributes[name];
}

/**
 * The one day a date column stands for where a format has a day type (Neo4j DATE): a month or
 * a year becomes its first day, or its last for a date that ends a period (lastDate, end).
 */
export function dayOf(name: string, date: string): string {
  return PERIOD_ENDS.has(name) ? lastDay(date) : firstDay(date);
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
