// `gonghui-kg load <graph>`: puts a graph.json into Neo4j, idempotently.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { KgError } from '../../extractor/errors.js';
import { Progress } from '../progress.js';
import { addConnectionOptions, configFromFlags, type ConnectionFlags } from './neo4j.js';

interface LoadFlags extends ConnectionFlags {
  reset?: boolean;
  quiet?: boolean;
  batch: string;
  concurrency: string;
}

function graphFile(path: string): string {
  try {
    return statSync(path).isDirectory() ? join(path, 'graph.json') : path;
  } catch {
    return path;
  }
}

export function register(program: Command): void {
  addConnectionOptions(
    program
      .command('load')
      .description('load a graph (graph.json, or the folder holding it) into Neo4j: MERGE by id, so loading again adds only what is new')
      .argument('<graph>', 'graph.json written by `gonghui-kg build`, or its folder')
      .option('--reset', 'delete every gonghui-kg node (label :Node) in the database first')
      .option('--batch <n>', 'rows per transaction', '5000')
      .option('--concurrency <n>', 'transactions running side by side', '2')
      .option('-q, --quiet', 'no progress output'),
  ).action(async (path: string, flags: LoadFlags) => {
    const config = configFromFlags(flags);
    const batchSize = Number(flags.batch);
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
      throw new KgError('neo4j', `expected --batch to be a whole number between 1 and 100000, got "${flags.batch}"`);
    }
    const concurrency = Number(flags.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
      throw new KgError('neo4j', `expected --concurrency to be a whole number between 1 and 16, got "${flags.concurrency}"`);
    }
    const file = graphFile(path);
    const { loadGraph } = await import('../../graph/store/json.js');
    const graph = loadGraph(file);
    const { nodeRows, relationshipRows } = await import('../../graph/neo4j/rows.js');
    const { loadRows } = await import('../../graph/neo4j/load.js');
    const { withDriver } = await import('../../graph/neo4j/connection.js');
    const nodes = nodeRows(graph);
    const relationships = relationshipRows(graph);

    const quiet = flags.quiet === true;
    const progress = new Progress('load', quiet, !quiet && process.stderr.isTTY === true ? (await import('cli-progress')).default : undefined);
    let phase = '';
    const { syncCorrections } = await import('../../graph/curate/neo4j.js');
    let corrected = { nodesDeleted: 0, relationshipsDeleted: 0 };
    const summary = await withDriver(config, async (driver) => {
      const loaded = await loadRows(driver, config, nodes, relationships, {
        batchSize,
        concurrency,
        reset: flags.reset === true,
        onProgress: (step) => {
          if (step.phase !== phase) {
            progress.stop();
            phase = step.phase;
          }
          progress.tick(step.done, step.total, `loading ${step.phase}`);
        },
      });
      // What the graph's corrections removed, and what earlier corrections made, goes from the database too.
      corrected = await syncCorrections(driver, config, graph);
      return loaded;
    }).finally(() => progress.stop());

    const skipped = summary.relationshipsSkipped > 0 ? `, ${summary.relationshipsSkipped} skipped (end node missing)` : '';
    process.stdout.write(
      `loaded ${file} into ${config.uri} (database ${config.database}) in ${summary.seconds.toFixed(1)} s\n` +
        `nodes: ${summary.nodesCreated} created, ${summary.nodesMatched} matched\n` +
        `relationships: ${summary.relationshipsCreated} created, ${summary.relationshipsMatched} matched${skipped}\n` +
        (corrected.nodesDeleted + corrected.relationshipsDeleted > 0
          ? `corrections: ${corrected.nodesDeleted} nodes and ${corrected.relationshipsDeleted} relationships deleted\n`
          : ''),
    );
  });
}
