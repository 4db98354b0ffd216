// `gonghui-kg build <inputs…> --out <dir>`: news pages (or records extracted earlier, as
// .jsonl) → graph.json (+ graph.gexf), with analytics and layout, and a summary at the end.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ArticleRecord } from '../../extractor/index.js';
import type { BuildSource } from '../../graph/build.js';
import { formatSummary } from './stats.js';
import { parseWorkers } from '../options.js';
import { Progress } from '../progress.js';
import { parseWindow } from '../window.js';

interface BuildOptions {
  out: string;
  append?: boolean;
  gexf: boolean;
  quiet?: boolean;
  workers?: string;
  /** false with --no-model. */
  model: boolean;
  corrections?: string;
  manifest?: string;
  since?: string;
  until?: string;
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
    .description('extract news pages and build the knowledge graph into graph.json and graph.gexf')
    .argument('<inputs...>', 'pages (.txt, .html), folders or globs; .jsonl files are records from `gonghui-kg extract --format jsonl`')
    .requiredOption('-o, --out <dir>', 'output folder (created if its parent exists)')
    .option('--append', 'add the inputs to the graph.json already in --out (a source seen before is replaced)')
    .option('--no-gexf', 'write graph.json only')
    .option('-q, --quiet', 'no progress output')
    .option('-w, --workers <n>', 'extraction worker threads (default: number of cores)')
    .option('--no-model', 'find names by the rules alone, without the named-entity model (faster)')
    .option('--corrections <file>', 'analysts\' corrections to apply (default: corrections.json in --out, when there)')
    .option('--manifest <file>', 'CSV or JSON lines with a row per file: file (or url), date, outlet, title')
    .option('--since <date>', 'keep only evidence from articles dated on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--until <date>', 'keep only evidence from articles dated on or before this day')
    .action(async (inputs: string[], options: BuildOptions) => {
      const { KgError } = await import('../../extractor/errors.js');
      const quiet = options.quiet === true;
      const progress = new Progress('build', quiet, !quiet && process.stderr.isTTY === true ? await import('cli-progress') : undefined);
      const dir = await prepareOutDir(options.out);
      const { graphFolder, writeGraphFolder } = await import('../../graph/curate/folder.js');
      const folder = graphFolder(dir, options.corrections);
      const jsonPath = folder.graph;
      const gexfPath = folder.gexf;
      if (options.corrections !== undefined && !existsSync(folder.corrections)) throw new KgError('build', `--corrections ${options.corrections}: no such file`);
      const { readCorrections } = await import('../../graph/curate/file.js');
      const corrections = existsSync(folder.corrections) ? readCorrections(folder.corrections) : undefined;
      const window = parseWindow('build', options.since, options.until);
      const manifest = options.manifest === undefined ? undefined : (await import('../../extractor/ingest/manifest.js')).readManifest(options.manifest);

      const { loadGraph } = await import('../../graph/store/json.js');
      let base: import('../../graph/build.js').KgGraph | undefined;
      if (options.append === true) {
        if (!existsSync(jsonPath)) throw new KgError('build', `--append: there is no ${jsonPath} to add to; build without --append first`);
        // Pages are added to the graph as built; the corrections are then applied again.
        base = loadGraph(existsSync(folder.uncorrected) ? folder.uncorrected : jsonPath);
      }

      const workers = parseWorkers('build', options.workers);
      const { readRecords } = await import('../../graph/records.js');
      const records: ArticleRecord[] = [];
      const sources: BuildSource[] = [];
      const warnings: string[] = [];
      // Appended one by one: push(...list) overflows the call stack beyond about 120,000 records.
      const append = <T>(into: T[], list: readonly T[]): void => {
        for (const item of list) into.push(item);
      };
      for (const input of inputs.filter((i) => i.endsWith('.jsonl'))) append(records, readRecords(input));
      const pages = inputs.filter((i) => !i.endsWith('.jsonl'));
      if (pages.length > 0) {
        const { extractInputs } = await import('../../extractor/index.js');
        const extracted = await extractInputs(pages, {
          ...workers,
          model: options.model,
          ...(manifest === undefined ? {} : { manifest }),
          onProgress: (done, total) => progress.tick(done, total, 'extracted files'),
        });
        progress.stop();
        append(records, extracted.records);
        append(sources, extracted.sources);
        warnings.push(...extracted.warnings.map((w) => `${w.path}: ${w.message}`));
        if (manifest !== undefined) {
          const { unmatchedRows } = await import('../../extractor/ingest/manifest.js');
          warnings.push(...unmatchedRows(manifest, [...extracted.sources.map((s) => s.path), ...extracted.warnings.map((w) => w.path)]));
        }
      }
      if (manifest !== undefined) warnings.unshift(...manifest.problems);
      // Dates in play: an article without one says so (a corpus without any dates stays quiet).
      if (manifest !== undefined || records.some((r) => r.date !== undefined)) {
        for (const r of records) if (r.date === undefined) warnings.push(`${r.source} article ${r.index}: no date (no manifest date, page metadata, page header, dateline or date in the file name); kept undated`);
      }

      const { buildKnowledgeGraph } = await import('../../graph/pipeline.js');
      const stageNames = { build: 'building the graph', corrections: 'applying corrections', analytics: 'computing analytics', layout: 'laying out' } as const;
      const { inWindow } = await import('../../extractor/dates/calendar.js');
      const kept = window === undefined ? records : records.filter((r) => r.date !== undefined && inWindow(r.date, window.since, window.until));
      if (window !== undefined && base !== undefined) base = (await import('../../graph/build.js')).windowGraph(base, window);
      const { graph, warnings: buildWarnings, uncorrected, stale } = buildKnowledgeGraph(kept, sources, {
        ...(base === undefined ? {} : { base }),
        ...(corrections === undefined ? {} : { corrections }),
        onStage: (stage) => progress.line(stageNames[stage]),
      });
      warnings.push(...buildWarnings);
      const { staleWarning } = await import('../../graph/curate/report.js');
      warnings.push(...stale.map((s) => staleWarning(s, folder.corrections)));
      for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
      if (graph.order === 0 && window !== undefined) throw new KgError('build', `no article of the inputs is dated within the window (--since/--until); nothing written to ${dir}`);
      if (graph.order === 0) throw new KgError('build', `the inputs hold no articles, so the graph would be empty; nothing written to ${dir}`);

      progress.line(`writing ${options.gexf ? `${jsonPath} and ${gexfPath}` : jsonPath}`);
      if (!existsSync(dir)) mkdirSync(dir);
      writeGraphFolder('build', folder, { graph, gexf: options.gexf, ...(uncorrected === undefined ? {} : { uncorrected }) });

      const { summarizeGraph } = await import('../../graph/summary.js');
      process.stdout.write(formatSummary(summarizeGraph(graph), warnings.length));
    });
}
