// `gonghui-kg start` (what `npm start` runs): builds the graph of the seed pages into out/ and
// opens the explorer on it, printing the URL.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { DEFAULT_VIEWER_SERVER_SETTINGS } from '../../viewer/server/settings.js';
import { serveGraph } from './serve.js';

/** The seed pages shipped in the repository (this file is dist/cli/commands/start.js). */
export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));

interface StartFlags {
  out: string;
  port: string;
  host: string;
}

/** Extracts the pages, builds the graph with analytics and layout, writes graph.json and graph.gexf. */
async function buildInto(inputs: string[], dir: string): Promise<void> {
  const [{ extractInputs, KgError }, { buildKnowledgeGraph }, { writeFilesAtomic }, { writeGraphJson }, { writeGexf }] = await Promise.all([
    import('../../extractor/index.js'),
    import('../../graph/pipeline.js'),
    import('../../graph/store/atomic.js'),
    import('../../graph/store/json.js'),
    import('../../graph/export/gexf.js'),
  ]);
  const started = performance.now();
  const extracted = await extractInputs(inputs);
  for (const warning of extracted.warnings) process.stderr.write(`warning: ${warning.path}: ${warning.message}\n`);
  const { graph, warnings } = buildKnowledgeGraph(extracted.records, extracted.sources);
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  if (graph.order === 0) throw new KgError('start', `${inputs.join(', ')} hold no articles; nothing to show`);
  mkdirSync(dir, { recursive: true });
  writeFilesAtomic('start', [
    { path: join(dir, 'graph.json'), write: (out) => writeGraphJson(graph, out) },
    { path: join(dir, 'graph.gexf'), write: (out) => writeGexf(graph, out) },
  ]);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `gonghui-kg start: ${extracted.records.length} articles from ${extracted.sources.length} pages → ${graph.order} nodes, ${graph.size} edges in ${dir} (${seconds} s)\n`,
  );
}

export function register(program: Command): void {
  program
    .command('start')
    .description('build the graph of the seed pages (seeds/) into out/ and open the explorer (what `npm start` runs)')
    .option('-o, --out <dir>', 'folder for graph.json and graph.gexf', 'out')
    .option('-p, --port <port>', 'TCP port; 0 picks a free one', String(DEFAULT_VIEWER_SERVER_SETTINGS.port))
    .option('--host <address>', 'address to listen on', DEFAULT_VIEWER_SERVER_SETTINGS.host)
    .action(async (flags: StartFlags) => {
      const dir = resolve(flags.out);
      await buildInto([SEEDS_DIR], dir);
      await serveGraph(dir, { port: flags.port, host: flags.host });
    });
}
