// `npm run dev [-- <graph>]`: the Vite dev server (hot reload) for the viewer app, with the same
// JSON API as `serve` behind it. Defaults to out/ when a build exists, else the test fixture.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { KgError } from '../../extractor/errors.js';
import { loadGraph } from './graph-source.js';
import { startViewerServer } from './server.js';

async function main(): Promise<void> {
  const root = process.cwd();
  const input = process.argv[2] ?? (existsSync(join(root, 'out', 'graph.json')) ? 'out' : join('tests', 'fixtures', 'viewer', 'graph.json'));
  const api = await startViewerServer({ graph: await loadGraph(input), settings: { port: 0 } });
  const vite = await createServer({
    configFile: join(root, 'vite.config.ts'),
    // The browser's Host and Origin pass through unchanged, so the API server's checks see the page's own address.
    server: { host: '127.0.0.1', proxy: { '/api': { target: api.url.replace(/\/$/, ''), changeOrigin: false } } },
  });
  await vite.listen();
  process.stdout.write(`gonghui-kg viewer (dev): graph ${input}\n`);
  vite.printUrls();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof KgError ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
