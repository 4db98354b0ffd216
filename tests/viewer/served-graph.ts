// A graph built by the CLI into a temporary folder and served with the built explorer: the set-up
// of the explorer tests that drive Chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphFolder } from '../../graph/curate/folder.js';
import { viewerAppDir } from '../../viewer/server/app-dir.js';
import { loadGraph } from '../../viewer/server/graph-source.js';
import { startViewerServer, type RunningViewerServer } from '../../viewer/server/server.js';

export interface ServedGraph {
  /** The folder `build` wrote graph.json to. */
  dir: string;
  server: RunningViewerServer;
  /** Stops the server and deletes the folder. */
  close(): Promise<void>;
}

/** Runs `gonghui-kg build <inputs…> --out <temporary folder>` and serves the result on a free port (with `curate`, as `serve --curate` does, corrections signed by "tester"). */
export async function serveBuiltGraph(prefix: string, inputs: string[], options: { curate?: boolean } = {}): Promise<ServedGraph> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  execFileSync(process.execPath, [join('dist', 'cli', 'main.js'), 'build', ...inputs, '--out', dir, '--quiet', '--no-gexf'], { stdio: 'pipe' });
  const curate = options.curate === true ? { curate: { folder: graphFolder(dir), by: 'tester' } } : {};
  const server = await startViewerServer({ graph: await loadGraph(dir), appDir: viewerAppDir(), settings: { port: 0 }, ...curate });
  return {
    dir,
    server,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
