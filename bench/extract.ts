// npm run bench:extract — extraction speed next to nodejieba's `tag` alone on the same text in the
// same run, by the rules alone and with the named-entity model, the model's own cost per character,
// 1 worker against N, one long article at two lengths (time linear in its length), and peak memory
// for corpora of many small files and few large ones.
// Flags: --size <MB> (default 64: each thread first spends a second or two loading its own jieba
//        dictionary (nodejieba's load builds it twice) and having its code compiled, a fixed cost
//        that a small corpus counts against the scaling; --size 16 and --size 100 show it), --file-size <KB> (default 128),
//        --seed <n> (default 1), --workers <n> (default 2), --rounds <n> (default 3: each ratio is
//        taken within a round and the medians reported), --no-memory (skip the memory runs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractSources, resolveCorpus } from '../extractor/extract.js';
import { readSource } from '../extractor/ingest/index.js';
import { loadNerModel } from '../extractor/model/tagger.js';
import { modelPieces } from '../extractor/recognize/model.js';
import { buildViews } from '../extractor/recognize/view.js';
import { segmentSource } from '../extractor/segment/index.js';
import { BYTES_PER_THREAD, extractFiles } from '../extractor/parallel.js';
import { spillRecords, withRecordStream } from '../extractor/stream.js';
import { loadJieba } from '../extractor/tokens.js';
import type { Source } from '../extractor/types.js';
import { writeCorpus, type CorpusFile } from './corpus.js';
import { median } from './median.js';

export interface BenchOptions {
  sizeMb: number;
  fileKb: number;
  seed: number;
  workers: number;
  rounds: number;
  memory: boolean;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string', default: '64' },
      'file-size': { type: 'string', default: '128' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '3' },
      'no-memory': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const number = (flag: string, text: string, min: number, max: number): number => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < min || n > max) {
      throw new Error(`bench:extract: --${flag} must be a number from ${min} to ${max}, got "${text}"`);
    }
    return n;
  };
  return {
    sizeMb: number('size', values.size, 0.05, 100),
    fileKb: number('file-size', values['file-size'], 1, 100 * 1024),
    seed: Math.trunc(number('seed', values.seed, 0, 2 ** 31)),
    workers: Math.trunc(number('workers', values.workers, 2, 64)),
    rounds: Math.trunc(number('rounds', values.rounds, 1, 20)),
    memory: !values['no-memory'],
  };
}

const MB = 1024 * 1024;
/** Length of the shorter of the two long articles timed. */
const LONG_ARTICLE_CHARS = 100_000;
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

interface Run {
  seconds: number;
  /** CPU time of the whole process (all threads): below seconds × threads, the machine was busy. */
  cpuSeconds: number;
  chars: number;
  articles: number;
  /** Files per second over the second half of the files (worker threads have started by then). */
  steadyFilesPerSecond: number;
}

const cpuSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

function tagAlone(files: CorpusFile[]): Run {
  const jieba = loadJieba();
  const texts = files.map((f) => readFileSync(f.path, 'utf8'));
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const text of texts) jieba.tag(text);
  const seconds = (performance.now() - started) / 1000;
  const chars = texts.reduce((sum, t) => sum + t.length, 0);
  return { seconds, cpuSeconds: cpuSince(cpu), chars, articles: 0, steadyFilesPerSecond: texts.length / seconds };
}

/**
 * The model alone on one core: every sentence of the corpus through one session (batched as
 * extraction batches them), its decoding included; reading, segmenting and tokenizing are not timed.
 */
async function modelAlone(files: CorpusFile[]): Promise<Run & { modelChars: number }> {
  const model = await loadNerModel();
  let seconds = 0;
  let cpuSeconds = 0;
  let chars = 0;
  for (const file of files) {
    const source = await readSource(file.path);
    const views = buildViews(source.text, segmentSource(source));
    chars += source.text.length;
    const cpu = process.cpuUsage();
    const started = performance.now();
    await model.spans(views.flatMap(modelPieces));
    seconds += (performance.now() - started) / 1000;
    cpuSeconds += cpuSince(cpu);
  }
  return { seconds, cpuSeconds, chars, articles: 0, steadyFilesPerSecond: 0, modelChars: model.characters };
}

/** Seconds and files/s over the second half of the files, from the times each file was done. */
function timing(started: number, doneAt: number[]): { seconds: number; steadyFilesPerSecond: number } {
  const seconds = (performance.now() - started) / 1000;
  const half = Math.floor(doneAt.length / 2);
  const steadySeconds = (doneAt[doneAt.length - 1]! - doneAt[Math.max(0, half - 1)]!) / 1000;
  return { seconds, steadyFilesPerSecond: steadySeconds > 0 ? (doneAt.length - half) / steadySeconds : 0 };
}

/**
 * Extraction proper, as the first pass of `extract` runs it: every article extracted, serialized as a
 * JSON line on the thread that extracted it and written to a spill file, no text kept, and the
 * corpus-wide resolution computed from the union names.
 */
async function extraction(files: CorpusFile[], workers: number, chars: number, spill: string, model = true): Promise<Run> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const doneAt: number[] = [];
  const paths = files.map((f) => f.path);
  const { articles } = await spillRecords(paths, { workers, model, onProgress: () => doneAt.push(performance.now()) }, spill);
  return { ...timing(started, doneAt), cpuSeconds: cpuSince(cpu), chars, articles };
}

/**
 * All of `gonghui-kg extract` but printing: both passes of withRecordStream (extract and spill the
 * records, read them back resolved), every record consumed.
 */
async function extractCommand(files: CorpusFile[], workers: number, chars: number): Promise<Run> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const doneAt: number[] = [];
  let articles = 0;
  await withRecordStream(files.map((f) => f.path), { workers, onProgress: () => doneAt.push(performance.now()) }, async (stream) => {
    const records = stream.records[Symbol.asyncIterator]();
    while (!(await records.next()).done) articles++;
  });
  return { ...timing(started, doneAt), cpuSeconds: cpuSince(cpu), chars, articles };
}

/**
 * Peak resident memory of this process in KB. Linux's VmHWM belongs to the program's own address
 * space; getrusage's maxRSS can carry the parent's peak over from the fork.
 */
function peakRssKb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS;
}

type MemoryMode = 'stream' | 'resolve' | 'two-pass' | 'rules';

/**
 * Runs in a child process, on 1 worker, keeping no source text. 'stream': records leave as each
 * file is done (counted, then dropped). 'resolve': every record is kept and resolved across the
 * corpus, as `build` does. 'two-pass': what `gonghui-kg extract` runs (extractor/stream.ts), each
 * resolved record serialized as it would be printed, then dropped. 'rules': 'stream' without the
 * named-entity model (every other mode runs it). Prints the peak resident memory.
 */
async function memoryChild(dir: string, mode: MemoryMode): Promise<void> {
  const files = readFileSync(join(dir, 'files.txt'), 'utf8').split('\n').filter(Boolean);
  // The parent starts this process with --expose-gc: about 16 collections per run measure what is
  // really held (peak RSS also counts garbage that V8 has not collected yet).
  const gc = (globalThis as { gc?: () => void }).gc;
  const every = Math.max(1, Math.floor(files.length / 16));
  let articles = 0;
  let seen = 0;
  let maxLive = 0;
  const sampleLive = (): void => {
    gc?.();
    maxLive = Math.max(maxLive, process.memoryUsage().heapUsed);
  };
  if (mode === 'two-pass') {
    const onProgress = (done: number): void => {
      if (done % every === 0) sampleLive();
    };
    await withRecordStream(files, { workers: 1, onProgress }, async (stream) => {
      // About as many samples over the second pass as over the first.
      const perSample = Math.max(1, Math.floor(stream.articles / 16));
      for await (const record of stream.records) {
        JSON.stringify(record);
        if (++articles % perSample === 0) sampleLive();
      }
    });
    sampleLive();
    process.stdout.write(`${JSON.stringify({ maxRssKb: peakRssKb(), maxLiveKb: Math.round(maxLive / 1024), records: articles })}\n`);
    return;
  }
  const result = await extractFiles(files, {
    workers: 1,
    model: mode !== 'rules',
    keepText: false,
    keepRecords: mode === 'resolve',
    onRecords: (records) => {
      articles += records.length;
      if (++seen % every === 0) sampleLive();
    },
  });
  if (mode === 'resolve') resolveCorpus(result.records);
  sampleLive();
  const peak = { maxRssKb: peakRssKb(), maxLiveKb: Math.round(maxLive / 1024), records: articles };
  process.stdout.write(`${JSON.stringify(peak)}\n`);
}

interface MemoryRun {
  label: string;
  totalBytes: number;
  largestBytes: number;
  articles: number;
  peakRssMb: number;
  /** Largest JavaScript heap still in use after a collection, sampled between files. */
  liveHeapMb: number;
}

interface Corpus {
  dir: string;
  files: CorpusFile[];
}

function memoryCorpus(root: string, name: string, options: { seed: number; totalBytes: number; fileBytes: number }): Corpus {
  const dir = join(root, name);
  const files = writeCorpus(dir, options);
  writeFileSync(join(dir, 'files.txt'), files.map((f) => f.path).join('\n'));
  return { dir, files };
}

function measureMemory(label: string, corpus: Corpus, mode: MemoryMode): MemoryRun {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', script, '--memory-child', corpus.dir, mode], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench:extract: memory run "${label}" failed: ${child.stderr}`);
  const { maxRssKb, maxLiveKb, records } = JSON.parse(child.stdout) as { maxRssKb: number; maxLiveKb: number; records: number };
  return {
    label,
    totalBytes: corpus.files.reduce((sum, f) => sum + f.bytes, 0),
    largestBytes: Math.max(...corpus.files.map((f) => f.bytes)),
    articles: records,
    peakRssMb: maxRssKb / 1024,
    liveHeapMb: maxLiveKb / 1024,
  };
}

/**
 * Runs in a child process: the first pass of `extract` on N workers from a cold start, as a user
 * running the command gets it. Prints the time since the process started (Node's own start-up,
 * loading the code and jieba's dictionary, extracting) and the CPU time of all its threads.
 */
async function coldChild(list: string, workers: number): Promise<void> {
  const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  const cpu = process.cpuUsage();
  const spill = join(dirname(list), `spill-${workers}.jsonl`);
  const run = await extraction(files.map((path) => ({ path, bytes: 0 })), workers, 0, spill);
  const result = { seconds: performance.now() / 1000, cpuSeconds: cpuSince(cpu), articles: run.articles };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** extraction() in its own process, from a cold start (see coldChild). */
function coldExtraction(list: string, workers: number, chars: number): Run {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, '--cold-child', list, String(workers)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`bench:extract: cold run on ${workers} workers failed: ${child.stderr}`);
  const { seconds, cpuSeconds, articles } = JSON.parse(child.stdout) as { seconds: number; cpuSeconds: number; articles: number };
  return { seconds, cpuSeconds, chars, articles, steadyFilesPerSecond: 0 };
}

/** One article of 16 paragraphs, `chars` characters long, repeating one sentence. */
function longArticleSource(chars: number): Source {
  const sentence = '北京市朝阳区总工会开展职工服务活动，组织劳动竞赛。';
  const per = Math.floor(chars / 16);
  const paragraph = sentence.repeat(Math.ceil(per / sentence.length)).slice(0, per);
  const text = `标题\n\n${Array.from({ length: 16 }, () => paragraph).join('\n\n')}\n`;
  return { path: 'long.txt', name: 'long.txt', sha256: '', encoding: 'utf-8', format: 'txt', text };
}

/**
 * One long article at two lengths, back to back in this warmed-up process: twice the length should
 * take about twice the time (a stage comparing every mention with every other takes four times).
 */
function longArticle(): void {
  const [short, long] = [LONG_ARTICLE_CHARS, 2 * LONG_ARTICLE_CHARS].map((chars) => {
    const source = longArticleSource(chars);
    const cpu = process.cpuUsage();
    extractSources([source]);
    return { chars: source.text.length, cpuSeconds: cpuSince(cpu) };
  });
  console.log(
    `one long article: ${fmt(short!.chars)} chars ${fmt(short!.cpuSeconds, 2)} s cpu, ${fmt(long!.chars)} chars ` +
      `${fmt(long!.cpuSeconds, 2)} s cpu = ${fmt(long!.cpuSeconds / short!.cpuSeconds, 2)}× for twice the length (linear 2×)`,
  );
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--memory-child') {
    await memoryChild(argv[1]!, argv[2] as MemoryMode);
    return;
  }
  if (argv[0] === '--cold-child') {
    await coldChild(argv[1]!, Number(argv[2]));
    return;
  }
  const options = parseBenchArgs(argv);
  const root = mkdtempSync(join(tmpdir(), 'gonghui-bench-extract-'));
  try {
    const files = writeCorpus(join(root, 'corpus'), { seed: options.seed, totalBytes: options.sizeMb * MB, fileBytes: options.fileKb * 1024 });
    const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`corpus: ${fmt(bytes / MB, 2)} MB in ${files.length} files of ~${fmt(options.fileKb)} KB (seed ${options.seed})`);
    const threads = Math.min(options.workers - 1, Math.floor(bytes / BYTES_PER_THREAD));
    if (threads < options.workers - 1) {
      console.log(
        `note: extract starts a thread beside the calling one per ${fmt(BYTES_PER_THREAD / MB)} MB of input, so on this corpus ` +
          `${options.workers} workers run ${threads + 1} thread${threads === 0 ? '' : 's'}`,
      );
    }
    // Ratios are only meaningful on an otherwise idle machine: say how busy it was.
    console.log(`machine: ${availableParallelism()} cores, load average ${fmt(loadavg()[0]!, 1)} at start`);

    const line = (label: string, run: Run, extra: string): void => {
      const articles = run.articles > 0 ? `, ${fmt(run.articles / run.seconds, 1)} articles/s` : '';
      const cpu = `(cpu ${fmt(run.cpuSeconds, 2)} s)`;
      console.log(
        `  ${label.padEnd(36)} ${fmt(run.seconds, 2).padStart(7)} s ${cpu.padStart(15)}  ${fmt(run.chars / run.seconds).padStart(10)} chars/s${articles}${extra}`,
      );
    };
    const spill = join(root, 'spill.jsonl');
    const list = join(root, 'files.txt');
    writeFileSync(list, files.map((f) => f.path).join('\n'));
    // The host's speed drifts by a tenth and more from one minute to the next: every ratio is
    // taken within one round, from runs made back to back, and the rounds' medians are the result.
    const ratios: { rules: number[]; speed: number[]; scaling: number[]; steady: number[]; cold: number[] } = {
      rules: [],
      speed: [],
      scaling: [],
      steady: [],
      cold: [],
    };
    let tag: Run | undefined;
    for (let round = 1; round <= options.rounds; round++) {
      tag = tagAlone(files);
      if (round === 1) {
        // Warm up (JIT, lazily built tables) on one file, so the first timed run is not the slow one.
        await extraction(files.slice(0, 1), 1, 0, spill);
      }
      const rules = await extraction(files, 1, tag.chars, spill, false);
      const serial = await extraction(files, 1, tag.chars, spill);
      const parallel = await extraction(files, options.workers, tag.chars, spill);
      // The same two runs as a user gets them, each in its own process from a cold start: there the
      // calling thread loads jieba and warms up its code too, while the threads load theirs.
      const coldSerial = coldExtraction(list, 1, tag.chars);
      const coldParallel = coldExtraction(list, options.workers, tag.chars);
      if (round === 1) console.log(`text: ${fmt(tag.chars)} chars, ${fmt(serial.articles)} articles`);
      console.log(`round ${round} of ${options.rounds}:`);
      line('nodejieba tag alone, 1 core', tag, '');
      ratios.rules.push(tag.seconds / rules.seconds);
      line('extraction, rules only, 1 worker', rules, `  = ${fmt(ratios.rules.at(-1)!, 2)}× tag alone (by cpu time ${fmt(tag.cpuSeconds / rules.cpuSeconds, 2)}×)`);
      ratios.speed.push(tag.seconds / serial.seconds);
      line('extraction, 1 worker', serial, `  = ${fmt(ratios.speed.at(-1)!, 2)}× tag alone (by cpu time ${fmt(tag.cpuSeconds / serial.cpuSeconds, 2)}×)`);
      ratios.scaling.push(serial.seconds / parallel.seconds);
      line(`extraction, ${options.workers} workers`, parallel, `  = ${fmt(ratios.scaling.at(-1)!, 2)}× 1 worker`);
      ratios.steady.push(parallel.steadyFilesPerSecond / serial.steadyFilesPerSecond);
      console.log(
        `  second half of the files (threads started): ${fmt(serial.steadyFilesPerSecond, 2)} files/s on 1 worker, ` +
          `${fmt(parallel.steadyFilesPerSecond, 2)} on ${options.workers} = ${fmt(ratios.steady.at(-1)!, 2)}×`,
      );
      line('cold start, own process, 1 worker', coldSerial, '');
      ratios.cold.push(coldSerial.seconds / coldParallel.seconds);
      line(`cold start, own process, ${options.workers} workers`, coldParallel, `  = ${fmt(ratios.cold.at(-1)!, 2)}× 1 worker`);
    }
    /** The median ratio, and each round's when there are several. */
    const middle = (values: number[]): string =>
      `${fmt(median(values), 2)}×${values.length > 1 ? ` (${values.map((v) => fmt(v, 2)).join(', ')})` : ''}`;
    console.log(`median of ${options.rounds} round${options.rounds === 1 ? '' : 's'}:`);
    console.log(`  rules only, 1 worker:    ${middle(ratios.rules)} tag alone (target ≥ 0.5)`);
    console.log(`  extraction, 1 worker:    ${middle(ratios.speed)} tag alone (target ≥ 0.2 with the model)`);
    console.log(`  extraction, ${options.workers} workers:   ${middle(ratios.scaling)} 1 worker (target ≥ 1.6 with 2)`);
    console.log(`  threads started:         ${middle(ratios.steady)} 1 worker (second half of the files)`);
    console.log(`  cold start, own process: ${middle(ratios.cold)} 1 worker`);
    const model = await modelAlone(files);
    line(
      'named-entity model alone, 1 core',
      model,
      `  = ${fmt((model.seconds * 1e6) / model.modelChars, 2)} µs per character read (cpu ${fmt((model.cpuSeconds * 1e6) / model.modelChars, 2)} µs)`,
    );
    const command = await extractCommand(files, 1, tag!.chars);
    line('gonghui-kg extract, 1 worker', command, `  (extraction, then the spill written and read back resolved: ${fmt(tag!.seconds / command.seconds, 2)}× tag alone in the last round)`);

    longArticle();

    if (options.memory) {
      // Each run in its own process, so each peak is its own; the baseline (jieba, the dictionaries,
      // the code) is paid once by every run.
      const total = Math.min(2, options.sizeMb) * MB;
      const small = 64 * 1024;
      const seed = options.seed;
      const tiny = memoryCorpus(root, 'tiny', { seed, totalBytes: small, fileBytes: small });
      const many = memoryCorpus(root, 'many', { seed, totalBytes: total, fileBytes: small });
      const more = memoryCorpus(root, 'more', { seed, totalBytes: 4 * total, fileBytes: small });
      const one = memoryCorpus(root, 'one', { seed, totalBytes: total, fileBytes: total });
      const runs = [
        measureMemory('baseline: one small file', tiny, 'stream'),
        measureMemory('rules only: one small file', tiny, 'rules'),
        measureMemory('stream: many small files', many, 'stream'),
        measureMemory('stream: 4x as many small files', more, 'stream'),
        measureMemory('stream: one large file', one, 'stream'),
        measureMemory('resolve: many small files', many, 'resolve'),
        measureMemory('resolve: 4x as many small files', more, 'resolve'),
        measureMemory('extract: many small files', many, 'two-pass'),
        measureMemory('extract: 4x as many small files', more, 'two-pass'),
        measureMemory('extract: one large file', one, 'two-pass'),
      ];
      const base = runs[0]!.peakRssMb;
      console.log('peak memory (own process each, 1 worker, no source text kept, the named-entity model running but in rules only;');
      console.log('             stream: records leave per file;');
      console.log('             resolve: all records kept and resolved across the corpus, as build does;');
      console.log('             extract: both passes of `gonghui-kg extract`, records spilled and read back resolved):');
      for (const run of runs) {
        const diff = run.peakRssMb - base;
        const over = run === runs[0] ? '' : diff >= 0 ? `  (+${fmt(diff)} MB over baseline)` : `  (${fmt(-diff)} MB under baseline)`;
        console.log(
          `  ${run.label.padEnd(32)} ${fmt(run.totalBytes / MB, 2).padStart(6)} MB, largest file ${fmt(run.largestBytes / MB, 2).padStart(5)} MB, ` +
            `${fmt(run.articles).padStart(6)} articles: live heap ${fmt(run.liveHeapMb).padStart(4)} MB, peak RSS ${fmt(run.peakRssMb).padStart(5)} MB${over}`,
        );
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// Run when executed (node dist/bench/extract.js), not when a test imports parseBenchArgs.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
