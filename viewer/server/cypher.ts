// The Cypher endpoint's runner: the Neo4j module's read-only query (refused unless it keeps the
// read-only allow-list and EXPLAIN calls it a read), within the server's time and row limits, its
// result reshaped into a table plus the nodes and relationships it holds.
import type { Neo4jConfig } from '../../graph/neo4j/config.js';
import type { PlainNode, PlainRelationship, PlainValue } from '../../graph/neo4j/plain.js';
import { runReadQuery } from '../../graph/neo4j/query.js';
import type { CypherNode, CypherRelationship, CypherResponse } from '../shared/api.js';
import type { CypherRunner } from './server.js';

function collect(value: PlainValue, nodes: Map<string, CypherNode>, relationships: Map<string, CypherRelationship>): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, nodes, relationships);
    return;
  }
  if (value.kind === 'node') {
    const node = value as PlainNode;
    nodes.set(node.elementId, { id: node.elementId, labels: node.labels, properties: node.properties });
  } else if (value.kind === 'relationship') {
    const rel = value as PlainRelationship;
    relationships.set(rel.elementId, { id: rel.elementId, type: rel.type, start: rel.startElementId, end: rel.endElementId, properties: rel.properties });
  } else if (value.kind === 'path') {
    const path = value as { nodes: PlainNode[]; relationships: PlainRelationship[] };
    collect(path.nodes, nodes, relationships);
    collect(path.relationships, nodes, relationships);
  } else {
    for (const item of Object.values(value)) collect(item as PlainValue, nodes, relationships);
  }
}

export function neo4jCypherRunner(config: Neo4jConfig): CypherRunner {
  return async (query, params, limits) => {
    const result = await runReadQuery(config, query, params, limits);
    const nodes = new Map<string, CypherNode>();
    const relationships = new Map<string, CypherRelationship>();
    const rows = result.rows.map((row) => result.columns.map((column) => row[column] ?? null));
    collect(rows.flat(), nodes, relationships);
    const response: CypherResponse = { columns: result.columns, rows, nodes: [...nodes.values()], relationships: [...relationships.values()] };
    if (result.truncated) response.notice = `only the first ${limits.maxRows} rows are shown; add LIMIT or narrow the query`;
    return response;
  };
}
