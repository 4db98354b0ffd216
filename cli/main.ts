#!/usr/bin/env -S node --max-semi-space-size=64 --initial-old-space-size=128
// Entry point of the `gonghui-kg` command. Each command lives in cli/commands/ and
// loads its heavy dependencies lazily, so `--help` and `--version` start fast.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { KgError } from '../extractor/errors.js';
import { register as registerNeo4j } from './commands/neo4j.js';
import { register as registerLoad } from './commands/load.js';
import { register as registerCypher } from './commands/cypher.js';
import { register as registerBuild } from './commands/build.js';
import { register as registerStats } from './commands/stats.js';
import { register as registerExport } from './commands/export.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerSegment } from './commands/segment.js';
import { register as registerStart } from './commands/start.js';
import { register as registerExtract } from './commands/extract.js';
import { register as registerEval } from './commands/eval.js';
import { register as registerCurate } from './commands/curate.js';
import { hidePasswordFromProcessList } from './process-title.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const program = new Command()
  .name('gonghui-kg')
  .description('Build, explore and export a knowledge graph of Chinese trade-union (工会) news.')
  .version(pkg.version)
  .option('--debug', 'print stack traces on errors')
  .showHelpAfterError();

hidePasswordFromProcessList();

// The reader of our output went away (`gonghui-kg stats … | head`): the rest is not wanted, and
// Unix tools stop quietly. Writes after it fail the same way and are dropped with it.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});

// Command registrations, one line each.
registerStart(program);
registerSegment(program);
registerExtract(program);
registerEval(program);
registerServe(program);
registerBuild(program);
registerStats(program);
registerExport(program);
registerNeo4j(program);
registerLoad(program);
registerCypher(program);
registerCurate(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const debug = process.argv.includes('--debug');
  if (error instanceof KgError && !debug) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`${debug && error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  }
}
