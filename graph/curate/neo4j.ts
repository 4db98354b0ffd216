// Brings a Neo4j database that holds an earlier version of a corrected graph in line with it, after
// `load` has MERGEd the graph's nodes and relationships: what corrections removed is deleted
// (nodes merged away or dropped, relations dropped), and so is whatever an earlier version's
// corrections made that is not in the graph any more (an undone merge, split or added relation).
// Only gonghui-kg's :Node s and the relationships between them are touched.
import type { Driver } from 'neo4j-driver';
import type { KgGraph } from '../build.js';
import type { Neo4jConfig } from '../neo4j/config.js';
import { COMMON_LABEL } from '../neo4j/load.js';

export interface CorrectionSync {
  nodesDeleted: number;
  relationshipsDeleted: number;
}

const BATCH = 5000;

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

export async function syncCorrections(driver: Driver, config: Neo4jConfig, graph: KgGraph): Promise<CorrectionSync> {
  const session = driver.session({ database: config.database });
  const sync: CorrectionSync = { nodesDeleted: 0, relationshipsDeleted: 0 };
  const write = async (query: string, rows: unknown[]): Promise<void> => {
    const result = await session.executeWrite((tx) => tx.run(query, { rows }));
    const counters = result.summary.counters.updates();
    sync.nodesDeleted += counters.nodesDeleted;
    sync.relationshipsDeleted += counters.relationshipsDeleted;
  };
  try {
    const removed = graph.getAttribute('removed');
    for (const rows of chunks(removed?.edges ?? [])) {
      await write(
        `UNWIND $rows AS row MATCH (:${COMMON_LABEL} {id: row.source})-[r {id: row.id}]->(:${COMMON_LABEL} {id: row.target}) DELETE r`,
        rows.map(({ id, source, target }) => ({ id, source, target })),
      );
    }
    const leftOver = await session.executeRead((tx) => tx.run(`MATCH (n:${COMMON_LABEL}) WHERE n.corrections IS NOT NULL RETURN n.id AS id`));
    const staleNodes = leftOver.records.map((r) => r.get('id') as string).filter((id) => !graph.hasNode(id));
    const nodes = [...(removed?.nodes ?? []).map((n) => n.id), ...staleNodes];
    for (const rows of chunks(nodes)) await write(`UNWIND $rows AS id MATCH (n:${COMMON_LABEL} {id: id}) DETACH DELETE n`, rows);

    const relationships = await session.executeRead((tx) =>
      tx.run(`MATCH (:${COMMON_LABEL})-[r]->(:${COMMON_LABEL}) WHERE r.corrections IS NOT NULL RETURN r.id AS id, elementId(r) AS element`),
    );
    const staleRelationships = relationships.records.filter((r) => !graph.hasEdge(r.get('id') as string)).map((r) => r.get('element') as string);
    for (const rows of chunks(staleRelationships)) await write('UNWIND $rows AS element MATCH ()-[r]->() WHERE elementId(r) = element DELETE r', rows);

    // Nodes and relationships an undone correction had marked: the mark goes, the rest was updated by the load.
    const unmarkedNodes = leftOver.records.map((r) => r.get('id') as string).filter((id) => graph.hasNode(id) && graph.getNodeAttribute(id, 'corrections') === undefined);
    for (const rows of chunks(unmarkedNodes)) await write(`UNWIND $rows AS id MATCH (n:${COMMON_LABEL} {id: id}) REMOVE n.corrections`, rows);
    const unmarkedRelationships = relationships.records
      .filter((r) => graph.hasEdge(r.get('id') as string) && graph.getEdgeAttribute(r.get('id') as string, 'corrections') === undefined)
      .map((r) => r.get('element') as string);
    for (const rows of chunks(unmarkedRelationships)) await write('UNWIND $rows AS element MATCH ()-[r]->() WHERE elementId(r) = element REMOVE r.corrections', rows);
  } finally {
    await session.close();
  }
  return sync;
}
