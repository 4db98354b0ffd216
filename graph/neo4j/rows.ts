// The graph as rows for Neo4j: one row per node and per edge, labels and types from the schema
// only, properties as Cypher-friendly values (evidence as parallel arrays on relationships).
import type { KgGraph } from '../model.js';
import neo4j, { type Date as Neo4jDate, type Integer } from 'neo4j-driver';
import { KgError } from '../../extractor/errors.js';
import { parseIso } from '../../extractor/dates/calendar.js';
import { attributesOfKind } from '../attributes.js';
import { dayOf } from '../export/attributes.js';
import type { EdgeType, NodeLabel } from '../schema.js';
import { EDGE_TYPES, NODE_LABELS } from '../schema.js';

export type PropertyValue = string | number | boolean | Integer | Neo4jDate<Integer> | string[] | number[] | boolean[] | Integer[];
export type Properties = Record<string, PropertyValue>;

export interface NodeRow {
  id: string;
  label: NodeLabel;
  props: Properties;
}

export interface RelationshipRow {
  id: string;
  type: EdgeType;
  from: string;
  to: string;
  props: Properties;
}

/** Attributes that count things: stored as Cypher integers, not floats, so `LIMIT $n` or `= 3` behave. */
const INTEGER_PROPERTIES = new Set([...attributesOfKind('integer'), 'evidenceStarts', 'evidenceEnds']);
/** Dates: native DATE values, so `WHERE a.date >= date('2020-01-01')` compares them. */
const DATE_PROPERTIES = attributesOfKind('date');
/** Records: JSON text (a property holds no map). */
const JSON_PROPERTIES = attributesOfKind('json');

function toDate(name: string, value: string): Neo4jDate<Integer> | undefined {
  const day = parseIso(dayOf(name, value));
  return day === undefined ? undefined : new neo4j.types.Date(neo4j.int(day.year), neo4j.int(day.month!), neo4j.int(day.day!));
}

const LABELS = new Set<string>(NODE_LABELS);
const TYPES = new Set<string>(EDGE_TYPES);

export function assertNodeLabel(label: string): asserts label is NodeLabel {
  if (!LABELS.has(label)) throw new KgError('neo4j', `node label "${label}" is not in the schema (${NODE_LABELS.join(', ')})`);
}

export function assertEdgeType(type: string): asserts type is EdgeType {
  if (!TYPES.has(type)) throw new KgError('neo4j', `relationship type "${type}" is not in the schema (${EDGE_TYPES.join(', ')})`);
}

function toProperty(name: string, value: unknown): PropertyValue | undefined {
  if (DATE_PROPERTIES.has(name)) return typeof value === 'string' ? toDate(name, value) : undefined;
  if (JSON_PROPERTIES.has(name)) return value === undefined ? undefined : JSON.stringify(value);
  const integer = INTEGER_PROPERTIES.has(name);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    return integer && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (!Array.isArray(value)) return undefined;
  // Neo4j lists are homogeneous; an empty list is stored too (aliases: []).
  if (value.every((item) => typeof item === 'string')) return value as string[];
  if (value.every((item) => typeof item === 'boolean')) return value as boolean[];
  if (value.every((item) => typeof item === 'number' && Number.isFinite(item))) {
    const numbers = value as number[];
    return integer && numbers.every(Number.isInteger) ? numbers.map((n) => neo4j.int(n)) : numbers;
  }
  return undefined;
}

export function toProperties(attributes: Record<string, unknown>, skip: ReadonlySet<string>): Properties {
  const props: Properties = {};
  for (const name of Object.keys(attributes).sort()) {
    // Property names end up in query text (quoted); anything but a plain identifier is left out.
    if (skip.has(name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
    const value = toProperty(name, attributes[name]);
    if (value !== undefined) props[name] = value;
  }
  return props;
}

const NODE_SKIP = new Set(['label']);
const EDGE_SKIP = new Set(['type', 'evidence']);

export function nodeRows(graph: KgGraph): NodeRow[] {
  return graph.mapNodes((id, attributes) => {
    assertNodeLabel(attributes.label);
    return { id, label: attributes.label, props: { ...toProperties({ ...attributes }, NODE_SKIP), id } };
  });
}

export function relationshipRows(graph: KgGraph): RelationshipRow[] {
  return graph.mapEdges((id, attributes, from, to) => {
    assertEdgeType(attributes.type);
    const evidence = attributes.evidence;
    const props: Properties = {
      ...toProperties({ ...attributes }, EDGE_SKIP),
      id,
      evidenceArticles: evidence.map((e) => e.article),
      evidenceTexts: evidence.map((e) => e.text),
      evidenceStarts: evidence.map((e) => neo4j.int(e.start)),
      evidenceEnds: evidence.map((e) => neo4j.int(e.end)),
    };
    return { id, type: attributes.type, from, to, props };
  });
}
