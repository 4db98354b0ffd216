import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4jServer } from '../../../graph/neo4j/server.js';
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
  });
});
