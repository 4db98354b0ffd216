// What `npm start` does for a user: builds the graph of the seed pages and serves the explorer.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'gonghui-kg-start-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('gonghui-kg start', () => {
  it('builds the 32 articles of the seed pages into the out folder and serves the explorer', async () => {
    const child = spawn(process.execPath, [CLI, 'start', '--out', out, '--port', '0'], { cwd: '/', stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    try {
      const url = await new Promise<string>((found, failed) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /gonghui-kg viewer: (http:\/\/\S+)/.exec(stdout);
          if (match) found(match[1]!);
        });
        void exited.then((code) => failed(new Error(`start exited (${code}) before serving:\n${stdout}${stderr}`)));
      });
      expect(stdout).toMatch(/^gonghui-kg start: 32 articles from 5 pages → \d+ nodes, \d+ edges in /);
      expect(existsSync(join(out, 'graph.json'))).toBe(true);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    expect(stderr).toBe('');
  });
});
