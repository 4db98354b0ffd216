// Starts a real Neo4j server for one test file, on a free port with a temporary data folder.
// One server per file: Community Edition has a single user database, so files running in
// parallel workers must not share one. With CI=true a missing Java fails the tests instead of
// skipping them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Neo4jConfig } from '../../graph/neo4j/config.js';
import { neo4jServerUnavailableReason, startNeo4jServer, type RunningNeo4jServer } from '../../graph/neo4j/server.js';

export const TEST_PASSWORD = 'test-password';

function skipReason(): string | undefined {
  if (process.env.CI === 'true') return undefined;
  const reason = neo4jServerUnavailableReason();
  if (reason !== undefined) process.stderr.write(`Neo4j tests skipped: ${reason}\n`);
  return reason;
}

/** Why the Neo4j tests skip on this machine, or undefined when they run. */
export const neo4jSkipReason: string | undefined = skipReason();

export interface TestNeo4j {
  config: Neo4jConfig;
  server: RunningNeo4jServer;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
}

export async function startTestNeo4j(): Promise<TestNeo4j> {
  const home = mkdtempSync(join(tmpdir(), 'gonghui-kg-neo4j-'));
  const server = await startNeo4jServer({ home, port: 0, password: TEST_PASSWORD, heap: '512m', pagecache: '64m', quickStart: true });
  return {
    config: { uri: server.uri, user: 'neo4j', password: TEST_PASSWORD, database: 'neo4j' },
    server,
    async stop() {
      await server.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
