// `gonghui-kg eval`: precision, recall and F1 of the extraction against gold annotations, per
// entity and relation type. With no arguments it scores the sets the project carries (the seed
// pages and the real-news development set) side by side; `--gold <dir> <inputs…>` scores any other.
import type { Command } from 'commander';
import type { EvalReport } from '../../extractor/eval/score.js';
import type { ExtractOptions } from '../../extractor/parallel.js';
import type { ArticleRecord } from '../../extractor/types.js';
import { EVAL_SETS, type EvalSet } from '../eval-sets.js';
import { parseWorkers } from '../options.js';

interface EvalCommandOptions {
  gold?: string;
  set?: string[];
  verbose?: boolean;
  json?: boolean;
  workers?: string;
}

/** Extracts `inputs` and scores the records of the gold's pages against the gold in `goldDir`. */
async function scoreAgainst(goldDir: string, inputs: string[], extract: ExtractOptions): Promise<EvalReport> {
  const { KgError } = await import('../../extractor/errors.js');
  const { withRecordStream } = await import('../../extractor/stream.js');
  const { formatWarning } = await import('../../extractor/ingest/index.js');
  const { loadGoldDir } = await import('../../extractor/eval/gold.js');
  const { scoreCorpus } = await import('../../extractor/eval/score.js');
  const gold = loadGoldDir(goldDir);
  // Records stream past; only those of the gold's sources are kept for scoring.
  const scored = new Set(gold.map((g) => g.source));
  return withRecordStream(inputs, extract, async (stream) => {
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
}

async function chosenSets(names: string[] | undefined): Promise<readonly EvalSet[]> {
  if (names === undefined) return EVAL_SETS;
  const { KgError } = await import('../../extractor/errors.js');
  return names.map((name) => {
    const set = EVAL_SETS.find((s) => s.name === name);
    if (!set) throw new KgError('eval', `unknown set "${name}"; expected one of ${EVAL_SETS.map((s) => s.name).join(', ')}`, { exitCode: 2 });
    return set;
  });
}

export function register(program: Command): void {
  program
    .command('eval')
    .description(
      'score extraction against gold annotations (*.gold.json): P/R/F1 per entity and relation type; with no arguments, the seed pages and the real-news development set side by side',
    )
    .option('--gold <dir>', 'directory of <source-stem>.gold.json files (then name the pages it annotates)')
    .argument('[inputs...]', 'the pages the gold annotates: files, directories or glob patterns')
    .option('--set <name...>', `score only these of the project's sets (${EVAL_SETS.map((s) => s.name).join(', ')})`)
    .option('--verbose', 'list what was missed (-) and what was extracted but not in the gold (+), per article')
    .option('--json', 'print the scores as JSON')
    .option('--workers <n>', 'worker threads (default: number of cores)')
    .action(async (inputs: string[], options: EvalCommandOptions) => {
      const { KgError } = await import('../../extractor/errors.js');
      const { formatReport, formatSideBySide } = await import('../../extractor/eval/score.js');
      const extract = parseWorkers('eval', options.workers);
      if (options.gold !== undefined) {
        if (options.set !== undefined) throw new KgError('eval', '--gold and --set exclude each other', { exitCode: 2 });
        if (inputs.length === 0) throw new KgError('eval', `--gold ${options.gold}: name the pages it annotates`, { exitCode: 2 });
        const report = await scoreAgainst(options.gold, inputs, extract);
        process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report, options.verbose === true));
        return;
      }
      if (inputs.length > 0) throw new KgError('eval', `pages given without --gold: pass --gold <dir> with them`, { exitCode: 2 });
      const sets: { name: string; report: EvalReport }[] = [];
      for (const set of await chosenSets(options.set)) sets.push({ name: set.name, report: await scoreAgainst(set.gold, set.inputs, extract) });
      if (options.json) process.stdout.write(`${JSON.stringify(Object.fromEntries(sets.map(({ name, report }) => [name, report])), null, 2)}\n`);
      else process.stdout.write(formatSideBySide(sets, options.verbose === true));
    });
}
