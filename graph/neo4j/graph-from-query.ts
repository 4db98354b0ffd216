// A query result as a knowledge graph: every node, relationship and path anywhere in the rows,
// plus the end nodes of returned relationships, with gonghui-kg's attributes restored
// (evidence from the parallel arrays on relationships).
import type { Driver } from 'neo4j-driver';
import { KgError } from '../../extractor/errors.js';
import { createGraph, type KgGraph } from '../build.js';
import type { EdgeAttributes, EdgeType, EvidenceRef, NodeAttributes, NodeLabel } from '../schema.js';
import { EDGE_TYPES, NODE_LABELS } from '../schema.js';
import type { Neo4jConfig } from './config.js';
import type { PlainNode, PlainRelationship, PlainValue } from './plain.js';
import { toPlain } from './plain.js';
import { runQuery, type QueryResult } from './query.js';

function collect(value: PlainValue, nodes: Map<string, PlainNode>, relationships: Map<string, PlainRelationship>): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, nodes, relationships);
    return;
  }
  if (value.kind === 'node' && typeof value.elementId === 'string') {
    nodes.set(value.elementId, value as PlainNode);
  } else if (value.kind === 'relationship' && typeof value.elementId === 'string') {
    relationships.set(value.elementId, value as PlainRelationship);
  } else if (value.kind === 'path') {
    collect((value as { nodes: PlainValue }).nodes, nodes, relationships);
    collect((value as { relationships: PlainValue }).relationships, nodes, relationships);
  } else {
    for (const item of Object.values(value)) collect(item as PlainValue, nodes, relationships);
  }
}

const strings = (value: PlainValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const numbers = (value: PlainValue | undefined): number[] =>
  Array.isArray(value) ? value.filter((item): item is number => typeof item === 'number') : [];

function nodeKey(node: PlainNode): string {
  const id = node.properties.id;
  return typeof id === 'string' ? id : node.elementId;
}

function nodeAttributes(node: PlainNode): NodeAttributes {
  const label = NODE_LABELS.find((candidate) => node.labels.includes(candidate));
  if (label === undefined) {
    throw new KgError('neo4j', `the query returned a node labelled ${node.labels.map((l) => `:${l}`).join('') || '(none)'}, which is not a gonghui-kg node (${NODE_LABELS.join(', ')})`);
  }
  const { id: _id, ...properties } = node.properties;
  const name = properties.name;
  return {
    ...(properties as Partial<NodeAttributes>),
    label: label as NodeLabel,
    name: typeof name === 'string' ? name : nodeKey(node),
    aliases: strings(properties.aliases),
    mentions: typeof properties.mentions === 'number' ? properties.mentions : 0,
    firstSource: typeof properties.firstSource === 'string' ? properties.firstSource : '',
    lastSource: typeof properties.lastSource === 'string' ? properties.lastSource : '',
  };
}

function edgeAttributes(rel: PlainRelationship): EdgeAttributes {
  if (!EDGE_TYPES.includes(rel.type as EdgeType)) {
    throw new KgError('neo4j', `the query returned a relationship of type :${rel.type}, which is not a gonghui-kg relationship (${EDGE_TYPES.join(', ')})`);
  }
  const p = rel.properties;
  const articles = strings(p.evidenceArticles);
  const texts = strings(p.evidenceTexts);
  const starts = numbers(p.evidenceStarts);
  const ends = numbers(p.evidenceEnds);
  const evidence: EvidenceRef[] = articles.map((article, i) => ({ article, text: texts[i] ?? '', start: starts[i] ?? 0, end: ends[i] ?? 0 }));
  const attributes: EdgeAttributes = { type: rel.type as EdgeType, weight: typeof p.weight === 'number' ? p.weight : evidence.length, evidence };
  if (typeof p.role === 'string' && p.role !== '') attributes.role = p.role;
  return attributes;
}

/** Fetches nodes by element id: the ends of returned relationships the query did not return. */
async function fetchNodes(driver: Driver, config: Neo4jConfig, elementIds: string[]): Promise<PlainNode[]> {
  if (elementIds.length === 0) return [];
  const session = driver.session({ database: config.database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: elementIds }));
    return result.records.map((record) => toPlain(record.get('n')) as PlainNode);
  } finally {
    await session.close();
  }
}

export async function graphFromResult(driver: Driver, config: Neo4jConfig, result: QueryResult): Promise<KgGraph> {
  const nodes = new Map<string, PlainNode>();
  const relationships = new Map<string, PlainRelationship>();
  for (const row of result.rows) collect(Object.values(row), nodes, relationships);
  const missing = [...new Set([...relationships.values()].flatMap((rel) => [rel.startElementId, rel.endElementId]))].filter((id) => !nodes.has(id));
  for (const node of await fetchNodes(driver, config, missing)) nodes.set(node.elementId, node);

  const graph = createGraph();
  const keys = new Map<string, string>();
  for (const node of nodes.values()) {
    const key = nodeKey(node);
    keys.set(node.elementId, key);
    if (!graph.hasNode(key)) graph.addNode(key, nodeAttributes(node));
  }
  for (const rel of relationships.values()) {
    const source = keys.get(rel.startElementId);
    const target = keys.get(rel.endElementId);
    if (source === undefined || target === undefined) continue;
    const key = typeof rel.properties.id === 'string' ? rel.properties.id : rel.elementId;
    if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, source, target, edgeAttributes(rel));
  }
  return graph;
}

/** Runs a read-only query and turns its nodes, relationships and paths into a graph. */
export async function graphFromQuery(driver: Driver, config: Neo4jConfig, query: string, params: Record<string, unknown> = {}): Promise<KgGraph> {
  return graphFromResult(driver, config, await runQuery(driver, config, query, params));
}
