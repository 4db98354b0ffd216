// Driver values (Integer, Node, Relationship, Path, temporal and spatial types) as plain
// JSON-able values, for the command line, the viewer's Cypher panel and graph exports.
import neo4j from 'neo4j-driver';

export interface PlainNode {
  kind: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, PlainValue>;
}

export interface PlainRelationship {
  kind: 'relationship';
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, PlainValue>;
}

export interface PlainPath {
  kind: 'path';
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

export type PlainValue =
  | null
  | string
  | number
  | boolean
  | PlainValue[]
  | PlainNode
  | PlainRelationship
  | PlainPath
  | { [key: string]: PlainValue };

function plainProperties(properties: Record<string, unknown>): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const key of Object.keys(properties).sort()) out[key] = toPlain(properties[key]);
  return out;
}

function plainNode(node: { elementId: string; labels: string[]; properties: Record<string, unknown> }): PlainNode {
  return { kind: 'node', elementId: node.elementId, labels: [...node.labels].sort(), properties: plainProperties(node.properties) };
}

function plainRelationship(rel: {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}): PlainRelationship {
  return {
    kind: 'relationship',
    elementId: rel.elementId,
    type: rel.type,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    properties: plainProperties(rel.properties),
  };
}

export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isInt(value)) {
    // Counts and ids fit in a double; larger integers keep their exact digits as text.
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (value instanceof neo4j.types.Node) return plainNode(value);
  if (value instanceof neo4j.types.Relationship) return plainRelationship(value);
  if (value instanceof neo4j.types.Path) {
    const nodes = [plainNode(value.start)];
    const relationships: PlainRelationship[] = [];
    for (const segment of value.segments) {
      relationships.push(plainRelationship(segment.relationship));
      nodes.push(plainNode(segment.end));
    }
    return { kind: 'path', nodes, relationships };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return String(value);
  }
  if (typeof value === 'object') {
    const out: Record<string, PlainValue> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toPlain(item);
    return out;
  }
  return String(value);
}

/** Parameters as the driver should send them: whole numbers as Cypher integers (so `LIMIT $n` works). */
export function toParameters(params: Record<string, unknown>): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item)]));
    }
    return value;
  };
  return convert(params) as Record<string, unknown>;
}
