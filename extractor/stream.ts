// Extraction whose records stream out, names still resolved across the whole corpus, in two passes:
// the first extracts the files (no source text kept), keeps only the union names resolution needs
// and spills each file's records to a temporary JSON-lines file; the second reads the spill back line
// by line and hands on each record resolved, in source order. Memory holds the files in flight and
// the names, not the corpus.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { expandInputs } from './ingest/index.js';
import { extractFiles, resolveWorkers, type ExtractedSource, type ExtractOptions } from './parallel.js';
import { computeResolution, emptyUnionNames, mergeUnionNames, resolveRecord, type CorpusResolution } from './resolve/corpus.js';
import type { ArticleRecord, InputWarning } from './types.js';

export interface RecordStream {
  /** Every source read, in input order (texts are '': the records carry what they need). */
  sources: ExtractedSource[];
  /** Bad and repeated inputs, as extractInputs reports them. */
  warnings: InputWarning[];
  /** The number of records `records` yields. */
  articles: number;
  /** One record per article in source order, names resolved across all inputs; iterate once. */
  records: AsyncIterable<ArticleRecord>;
}

/** Prefix of the temporary folder holding the spill (in the system's temp folder). */
export const SPILL_PREFIX = 'gonghui-kg-spill-';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Makes a temporary folder with `create` and removes it when the process is interrupted or exits
 * before `cleanUp` is called (which removes it at once). The handlers are in place before the folder
 * exists, so a Ctrl-C at any moment leaves nothing behind. On a signal the default action follows,
 * so Ctrl-C still ends the process.
 */
function tempDirRemovedOnExit(create: () => string): { dir: string; cleanUp: () => void } {
  let dir: string | undefined;
  const remove = (): void => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  };
  const release = (): void => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('exit', remove);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    remove();
    release();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', remove);
  dir = create();
  return {
    dir,
    cleanUp: () => {
      release();
      remove();
    },
  };
}

async function* readResolved(path: string, resolution: CorpusResolution): AsyncGenerator<ArticleRecord> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  try {
    for await (const line of lines) yield resolveRecord(JSON.parse(line) as ArticleRecord, resolution);
  } finally {
    lines.close();
  }
}

export interface Spilled {
  sources: ExtractedSource[];
  warnings: InputWarning[];
  /** Records written. */
  articles: number;
  /** What the records' union names resolve to across the corpus. */
  resolution: CorpusResolution;
}

/**
 * The first pass: extracts `files` (no source text kept), writes each file's records to `spill` as
 * JSON lines in file order, and keeps only the union names, for the corpus-wide resolution.
 */
export async function spillRecords(files: readonly string[], options: ExtractOptions, spill: string): Promise<Spilled> {
  const fd = openSync(spill, 'w');
  const unions = emptyUnionNames();
  let articles = 0;
  try {
    const extracted = await extractFiles(files, {
      ...options,
      keepText: false,
      onJsonLines: (lines) => {
        mergeUnionNames(unions, lines.unions);
        articles += lines.count;
        writeFileSync(fd, lines.text);
      },
    });
    return { sources: extracted.sources, warnings: extracted.warnings, articles, resolution: computeResolution(unions) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the inputs (files, directories, globs), extracts every article and gives `consume` the
 * records one at a time, resolved across the corpus as extractInputs resolves them. The spill is
 * removed when `consume` settles, and on an error or interrupt before that.
 */
export async function withRecordStream<T>(
  inputs: string[],
  options: ExtractOptions,
  consume: (stream: RecordStream) => Promise<T>,
): Promise<T> {
  resolveWorkers(options.workers);
  const expanded = await expandInputs(inputs);
  const { dir, cleanUp } = tempDirRemovedOnExit(() => mkdtempSync(join(tmpdir(), SPILL_PREFIX)));
  try {
    const spill = join(dir, 'records.jsonl');
    const spilled = await spillRecords(expanded.files, options, spill);
    return await consume({
      sources: spilled.sources,
      warnings: [...expanded.warnings, ...spilled.warnings],
      articles: spilled.articles,
      records: readResolved(spill, spilled.resolution),
    });
  } finally {
    cleanUp();
  }
}
