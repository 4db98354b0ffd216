// What a node or edge of a graph file must hold for the exports, the Neo4j loader and the viewer to
// use it: the schema's label or type, and every known attribute of its declared column type. Files
// edited by hand or by other tools are checked on reading, so a bad one is named there and then
// rather than failing deep inside an export. Unknown attributes are left alone.
import { EDGE_COLUMNS, NODE_COLUMNS, type ColumnType } from '../export/attributes.js';
import { EDGE_TYPES, NODE_LABELS } from '../schema.js';

const LABELS = new Set<string>(NODE_LABELS);
const TYPES = new Set<string>(EDGE_TYPES);

const EXPECTED: Record<ColumnType, string> = {
  string: 'a string',
  integer: 'a number',
  double: 'a number',
  strings: 'a list of strings',
  date: 'a date (YYYY-MM-DD, YYYY-MM or YYYY)',
  json: 'a record or a list',
};

function fits(value: unknown, type: ColumnType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
    case 'double':
      return typeof value === 'number' && Number.isFinite(value);
    case 'strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'date':
      return typeof value === 'string' && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value);
    case 'json':
      return typeof value === 'object' && value !== null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** What is wrong with a node's attributes, or undefined. */
export function nodeProblem(attributes: unknown): string | undefined {
  if (!isObject(attributes)) return 'has no attributes object';
  if (typeof attributes.label !== 'string' || !LABELS.has(attributes.label)) {
    return `has label ${shown(attributes.label)}, expected one of ${NODE_LABELS.join(', ')}`;
  }
  if (typeof attributes.name !== 'string') return `has name ${shown(attributes.name)}, expected a string`;
  for (const { name, type } of NODE_COLUMNS) {
    const value = attributes[name];
    if (value !== undefined && !fits(value, type)) return `has ${name} ${shown(value)}, expected ${EXPECTED[type]}`;
  }
  return undefined;
}

function evidenceProblem(evidence: unknown): string | undefined {
  if (!Array.isArray(evidence)) return `has evidence ${shown(evidence)}, expected a list`;
  for (const item of evidence) {
    const ok =
      isObject(item) &&
      typeof item.article === 'string' &&
      typeof item.text === 'string' &&
      typeof item.start === 'number' &&
      typeof item.end === 'number';
    if (!ok) return `has evidence ${shown(item)}, expected {"article", "text", "start", "end"}`;
  }
  return undefined;
}

/** What is wrong with an edge's attributes, or undefined. */
export function edgeProblem(attributes: unknown): string | undefined {
  if (!isObject(attributes)) return 'has no attributes object';
  if (typeof attributes.type !== 'string' || !TYPES.has(attributes.type)) {
    return `has type ${shown(attributes.type)}, expected one of ${EDGE_TYPES.join(', ')}`;
  }
  const evidence = evidenceProblem(attributes.evidence);
  if (evidence !== undefined) return evidence;
  for (const { name, type } of EDGE_COLUMNS) {
    const value = attributes[name];
    if (name !== 'evidence' && value !== undefined && !fits(value, type)) return `has ${name} ${shown(value)}, expected ${EXPECTED[type]}`;
  }
  return undefined;
}

/** The first bad node or edge of a serialized graph, as "node "<key>" has …", or undefined. */
export function serializedGraphProblem(graph: { nodes: readonly unknown[]; edges: readonly unknown[] }): string | undefined {
  for (const node of graph.nodes) {
    const key = isObject(node) ? node.key : undefined;
    const problem = nodeProblem(isObject(node) ? node.attributes : undefined);
    if (problem !== undefined) return `node ${shown(key)} ${problem}`;
  }
  for (const edge of graph.edges) {
    const key = isObject(edge) ? edge.key : undefined;
    const problem = edgeProblem(isObject(edge) ? edge.attributes : undefined);
    if (problem !== undefined) return `edge ${shown(key)} ${problem}`;
  }
  return undefined;
}

/** A one-line, printable version of a message that may quote raw bytes of a file. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, (c) => (c === '\ufffd' ? '?' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
