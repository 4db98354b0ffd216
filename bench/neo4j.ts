// Neo4j loading benchmark: a synthetic graph of 100k nodes and 500k relationships loaded with
// the batched UNWIND … MERGE loader, and in the same round a naive loader (one MERGE per
// transaction) on a slice; both into a fresh local server, after a warm-up load, in three rounds.
// Prints rows/s and the speed-up of each round and their medians, and writes them to
// bench/results/neo4j.json.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { EdgeType, NodeLabel } from '../graph/schema.js';
import { openDriver } from '../graph/neo4j/connection.js';
import type { Neo4jConfig } from '../graph/neo4j/config.js';
import { COMMON_LABEL, ensureSchema, loadRows, resetGraph } from '../graph/neo4j/load.js';
import type { NodeRow, RelationshipRow } from '../graph/neo4j/rows.js';
import { startNeo4jServer } from '../graph/neo4j/server.js';
import { median } from './median.js';

const NODES = 100_000;
const RELATIONSHIPS_PER_NODE = 5;
const NAIVE_NODES = 1_000;
const NAIVE_RELATIONSHIPS = 3_000;
const BATCH = 10_000;
const ROUNDS = 3;

const LABELS: NodeLabel[] = ['Union', 'Person', 'Organization', 'Initiative', 'Street', 'District', 'Article'];
const TYPES: EdgeType[] = ['MEMBER_OF', 'ORGANIZED', 'PARTICIPATED_IN', 'LOCATED_IN', 'MENTIONS'];
const NAME_PARTS = [...'华建城通达信泰恒远博安康盛鑫宏科中京兴源顺发联创利嘉金'];

function syntheticRows(prefix: string, nodeCount: number, relationshipCount: number): { nodes: NodeRow[]; relationships: RelationshipRow[] } {
  const nodes: NodeRow[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const label = LABELS[i % LABELS.length]!;
    const name = `${NAME_PARTS[i % NAME_PARTS.length]}${NAME_PARTS[(i * 7) % NAME_PARTS.length]}${i}号${label === 'Union' ? '工会' : ''}`;
    const id = `${prefix}${label}:${name}`;
    nodes.push({ id, label, props: { id, name, aliases: [], mentions: neo4j.int(1 + (i % 5)), firstSource: 'bench.txt', lastSource: 'bench.txt' } });
  }
  const relationships: RelationshipRow[] = [];
  // Fixed strides give distinct (from, to, type) triples without a random generator.
  for (let k = 0; relationships.length < relationshipCount; k++) {
    for (let i = 0; i < nodeCount && relationships.length < relationshipCount; i++) {
      const from = nodes[i]!.id;
      const to = nodes[(i + 1 + k * 7919) % nodeCount]!.id;
      const type = TYPES[(i + k) % TYPES.length]!;
      const id = `${type}|${from}|${to}`;
      const sentence = `第${i}句证据：${nodes[i]!.props.name as string}。`;
      relationships.push({
        id,
        type,
        from,
        to,
        props: {
          id,
          weight: neo4j.int(1),
          evidenceArticles: [`${prefix}Article:bench.txt#${k}`],
          evidenceTexts: [sentence],
          evidenceStarts: [neo4j.int(i)],
          evidenceEnds: [neo4j.int(i + sentence.length)],
        },
      });
    }
  }
  return { nodes, relationships };
}

/** The loader a first attempt would write: one MERGE, one transaction, per row. */
async function naiveLoad(driver: neo4j.Driver, config: Neo4jConfig, nodes: NodeRow[], relationships: RelationshipRow[]): Promise<number> {
  const started = performance.now();
  const session = driver.session({ database: config.database });
  try {
    for (const row of nodes) {
      await session.executeWrite((tx) => tx.run(`MERGE (n:${COMMON_LABEL} {id: $id}) SET n:${row.label} SET n += $props`, { id: row.id, props: row.props }));
    }
    for (const row of relationships) {
      await session.executeWrite((tx) =>
        tx.run(`MATCH (a:${COMMON_LABEL} {id: $from}) MATCH (b:${COMMON_LABEL} {id: $to}) MERGE (a)-[r:${row.type} {id: $id}]->(b) SET r += $props`, row),
      );
    }
  } finally {
    await session.close();
  }
  return (performance.now() - started) / 1000;
}

/** CPU seconds the server process has used so far (Linux /proc; 100 clock ticks per second). */
function serverCpuSeconds(pid: number | undefined): number {
  const stat = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(stat)) return Number.NaN;
  const fields = readFileSync(stat, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const home = mkdtempSync(join(tmpdir(), 'gonghui-kg-bench-neo4j-'));
const password = 'bench-password';
const server = await startNeo4jServer({ home, port: 0, password, heap: '1g', pagecache: '512m' }, (line) => console.error(line));
const config: Neo4jConfig = { uri: server.uri, user: 'neo4j', password, database: 'neo4j' };
const driver = await openDriver(config);
try {
  const synthetic = syntheticRows('', NODES, NODES * RELATIONSHIPS_PER_NODE);
  const slice = syntheticRows('naive-', NAIVE_NODES, NAIVE_RELATIONSHIPS);
  await ensureSchema(driver, config);

  // The JVM compiles Neo4j's hot paths during the first minute of writes; the rounds come after that.
  const warmup = syntheticRows('warmup-', 20_000, 100_000);
  await loadRows(driver, config, warmup.nodes, warmup.relationships, { batchSize: BATCH });

  // The host's speed drifts from one minute to the next: each round measures the naive loader
  // and then the batched one back to back on an empty database, and the rounds' medians are the result.
  const naiveRows = slice.nodes.length + slice.relationships.length;
  const rows = synthetic.nodes.length + synthetic.relationships.length;
  const rounds: { naiveSeconds: number; batchedSeconds: number; serverCpuSeconds: number; speedup: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    await resetGraph(driver, config);
    const naiveSeconds = await naiveLoad(driver, config, slice.nodes, slice.relationships);
    const cpuBefore = serverCpuSeconds(server.child.pid);
    const summary = await loadRows(driver, config, synthetic.nodes, synthetic.relationships, { batchSize: BATCH });
    const serverCpu = serverCpuSeconds(server.child.pid) - cpuBefore;
    const speedup = naiveSeconds / naiveRows / (summary.seconds / rows);
    rounds.push({ naiveSeconds, batchedSeconds: summary.seconds, serverCpuSeconds: serverCpu, speedup });
    console.log(
      `round ${round} of ${ROUNDS}: batched ${rows} rows in ${summary.seconds.toFixed(2)} s = ${Math.round(rows / summary.seconds)} rows/s ` +
        `(server CPU ${serverCpu.toFixed(1)} s); naive ${naiveRows} rows in ${naiveSeconds.toFixed(2)} s = ${Math.round(naiveRows / naiveSeconds)} rows/s; ` +
        `${speedup.toFixed(1)}×`,
    );
  }
  const batchedSeconds = median(rounds.map((r) => r.batchedSeconds));
  const naiveSeconds = median(rounds.map((r) => r.naiveSeconds));
  const serverCpu = median(rounds.map((r) => r.serverCpuSeconds));

  // Idempotency at scale: the same graph once more, into the database the last round filled.
  const again = await loadRows(driver, config, synthetic.nodes, synthetic.relationships, { batchSize: BATCH });
  const againRate = rows / again.seconds;

  const result = {
    nodes: synthetic.nodes.length,
    relationships: synthetic.relationships.length,
    batchSize: BATCH,
    rounds: rounds.map((r) => ({
      batchedRowsPerSecond: Math.round(rows / r.batchedSeconds),
      naiveRowsPerSecond: Math.round(naiveRows / r.naiveSeconds),
      speedup: Number(r.speedup.toFixed(1)),
    })),
    batchedSeconds: Number(batchedSeconds.toFixed(2)),
    batchedRowsPerSecond: Math.round(rows / batchedSeconds),
    // Wall-clock rates depend on what else the machine runs; these say how much of it we got.
    serverCpuSeconds: Number(serverCpu.toFixed(1)),
    rowsPerServerCpuSecond: Math.round(rows / serverCpu),
    cores: availableParallelism(),
    loadAverage: Number((loadavg()[0] ?? 0).toFixed(1)),
    reloadSeconds: Number(again.seconds.toFixed(2)),
    reloadRowsPerSecond: Math.round(againRate),
    reloadCreated: again.nodesCreated + again.relationshipsCreated,
    naiveRows,
    naiveSeconds: Number(naiveSeconds.toFixed(2)),
    naiveRowsPerSecond: Math.round(naiveRows / naiveSeconds),
    speedup: Number(median(rounds.map((r) => r.speedup)).toFixed(1)),
    targets: { rowsPerSecond: 20_000, speedup: 20 },
  };
  console.log(
    [
      `median of ${ROUNDS} rounds:`,
      `batched: ${rows} rows (${result.nodes} nodes, ${result.relationships} relationships) in ${result.batchedSeconds} s = ${result.batchedRowsPerSecond} rows/s (target ≥ 20000)`,
      `server CPU: ${result.serverCpuSeconds} s = ${result.rowsPerServerCpuSecond} rows per CPU-second (${result.cores} cores, load average ${result.loadAverage})`,
      `naive, one MERGE per transaction: ${naiveRows} rows in ${result.naiveSeconds} s = ${result.naiveRowsPerSecond} rows/s`,
      `speed-up: ${result.speedup}× (target ≥ 20×; each round's ratio, then their median)`,
      `reload of the same graph: ${result.reloadSeconds} s = ${result.reloadRowsPerSecond} rows/s, ${result.reloadCreated} created`,
    ].join('\n'),
  );
  const results = join(process.cwd(), 'bench', 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'neo4j.json'), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await driver.close();
  await server.stop();
  rmSync(home, { recursive: true, force: true });
}
