// A bounded soak of the explorer's server over loopback: a fixed number of requests of every kind
// the app makes (and some it refuses), with the heap measured after a full collection at
// checkpoints. A server that kept something per request would grow with the count.
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viewerAppDir } from '../../viewer/server/app-dir.js';
import { loadGraph } from '../../viewer/server/graph-source.js';
import { startViewerServer, type RunningViewerServer } from '../../viewer/server/server.js';

const FIXTURE = join('tests', 'fixtures', 'viewer', 'graph.json');

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

describe('the explorer server under a soak of requests', () => {
  let server: RunningViewerServer;

  beforeAll(async () => {
    server = await startViewerServer({ graph: await loadGraph(FIXTURE), appDir: viewerAppDir(), settings: { port: 0 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  async function round(count: number): Promise<void> {
    const origin = server.url.replace(/\/$/, '');
    const paths = ['', 'api/info', 'api/graph', `api/article/${encodeURIComponent('Article:fixture_a.txt#1')}`, 'api/article/none', 'no/such/file', '%2e%2e/package.json'];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < count) {
        const i = next++;
        const response =
          i % 8 === 7
            ? await fetch(new URL('api/cypher', server.url), { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: '{"query":"RETURN 1"}' })
            : await fetch(new URL(paths[i % paths.length]!, server.url));
        await response.arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
  }

  it('levels off: the heap after 4,000 more requests is within a few MB of the heap after the first 2,000', async () => {
    await round(2000);
    const settled = heapAfterCollection();
    await round(2000);
    const middle = heapAfterCollection();
    await round(2000);
    const end = heapAfterCollection();
    const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
    process.stderr.write(`explorer soak: heap after 2,000 / 4,000 / 6,000 requests: ${mb(settled)} / ${mb(middle)} / ${mb(end)} MB\n`);
    expect(end - settled).toBeLessThan(4 * 2 ** 20);
  }, 120_000);
});
