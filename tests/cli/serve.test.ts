// `gonghui-kg serve`: the built command, its JSON API, and what it refuses.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = join('dist', 'cli', 'main.js');
const FIXTURE = join('tests', 'fixtures', 'viewer', 'graph.json');

/** A request with the path and headers sent exactly as written (fetch would normalize "..", and sets Host itself). */
function rawRequest(url: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(url), { path, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return rawRequest(url, path);
}

describe('gonghui-kg serve', () => {
  let child: ChildProcess;
  let url: string;
  let stdout = '';

  beforeAll(async () => {
    child = spawn(process.execPath, [CLI, 'serve', FIXTURE, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = /http:\/\/\S+\//.exec(stdout);
        if (found) resolve(found[0]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
  });

  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('listens on 127.0.0.1 by default and prints the URL with the graph size', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(stdout).toContain('17 nodes, 30 edges');
  });

  it('serves the viewer page and the graph file as is', async () => {
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="graph"');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const graph = await fetch(new URL('api/graph', url));
    expect(await graph.text()).toBe(readFileSync(FIXTURE, 'utf8'));
    const info = (await (await fetch(new URL('api/info', url))).json()) as Record<string, unknown>;
    expect(info).toEqual({ graph: 'graph.json', nodes: 17, edges: 30, cypher: false });
  });

  it('gives an article’s text with its mentions at the right offsets', async () => {
    const id = 'Article:fixture_a.txt#1';
    const response = await fetch(new URL(`api/article/${encodeURIComponent(id)}`, url));
    const view = (await response.json()) as { title: string; text: string; mentions: { start: number; end: number; name: string; node: string }[] };
    expect(view.title).toBe('望京街道总工会举办职工技能大赛');
    expect(view.mentions.length).toBeGreaterThan(8);
    for (const mention of view.mentions) expect(view.text.slice(mention.start, mention.end)).toBe(mention.name);
    expect(view.mentions.map((m) => m.node)).toContain('Union:望京街道总工会');
    const missing = await fetch(new URL(`api/article/${encodeURIComponent('Article:nope#1')}`, url));
    expect(missing.status).toBe(404);
  });

  it('answers 404 to every path-traversal attempt', async () => {
    for (const path of ['/../package.json', '/../../etc/passwd', '/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '/assets/%2e%2e/index.html']) {
      const response = await rawGet(url, path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('"name": "gonghui-kg"');
    }
  });

  it('says Cypher is off without Neo4j, and refuses oversized requests', async () => {
    const origin = url.replace(/\/$/, '');
    const off = await fetch(new URL('api/cypher', url), { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: '{"query":"RETURN 1"}' });
    expect(off.status).toBe(404);
    expect(((await off.json()) as { error: string }).error).toContain('--neo4j');
    const big = await fetch(new URL('api/cypher', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ query: 'x'.repeat(200_000) }),
    });
    expect(big.status).toBe(413);
  });

  it('answers only to its own names: another site resolving to 127.0.0.1 (DNS rebinding) is refused', async () => {
    const port = new URL(url).port;
    for (const host of [`evil.example:${port}`, `127.0.0.1.nip.io:${port}`, 'localhost.evil.example']) {
      const response = await rawRequest(url, '/api/graph', { headers: { host } });
      expect(response.status, host).toBe(421);
      expect(response.body, host).toContain('does not name this server');
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, '127.0.0.1']) {
      expect((await rawRequest(url, '/api/info', { headers: { host } })).status, host).toBe(200);
    }
  });

  it('takes a POST only from its own page (a matching Origin)', async () => {
    const host = new URL(url).host;
    const post = (headers: Record<string, string>): Promise<{ status: number; body: string }> =>
      rawRequest(url, '/api/cypher', { method: 'POST', headers: { host, 'content-type': 'application/json', ...headers }, body: '{"query":"RETURN 1"}' });
    for (const origin of [undefined, 'http://evil.example', 'null', `https://${host}`, `http://${host}.evil.example`]) {
      const response = await post(origin === undefined ? {} : { origin });
      expect(response.status, origin).toBe(403);
      expect(response.body).toContain(`expected an Origin header of http://${host}`);
    }
    expect((await post({ origin: `http://${host}` })).status).toBe(404);
  });

  it('names the missing graph in one line and exits non-zero', () => {
    const result = spawnSync(process.execPath, [CLI, 'serve', 'no/such/graph.json'], { encoding: 'utf8' });
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no/such/graph.json');
    const port = spawnSync(process.execPath, [CLI, 'serve', FIXTURE, '--port', 'eighty'], { encoding: 'utf8' });
    expect(port.status).not.toBe(0);
    expect(port.stderr).toContain('--port expects a number');
    const timeout = spawnSync(process.execPath, [CLI, 'serve', FIXTURE, '--cypher-timeout', '0'], { encoding: 'utf8' });
    expect(timeout.status).not.toBe(0);
    expect(timeout.stderr).toContain('--cypher-timeout expects seconds');
  });
});

describe('gonghui-kg start', () => {
  it('builds the seed pages into --out and serves the explorer on them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-kg-start-'));
    const child = spawn(process.execPath, [CLI, 'start', '--out', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let stdout = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const found = /http:\/\/\S+\//.exec(stdout);
          if (found) resolve(found[0]);
        });
        child.on('exit', (code) => reject(new Error(`start exited with ${code}`)));
      });
      expect(stdout).toMatch(/\d+ articles from 5 pages → \d+ nodes/);
      expect(existsSync(join(dir, 'graph.json'))).toBe(true);
      expect(existsSync(join(dir, 'graph.gexf'))).toBe(true);
      const info = (await (await fetch(new URL('api/info', url))).json()) as { nodes: number; edges: number };
      expect(info.nodes).toBeGreaterThan(100);
      expect(info.edges).toBeGreaterThan(info.nodes);
    } finally {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
