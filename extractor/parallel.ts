// Extraction across many inputs. Each thread (worker threads and the calling thread) reads,
// segments and extracts one file at a time, so the working memory is bounded by the largest files
// in flight, not the corpus; records come back in input order whatever the timing, and names are
// resolved across the corpus on the calling thread.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { KgError } from './errors.js';
import { workerHeapLimits } from './heap.js';
import { extractArticles, extractArticlesWithModel, type PageFacts } from './extract.js';
import { expandInputs, InputError, readSource } from './ingest/index.js';
import { manifestEntry, type Manifest, type ManifestEntry } from './ingest/manifest.js';
import { writeUserDictionary } from './lexicon/dictionary.js';
import type { Place } from './lexicon/gazetteer.js';
import { homeOption } from './recognize/home.js';
import { collectUnionNames, emptyUnionNames, resolveCorpus, type UnionNames } from './resolve/corpus.js';
import { segmentSource } from './segment/index.js';
import type { PosTags } from './lexicon/pos-tags.js';
import { loadNerModel, type NerModel } from './model/tagger.js';
import { loadJieba, posTagsFor } from './tokens.js';
import type { ArticleRecord, InputWarning, Source } from './types.js';

export interface ExtractOptions {
  /**
   * Threads that extract, the calling thread included; default: the number of cores. 1 extracts on
   * the calling thread only, and so does a corpus too small to repay a thread's start-up
   * (under 4 MB per extra thread).
   */
  workers?: number;
  /** Called after each file is done (extracted or failed). */
  onProgress?: (done: number, total: number) => void;
  /**
   * With more than one worker, whether the calling thread extracts too (default true: it works while
   * the threads start). false keeps it free, e.g. for a server's event loop, and runs `workers` threads.
   */
  callerExtracts?: boolean;
  /**
   * Where the pages come from when nothing in a page says: a province or city (北京, 上海市, 杭州)
   * or a union paper (劳动午报). It completes 市总工会 and the like in articles that name no place of
   * their own. Default: none, and such short forms stay unresolved.
   */
  home?: string;
  /**
   * Whether the named-entity model proposes names beside the rules (default true); false extracts
   * by the rules alone (`--no-model`), without loading the model.
   */
  model?: boolean;
  /** Dates, outlets and titles of the files, from `--manifest`. */
  manifest?: Manifest;
}

/** ExtractOptions.home as a place; throws when it names none. */
export function resolveHome(home: string | undefined): Place | undefined {
  if (home === undefined) return undefined;
  const place = homeOption(home);
  if (place === undefined) {
    throw new KgError('extract', `home must be a province, a city or a union paper the gazetteer knows (北京, 杭州市, 劳动午报), got "${home}"`);
  }
  return place;
}

export interface ExtractedSource {
  name: string;
  path: string;
  sha256: string;
  encoding: string;
  /** The decoded text all offsets point into ('' when extractFiles ran with keepText: false). */
  text: string;
}

export interface ExtractResult {
  /** One record per article, in input order, names resolved across all inputs. */
  records: ArticleRecord[];
  sources: ExtractedSource[];
  warnings: InputWarning[];
}

/**
 * A file's records as JSON lines, serialized on the thread that extracted them, with the union names
 * corpus-wide resolution needs: all that streaming extraction keeps of them. Crossing from a worker
 * thread, one string costs the calling thread a copy where the record objects cost a deserialization.
 */
export interface JsonLines {
  /** One JSON object and a newline per record, in article order. */
  text: string;
  count: number;
  unions: UnionNames;
}

/** The outcome for one file, as a worker reports it: records as objects or as JSON lines. */
export type FileOutcome =
  /** content: sha256 of the decoded text, so a page saved in two encodings is read once (as readInputs does). */
  | { source: ExtractedSource; content: string; records: ArticleRecord[] }
  | { source: ExtractedSource; content: string; jsonLines: JsonLines }
  | { warning: string };

/** What every file of one extraction is asked for: its text kept, its records as JSON lines. */
export interface JobForm {
  keepText: boolean;
  jsonLines: boolean;
  /** ExtractOptions.home, already checked. */
  home?: string;
  /** Run the named-entity model beside the rules. */
  model: boolean;
}

export interface WorkerJob extends JobForm {
  id: number;
  path: string;
  /** The manifest's row for the file. */
  given?: ManifestEntry;
}

/** A worker says it is ready (dictionary loaded), then replies once per job. */
export type WorkerMessage = { ready: true } | { id: number; outcome: FileOutcome };

export function resolveWorkers(workers: number | undefined): number {
  if (workers === undefined) return Math.max(1, availableParallelism());
  if (!Number.isInteger(workers) || workers < 1) {
    throw new KgError('extract', `workers must be a whole number of at least 1, got ${String(workers)}`);
  }
  return workers;
}

function toJsonLines(records: ArticleRecord[]): JsonLines {
  const unions = emptyUnionNames();
  let text = '';
  for (const record of records) {
    collectUnionNames(record, unions);
    text += `${JSON.stringify(record)}\n`;
  }
  return { text, count: records.length, unions };
}

let threadModel: Promise<NerModel> | undefined;

/** This thread's session of the named-entity model: loaded once, on first use. */
function modelOfThread(): Promise<NerModel> {
  threadModel ??= loadNerModel();
  return threadModel;
}

/** Reads, segments and extracts one file; a bad file is a warning, never an exception. */
export async function extractFile(path: string, form: JobForm, given?: ManifestEntry): Promise<FileOutcome> {
  let source: Source;
  try {
    source = await readSource(path);
  } catch (error) {
    if (error instanceof InputError) return { warning: error.reason };
    return { warning: `cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const articles = segmentSource(source);
    const home = form.home === undefined ? undefined : homeOption(form.home);
    const facts: PageFacts = { ...(home === undefined ? {} : { home }), ...(given === undefined ? {} : { given }) };
    const records = form.model ? await extractArticlesWithModel(source, articles, await modelOfThread(), facts) : extractArticles(source, articles, facts);
    const { name, sha256, encoding, text } = source;
    const content = createHash('sha256').update(text).digest('hex');
    const extracted = { name, path: source.path, sha256, encoding, text: form.keepText ? text : '' };
    return form.jsonLines ? { source: extracted, content, jsonLines: toJsonLines(records) } : { source: extracted, content, records };
  } catch (error) {
    return { warning: `extraction failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The worker script beside this module (compiled: dist/extractor/parallel-worker.js). */
const WORKER_URL = new URL('./parallel-worker.js', import.meta.url);

/** Jobs a ready worker holds at once, so it never waits for the busy calling thread to hand it one. */
const PREFETCH = 2;

interface Thread {
  /** Resolves when the thread has exited. */
  done: Promise<void>;
  /** Ends the thread if it holds no job (the queue ran dry before it had started). */
  stopIfIdle: () => void;
}

/** What a worker thread starts with: the user dictionary its parent wrote and the parent's tag table (shared memory). */
export interface WorkerStart {
  userDict: string;
  posTags: PosTags;
}

/** One worker thread taking jobs from `take` once it is ready, until none are left. */
function startThread(
  start: WorkerStart,
  take: () => number,
  files: readonly string[],
  given: (id: number) => ManifestEntry | undefined,
  form: JobForm,
  finished: (id: number, outcome: FileOutcome) => void,
): Thread {
  const worker = new Worker(WORKER_URL, { workerData: start satisfies WorkerStart, resourceLimits: workerHeapLimits() });
  const inFlight = new Set<number>();
  let ready = false;
  const stop = (): void => void worker.terminate();
  let resolveNow: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (resolveNow = resolve));
  const feed = (): void => {
    while (inFlight.size < PREFETCH) {
      const id = take();
      if (id < 0) break;
      inFlight.add(id);
      const facts = given(id);
      worker.postMessage({ id, path: files[id]!, ...form, ...(facts === undefined ? {} : { given: facts }) } satisfies WorkerJob);
    }
    if (inFlight.size === 0) stop();
  };
  const done = new Promise<void>((resolve) => {
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        ready = true;
      } else {
        inFlight.delete(message.id);
        finished(message.id, message.outcome);
      }
      feed();
    });
    worker.on('error', (error) => {
      // The worker is gone (out of memory, a native crash): its files fail; the others take the rest.
      for (const id of inFlight) finished(id, { warning: `extraction failed: ${error.message}` });
      inFlight.clear();
    });
    worker.on('exit', () => resolve());
  });
  const stopIfIdle = (): void => {
    if (!ready) {
      // Still loading its dictionary in native code, where it cannot be stopped: let the process
      // exit without it instead of waiting.
      worker.unref();
      stop();
      resolveNow();
    } else if (inFlight.size === 0) {
      stop();
    }
  };
  return { done: Promise.race([done, stopped]), stopIfIdle };
}

/**
 * `threadCount` worker threads and, when callerExtracts, the calling thread too: it works while the
 * threads start (each loads its own jieba dictionary, which takes a second or more).
 */
async function outcomesInParallel(
  files: readonly string[],
  given: (id: number) => ManifestEntry | undefined,
  threadCount: number,
  callerExtracts: boolean,
  form: JobForm,
  finished: (id: number, outcome: FileOutcome) => void,
): Promise<void> {
  const userDict = writeUserDictionary();
  // Built here before the threads start, so they share it instead of each building one.
  const start: WorkerStart = { userDict, posTags: posTagsFor(userDict) };
  let next = 0;
  const take = (): number => (next < files.length ? next++ : -1);
  const threads = Array.from({ length: threadCount }, () => startThread(start, take, files, given, form, finished));
  const extractHere = async (): Promise<void> => {
    loadJieba(userDict, start.posTags);
    for (let id = take(); id >= 0; id = take()) {
      finished(id, await extractFile(files[id]!, form, given(id)));
      // Let messages from the threads in, so they get their next jobs while this thread works.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  if (callerExtracts) {
    await extractHere();
    for (const thread of threads) thread.stopIfIdle();
  }
  await Promise.all(threads.map((t) => t.done));
  // Files left when every thread died (a crash at start-up) are extracted here rather than lost.
  if (next < files.length) await extractHere();
}

/** A thread repays its start-up (a second or two: its own jieba dictionary) only with this much text to extract. */
export const BYTES_PER_THREAD = 4 * 1024 * 1024;

async function totalBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size, () => 0)));
  return sizes.reduce((sum, size) => sum + size, 0);
}

export interface ExtractFilesOptions extends ExtractOptions {
  /** Keep each source's text in the result (default true). */
  keepText?: boolean;
  /**
   * Called with each file's records (not yet resolved across the corpus) in file order, as soon as
   * the files before it are done; with keepRecords: false, the only place records go.
   */
  onRecords?: (records: ArticleRecord[], source: ExtractedSource) => void;
  /** Collect records in the result (default true); false lets them stream out through onRecords. */
  keepRecords?: boolean;
  /**
   * Called instead of onRecords, in file order, with each file's records as JSON lines; records are
   * then neither kept nor handed on as objects. Each thread serializes what it extracted.
   */
  onJsonLines?: (lines: JsonLines, source: ExtractedSource) => void;
}

/**
 * Extracts the given files on up to `workers` threads. Records are in file order and not yet
 * resolved across the corpus; a file with the same decoded text as an earlier one (whatever its
 * encoding) is skipped with a warning. Each file's outcome is handed on as soon as the files before it are done, so with
 * keepText and keepRecords false memory holds only the files in flight.
 */
export async function extractFiles(files: readonly string[], options: ExtractFilesOptions = {}): Promise<ExtractResult> {
  const workers = Math.min(resolveWorkers(options.workers), files.length);
  const form: JobForm = { keepText: options.keepText ?? true, jsonLines: options.onJsonLines !== undefined, model: options.model ?? true };
  if (resolveHome(options.home) !== undefined) form.home = options.home!;
  const keepRecords = options.keepRecords ?? true;
  const result: ExtractResult = { records: [], sources: [], warnings: [] };
  const firstByContent = new Map<string, string>();
  const waiting = new Map<number, FileOutcome>();
  let delivered = 0;
  let done = 0;

  const deliver = (outcome: FileOutcome, path: string): void => {
    if ('warning' in outcome) {
      result.warnings.push({ path, message: outcome.warning });
      return;
    }
    const first = firstByContent.get(outcome.content);
    if (first !== undefined) {
      result.warnings.push({ path, message: `same content as ${first}; read once` });
      return;
    }
    firstByContent.set(outcome.content, outcome.source.path);
    result.sources.push(outcome.source);
    if ('jsonLines' in outcome) {
      options.onJsonLines?.(outcome.jsonLines, outcome.source);
      return;
    }
    options.onRecords?.(outcome.records, outcome.source);
    if (keepRecords) for (const record of outcome.records) result.records.push(record);
  };
  const finished = (id: number, outcome: FileOutcome): void => {
    waiting.set(id, outcome);
    for (let next = waiting.get(delivered); next !== undefined; next = waiting.get(delivered)) {
      waiting.delete(delivered);
      deliver(next, files[delivered]!);
      delivered++;
    }
    done++;
    options.onProgress?.(done, files.length);
  };

  const manifest = options.manifest;
  const given = (id: number): ManifestEntry | undefined => (manifest === undefined ? undefined : manifestEntry(manifest, files[id]!));
  const callerExtracts = options.callerExtracts ?? true;
  // Loaded up front so a broken model is one error, not a warning for every file.
  if (form.model && callerExtracts && files.length > 0) await modelOfThread();
  let threads = 0;
  if (workers > 1) {
    threads = callerExtracts ? Math.min(workers - 1, Math.floor((await totalBytes(files)) / BYTES_PER_THREAD)) : workers;
  }
  if (threads === 0) {
    // Loaded up front so a dictionary problem is one error, not a warning for every file.
    if (files.length > 0) loadJieba();
    for (let i = 0; i < files.length; i++) finished(i, await extractFile(files[i]!, form, given(i)));
  } else {
    await outcomesInParallel(files, given, threads, callerExtracts, form, finished);
  }
  return result;
}

/**
 * Reads the inputs (files, directories, globs), extracts every article and resolves names across
 * the corpus. Bad inputs become warnings; the others are still extracted.
 */
export async function extractInputs(inputs: string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  resolveWorkers(options.workers);
  resolveHome(options.home);
  const expanded = await expandInputs(inputs);
  const extracted = await extractFiles(expanded.files, options);
  return {
    records: resolveCorpus(extracted.records),
    sources: extracted.sources,
    warnings: [...expanded.warnings, ...extracted.warnings],
  };
}
