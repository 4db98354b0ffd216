import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withDriver } from '../../../graph/neo4j/connection.js';
import { runReadQuery } from '../../../graph/neo4j/query.js';
import { startNeo4jServer, type RunningNeo4jServer } from '../../../graph/neo4j/server.js';
import { neo4jSkipReason } from '../../helpers/neo4j.js';

describe.skipIf(neo4jSkipReason !== undefined)('starting the bundled Neo4j server', () => {
  let busy: Server;
  let port: number;
  let home: string;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'gonghui-kg-neo4j-busy-'));
    busy = createServer();
    port = await new Promise<number>((resolve) =>
      busy.listen(0, '127.0.0.1', () => {
        const address = busy.address();
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      }),
    );
  });
  afterAll(() => {
    busy?.close();
    if (home !== undefined) rmSync(home, { recursive: true, force: true });
  });

  it('says in one line that the port is taken', async () => {
    await expect(startNeo4jServer({ home, port, password: 'test-password', quickStart: true, heap: '256m', pagecache: '16m' })).rejects.toThrow(
      `gonghui-kg/neo4j: the Neo4j server could not start: port ${port} on 127.0.0.1 is already in use (choose another with --port)`,
    );
  });

  it('refuses a password Neo4j would not accept, before starting Java', async () => {
    await expect(startNeo4jServer({ home, port: 0, password: 'short' })).rejects.toThrow('gonghui-kg/neo4j: the server password must have at least 8 characters');
    await expect(startNeo4jServer({ home, port: 0, password: 'test-password', transactionTimeout: 'forever' })).rejects.toThrow(
      'gonghui-kg/neo4j: expected a transaction timeout such as 90s or 30m, got "forever"',
    );
  });
});

describe.skipIf(neo4jSkipReason !== undefined)('the bundled Neo4j server keeps to the graph', () => {
  const password = 'secret-in-no-process-list';
  let home: string;
  let server: RunningNeo4jServer;
  const config = (): { uri: string; user: string; password: string; database: string } => ({ uri: server.uri, user: 'neo4j', password, database: 'neo4j' });

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'gonghui-kg-neo4j-locked-'));
    server = await startNeo4jServer({ home, port: 0, password, quickStart: true, heap: '512m', pagecache: '64m', transactionTimeout: '3s' });
    // This file starts two servers one after the other; on a machine busy with the other test files the second can take long.
  }, 360_000);
  afterAll(async () => {
    await server?.stop();
    if (home !== undefined) rmSync(home, { recursive: true, force: true });
  });

  it('does not show its password in the process list', () => {
    const ps = spawnSync('ps', ['-ww', '-o', 'args=', '-p', String(server.child.pid)], { encoding: 'utf8' });
    expect(ps.stdout).toContain('gonghui.Neo4jLauncher');
    expect(ps.stdout).not.toContain(password);
  });

  it('reads no file of the host through LOAD CSV, even for a query allowed to write', async () => {
    for (const url of ['file:///etc/passwd', 'file:///../../../../etc/passwd']) {
      await expect(runReadQuery(config(), `LOAD CSV FROM '${url}' AS l RETURN l LIMIT 3`, {}, { write: true })).rejects.toThrow(/file URLs|not allowed|cannot load/i);
    }
    expect(readdirSync(join(home, 'import'))).toEqual([]);
  });

  it('stops a transaction that runs longer than its timeout', async () => {
    const started = Date.now();
    await expect(
      withDriver(config(), (driver) => driver.executeQuery('UNWIND range(1, 3000000000) AS x RETURN count(x)', {}, { database: 'neo4j' })),
    ).rejects.toThrow(/timeout|terminated/i);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
