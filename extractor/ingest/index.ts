// Ingestion: files, directories and globs → decoded sources, with one warning per bad input.
import { createHash } from 'node:crypto';
import { KgError } from '../errors.js';
import type { InputWarning, Source } from '../types.js';
import { expandInputs } from './expand.js';
import { InputError, readSource } from './source.js';

export { decodeBytes } from './decode.js';
export { expandInputs } from './expand.js';
export { InputError, MAX_LINE_CHARS, isTextFileName, readSource } from './source.js';

export interface ReadResult {
  sources: Source[];
  warnings: InputWarning[];
}

/** Files read at once; enough to keep the disk busy without opening thousands of files. */
const CONCURRENCY = 16;

/**
 * Reads every input. A bad input becomes a warning and the others are still read;
 * identical content (the same decoded text, whatever the bytes) is read once.
 */
export async function readInputs(inputs: string[]): Promise<ReadResult> {
  const { files, warnings } = await expandInputs(inputs);
  const results: (Source | InputWarning)[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const path = files[i]!;
      try {
        results[i] = await readSource(path);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        results[i] = { path, message: error.reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));

  // The same page saved twice, or in two encodings, is one source.
  const sources: Source[] = [];
  const byContent = new Map<string, Source>();
  for (const result of results) {
    if (!('sha256' in result)) {
      warnings.push(result);
      continue;
    }
    const content = createHash('sha256').update(result.text).digest('hex');
    const first = byContent.get(content);
    if (first) {
      warnings.push({ path: result.path, message: `same content as ${first.path}; read once` });
      continue;
    }
    byContent.set(content, result);
    sources.push(result);
  }
  return { sources, warnings };
}

/** One line per warning, prefixed like every message of this module. */
export function formatWarning(warning: InputWarning): string {
  return `gonghui-kg/ingest: ${warning.path}: ${warning.message}`;
}

/** Throws when nothing usable was read: the one case in which a command fails for its inputs. */
export function requireSources(result: ReadResult): Source[] {
  if (result.sources.length === 0) {
    throw new KgError('ingest', 'nothing usable was read from the inputs', { exitCode: 2 });
  }
  return result.sources;
}
