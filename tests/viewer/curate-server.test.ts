import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFolder } from '../../graph/curate/folder.js';
import { loadGraph } from '../../viewer/server/graph-source.js';
import { type RunningViewerServer, startViewerServer } from '../../viewer/server/server.js';
import type { CurateResponse, CurateState, ServerInfo } from '../../viewer/shared/api.js';
import { PAGE_1, SHORT_UNION, STREET_UNION } from '../graph/curate/fixture.js';
import { runCli } from '../graph/helpers.js';

describe('the explorer server with --curate', () => {
  let dir: string;
  let server: RunningViewerServer;
  let plain: RunningViewerServer;
  let origin: string;

  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'kg-curate-server-')), 'out');
    expect(runCli('build', PAGE_1, '--out', dir, '-q').status).toBe(0);
    server = await startViewerServer({ graph: await loadGraph(dir), curate: { folder: graphFolder(dir), by: 'tester' }, settings: { port: 0 } });
    plain = await startViewerServer({ graph: await loadGraph(dir), settings: { port: 0 } });
    origin = server.url.replace(/\/$/, '');
  });
  afterAll(async () => {
    await server?.close();
    await plain?.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}api/curate`, { method: 'POST', headers: { 'content-type': 'application/json', origin, ...headers }, body: JSON.stringify(body) });
  const nodes = async (): Promise<string[]> => ((await (await fetch(`${server.url}api/graph`)).json()) as { graph: { nodes: { key: string }[] } }).graph.nodes.map((n) => n.key);

  it('accepts a suggestion, serves the corrected graph, and undoes it', async () => {
    expect(((await (await fetch(`${server.url}api/info`)).json()) as ServerInfo).curate).toBe(true);
    const before = (await (await fetch(`${server.url}api/curate`)).json()) as CurateState;
    expect(before.suggestions.map((s) => [s.from, s.into])).toEqual([[SHORT_UNION, STREET_UNION]]);

    const accepted = await post({ action: 'merge', from: SHORT_UNION, into: STREET_UNION, reason: '同一个工会' });
    expect(accepted.status).toBe(200);
    const result = (await accepted.json()) as CurateResponse;
    expect(result.made).toMatchObject({ id: 'c1', op: 'merge', by: 'tester', reason: '同一个工会' });
    expect(result.suggestions).toEqual([]);
    expect(await nodes()).not.toContain(SHORT_UNION);
    expect(readFileSync(join(dir, 'corrections.json'), 'utf8')).toContain('"id":"c1","op":"merge"');

    const undone = (await (await post({ action: 'undo' })).json()) as CurateResponse;
    expect(undone.undone?.id).toBe('c1');
    expect(undone.corrections).toEqual([]);
    expect(await nodes()).toContain(SHORT_UNION);
  });

  it('refuses edits from another site or host, bad bodies and unknown nodes, changing nothing', async () => {
    const corrections = readFileSync(join(dir, 'corrections.json'), 'utf8');
    const evil = await post({ action: 'drop', node: SHORT_UNION }, { origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    const spoofed = await server.app.inject({ method: 'POST', url: '/api/curate', headers: { host: 'evil.example' }, payload: { action: 'drop', node: SHORT_UNION } });
    expect(spoofed.statusCode).toBe(421);
    const noOrigin = await fetch(`${server.url}api/curate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"undo"}' });
    expect(noOrigin.status).toBe(403);
    const melt = await post({ action: 'melt', node: SHORT_UNION });
    expect(melt.status).toBe(400);
    expect(((await melt.json()) as { error: string }).error).toMatch(/^unknown action "melt"/);
    const unknown = await post({ action: 'drop', node: 'Union:无此工会' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/^gonghui-kg\/curate: no node "Union:无此工会"/);
    expect(readFileSync(join(dir, 'corrections.json'), 'utf8')).toBe(corrections);
    expect(await nodes()).toContain(SHORT_UNION);
  });

  it('serves edits on this machine only', async () => {
    await expect(startViewerServer({ graph: await loadGraph(dir), curate: { folder: graphFolder(dir), by: 'tester' }, settings: { host: '0.0.0.0', port: 0 } })).rejects.toThrow(
      'gonghui-kg/viewer: --curate serves on this machine only (127.0.0.1); drop --host 0.0.0.0 or --curate',
    );
  });

  it('has no editing API without --curate', async () => {
    const response = await fetch(`${plain.url}api/curate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: plain.url.replace(/\/$/, '') },
      body: '{"action":"undo"}',
    });
    expect(response.status).toBe(404);
    expect(((await (await fetch(`${plain.url}api/info`)).json()) as ServerInfo).curate).toBeUndefined();
  });
});
