// `gonghui-kg build <inputs…> --out <dir>`: extracted records (JSONL from `extract`) →
// graph.json (+ graph.gexf), with analytics and layout, and a summary at the end.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ArticleRecord } from '../../extractor/types.js';
import type { BuildSource } from '../../graph/build.js';
import { formatSummary } from './stats.js';

interface BuildOptions {
  out: string;
  append?: boolean;
  gexf: boolean;
  quiet?: boolean;
}

/** Progress on stderr: a bar on a terminal, plain lines otherwise, nothing with --quiet. */
class Progress {
  private bar: import('cli-progress').SingleBar | undefined;

  constructor(
    private readonly quiet: boolean,
    private readonly tty: boolean,
  ) {}

  async start(total: number, what: string): Promise<void> {
    if (this.quiet || !this.tty || total <= 1) return;
    const { SingleBar, Presets } = await import('cli-progress');
    this.bar = new SingleBar({ format: `${what} [{bar}] {value}/{total} {file}`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
    this.bar.start(total, 0, { file: '' });
  }

  tick(done: number, total: number, file: string): void {
    if (this.quiet) return;
    if (this.bar !== undefined) this.bar.update(done, { file });
    else process.stderr.write(`gonghui-kg build: ${done}/${total} ${file}\n`);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }

  line(text: string): void {
    if (!this.quiet) process.stderr.write(`gonghui-kg build: ${text}\n`);
  }
}

/** Checks --out before any work: its parent must exist; the folder itself is created. */
async function prepareOutDir(out: string): Promise<string> {
  const { KgError } = await import('../../extractor/errors.js');
  const dir = resolve(out);
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new KgError('build', `--out ${out} is a file, expected a folder`);
    return dir;
  }
  if (!existsSync(dirname(dir))) throw new KgError('build', `cannot write ${out}: folder ${dirname(dir)} does not exist`);
  return dir;
}

export function register(program: Command): void {
  program
    .command('build')
    .description('build the knowledge graph from extracted article records (JSONL from `gonghui-kg extract --format jsonl`) into graph.json and graph.gexf')
    .argument('<inputs...>', 'record files (.jsonl)')
    .requiredOption('-o, --out <dir>', 'output folder (created if its parent exists)')
    .option('--append', 'add the inputs to the graph.json already in --out (a source seen before is replaced)')
    .option('--no-gexf', 'write graph.json only')
    .option('-q, --quiet', 'no progress output')
    .action(async (inputs: string[], options: BuildOptions) => {
      const { KgError } = await import('../../extractor/errors.js');
      const progress = new Progress(options.quiet === true, process.stderr.isTTY === true);
      const dir = await prepareOutDir(options.out);
      const jsonPath = join(dir, 'graph.json');
      const gexfPath = join(dir, 'graph.gexf');

      const { loadGraph } = await import('../../graph/store/json.js');
      let base: import('../../graph/build.js').KgGraph | undefined;
      if (options.append === true) {
        if (!existsSync(jsonPath)) throw new KgError('build', `--append: there is no ${jsonPath} to add to; build without --append first`);
        base = loadGraph(jsonPath);
      }

      const { readRecords } = await import('../../graph/records.js');
      const records: ArticleRecord[] = [];
      const sources: BuildSource[] = [];
      await progress.start(inputs.length, 'reading');
      inputs.forEach((input, i) => {
        records.push(...readRecords(input));
        progress.tick(i + 1, inputs.length, input);
      });
      progress.stop();

      const { buildKnowledgeGraph } = await import('../../graph/pipeline.js');
      const stageNames = { build: 'building the graph', analytics: 'computing analytics', layout: 'laying out' } as const;
      const { graph, warnings } = buildKnowledgeGraph(records, sources, {
        ...(base === undefined ? {} : { base }),
        onStage: (stage) => progress.line(stageNames[stage]),
      });
      if (graph.order === 0) throw new KgError('build', `the inputs hold no articles, so the graph would be empty; nothing written to ${dir}`);

      progress.line(`writing ${options.gexf ? `${jsonPath} and ${gexfPath}` : jsonPath}`);
      if (!existsSync(dir)) mkdirSync(dir);
      const { writeFilesAtomic } = await import('../../graph/store/atomic.js');
      const { writeGraphJson } = await import('../../graph/store/json.js');
      const { writeGexf } = await import('../../graph/export/gexf.js');
      writeFilesAtomic('build', [
        { path: jsonPath, write: (out) => writeGraphJson(graph, out) },
        ...(options.gexf ? [{ path: gexfPath, write: (out: import('../../graph/store/atomic.js').ChunkWriter) => writeGexf(graph, out) }] : []),
      ]);

      for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
      const { summarizeGraph } = await import('../../graph/summary.js');
      process.stdout.write(formatSummary(summarizeGraph(graph), warnings.length));
    });
}
