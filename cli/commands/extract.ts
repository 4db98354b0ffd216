// `gonghui-kg extract <inputs…> --format jsonl`: one JSON record per article, in source order —
// entities with their mentions, relations with their evidence, names resolved across all inputs.
// Records stream out (extractor/stream.ts), so memory does not grow with the corpus.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Option, type Command } from 'commander';
import type { ArticleRecord } from '../../extractor/index.js';
import { HOME_OPTION_HELP, parseWorkers } from '../options.js';

interface ExtractCommandOptions {
  format: 'jsonl';
  workers?: string;
  home?: string;
  /** false with --no-model. */
  model: boolean;
}

/** Bytes gathered before a write: fewer, larger writes, without a big corpus in one string. */
const CHUNK = 1 << 16;

/** The reader went away (`gonghui-kg extract … | head`): stop quietly, as Unix tools do. */
const isClosedPipe = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';

/**
 * Writes one JSON line per record, waiting for 'drain' whenever `out` has enough buffered. Stops
 * when `out` fails; a closed pipe ends the output normally, any other failure is thrown.
 */
async function writeJsonLines(records: AsyncIterable<ArticleRecord>, out: Writable): Promise<void> {
  let failure: unknown;
  const onError = (error: unknown): void => {
    failure ??= error;
  };
  out.on('error', onError);
  let chunk = '';
  const flush = async (): Promise<void> => {
    const more = out.write(chunk);
    chunk = '';
    // once() rejects when 'error' comes instead of 'drain'; onError has kept it.
    if (!more && failure === undefined) await once(out, 'drain').catch(() => undefined);
  };
  try {
    for await (const record of records) {
      if (failure !== undefined) break;
      chunk += `${JSON.stringify(record)}\n`;
      if (chunk.length >= CHUNK) await flush();
    }
    if (chunk !== '' && failure === undefined) await flush();
  } finally {
    out.off('error', onError);
  }
  if (failure !== undefined && !isClosedPipe(failure)) throw failure;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract entities and relations (with evidence) from news pages, one JSON record per article')
    .argument('<inputs...>', 'files, directories (searched recursively) or glob patterns')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl']).default('jsonl'))
    .option('--workers <n>', 'worker threads (default: number of cores)')
    .option('--home <place>', HOME_OPTION_HELP)
    .option('--no-model', 'find names by the rules alone, without the named-entity model')
    .action(async (inputs: string[], options: ExtractCommandOptions) => {
      const { KgError } = await import('../../extractor/errors.js');
      const { withRecordStream } = await import('../../extractor/stream.js');
      const { formatWarning } = await import('../../extractor/ingest/index.js');
      await withRecordStream(inputs, { ...parseWorkers('extract', options.workers), ...(options.home === undefined ? {} : { home: options.home }), model: options.model }, async (stream) => {
        for (const warning of stream.warnings) process.stderr.write(`${formatWarning(warning)}\n`);
        if (stream.sources.length === 0) throw new KgError('extract', 'nothing usable was read from the inputs', { exitCode: 2 });
        await writeJsonLines(stream.records, process.stdout);
      });
    });
}
