// `gonghui-kg extract <inputs…> --format jsonl`: one JSON record per article, in source order —
// entities with their mentions, relations with their evidence, names resolved across all inputs.
import { Option, type Command } from 'commander';
import { parseWorkers } from '../options.js';

interface ExtractCommandOptions {
  format: 'jsonl';
  workers?: string;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations (with evidence) from news pages, one JSON record per article')
    .argument('<inputs...>', 'files, directories (searched recursively) or glob patterns')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
    .option('--workers <n>', 'worker threads (default: number of cores)')
    .action(async (inputs: string[], options: ExtractCommandOptions) => {
      const { KgError } = await import('../../extractor/errors.js');
      const { extractInputs } = await import('../../extractor/parallel.js');
      const { formatWarning } = await import('../../extractor/ingest/index.js');
      const result = await extractInputs(inputs, parseWorkers('extract', options.workers));
      for (const warning of result.warnings) process.stderr.write(`${formatWarning(warning)}\n`);
      if (result.sources.length === 0) throw new KgError('extract', 'nothing usable was read from the inputs', { exitCode: 2 });
      let out = '';
      for (const record of result.records) {
        out += `${JSON.stringify(record)}\n`;
        // Flush in chunks: a big corpus must not sit in one string.
        if (out.length > 1 << 20) {
          process.stdout.write(out);
          out = '';
        }
      }
      process.stdout.write(out);
    });
}
