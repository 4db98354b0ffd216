// `gonghui-kg start` (what `npm start` runs): builds the graph of the seed pages into out/ and
// opens the explorer on it, printing the URL.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
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
  const [{ extractInputs }, { buildKnowledgeGraph }, { graphFolder, writeGraphFolder }, { readCorrections }, { staleWarning }, { KgError }] = await Promise.all([
    import('../../extractor/parallel.js'),
    import('../../graph/pipeline.js'),
    import('../../graph/curate/folder.js'),
    import('../../graph/curate/file.js'),
    import('../../graph/curate/report.js'),
    import('../../extractor/errors.js'),
  ]);
  const started = performance.now();
  // Corrections made with `gonghui-kg curate out …` survive the rebuild.
  const folder = graphFolder(dir);
  const corrections = existsSync(folder.corrections) ? readCorrections(folder.corrections) : undefined;
  const extracted = await extractInputs(inputs);
  for (const warning of extracted.warnings) process.stderr.write(`warning: ${warning.path}: ${warning.message}\n`);
  const { graph, warnings, uncorrected, stale } = buildKnowledgeGraph(extracted.records, extracted.sources, corrections === undefined ? {} : { corrections });
  for (const warning of [...warnings, ...stale.map((s) => staleWarning(s, folder.corrections))]) process.stderr.write(`warning: ${warning}\n`);
  if (graph.order === 0) throw new KgError('start', `${inputs.join(', ')} hold no articles; nothing to show`);
  mkdirSync(dir, { recursive: true });
  writeGraphFolder('start', folder, { graph, gexf: true, ...(uncorrected === undefined ? {} : { uncorrected }) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const applied = corrections === undefined ? '' : `, ${corrections.length - stale.length} of ${corrections.length} corrections applied`;
  process.stdout.write(
    `gonghui-kg start: ${extracted.records.length} articles from ${extracted.sources.length} pages → ${graph.order} nodes, ${graph.size} edges in ${dir}${applied} (${seconds} s)\n`,
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
