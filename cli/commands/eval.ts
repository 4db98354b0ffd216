// `gonghui-kg eval --gold <dir> <inputs…> [--verbose]`: precision, recall and F1 of the extraction
// against gold annotations, per entity and relation type, lenient and strict.
import type { Command } from 'commander';
import type { ArticleRecord } from '../../extractor/index.js';
import { parseWorkers } from '../options.js';

interface EvalCommandOptions {
  gold: string;
  verbose?: boolean;
  json?: boolean;
  workers?: string;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold annotations (*.gold.json): P/R/F1 per entity and relation type')
    .requiredOption('--gold <dir>', 'directory of <source-stem>.gold.json files')
    .argument('<inputs...>', 'the pages the gold annotates: files, directories or glob patterns')
    .option('--verbose', 'list what was missed (-) and what was extracted but not in the gold (+), per article')
    .option('--json', 'print the scores as JSON')
    .option('--workers <n>', 'worker threads (default: number of cores)')
    .action(async (inputs: string[], options: EvalCommandOptions) => {
      const { KgError } = await import('../../extractor/errors.js');
      const { withRecordStream, formatWarning, loadGoldDir, formatReport, scoreCorpus } = await import('../../extractor/index.js');
      const gold = loadGoldDir(options.gold);
      // Records stream past; only those of the gold's sources are kept for scoring.
      const scored = new Set(gold.map((g) => g.source));
      const report = await withRecordStream(inputs, parseWorkers('eval', options.workers), async (stream) => {
        for (const warning of stream.warnings) process.stderr.write(`${formatWarning(warning)}\n`);
        if (stream.sources.length === 0) throw new KgError('eval', 'nothing usable was read from the inputs', { exitCode: 2 });
        const names = new Set(stream.sources.map((s) => s.name));
        const missing = gold.filter((g) => !names.has(g.source)).map((g) => g.source);
        if (missing.length === gold.length) {
          throw new KgError('eval', `none of the gold sources (${gold.map((g) => g.source).join(', ')}) is among the inputs`);
        }
        for (const name of missing) process.stderr.write(`gonghui-kg/eval: ${name}: in the gold but not among the inputs; scored as all missed\n`);
        const records: ArticleRecord[] = [];
        for await (const record of stream.records) if (scored.has(record.source)) records.push(record);
        return scoreCorpus(gold, records);
      });
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, options.verbose === true));
    });
}
