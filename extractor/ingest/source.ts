// One file → one Source, or a KgError naming the file and what is wrong with it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { KgError } from '../errors.js';
import type { Source } from '../types.js';
import { binaryKind, garbageShare } from './binary.js';
import { decodeBytes } from './decode.js';

/** A plain-text page never has a line this long; past it the file is not a page of text. */
export const MAX_LINE_CHARS = 100_000;
/** Share of undecodable or control characters above which decoded text is not text. */
const MAX_GARBAGE = 0.02;

const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const TEXT_EXTENSIONS = new Set(['.txt', ...HTML_EXTENSIONS]);

/** Whether a directory walk picks up this file name. */
export function isTextFileName(name: string): boolean {
  return TEXT_EXTENSIONS.has(extname(name).toLowerCase());
}

/** A file that cannot be used, with the reason alone (the message also names the file). */
export class InputError extends KgError {
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string, cause?: unknown) {
    super('ingest', `${path}: ${reason}`, cause === undefined ? undefined : { cause });
    this.path = path;
    this.reason = reason;
  }
}

function fail(path: string, reason: string, cause?: unknown): never {
  throw new InputError(path, reason, cause);
}

/** Why a file could not be read, in words. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot read the file (permission denied)';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'cannot read the file (symbolic link loop)';
    default:
      return `cannot read the file (${code ?? String(error)})`;
  }
}

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    longest = Math.max(longest, at - start);
    start = at + 1;
  }
  return Math.max(longest, text.length - start);
}

/** Reads, checks and decodes one file. Safe to call from a worker thread. */
export async function readSource(path: string): Promise<Source> {
  const resolved = resolve(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(resolved);
  } catch (error) {
    fail(resolved, describeReadError(error), error);
  }
  if (bytes.length === 0) fail(resolved, 'empty file');
  const binary = binaryKind(bytes);
  if (binary) fail(resolved, `not a text file: looks like a ${binary}`);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text: decoded, encoding } = decodeBytes(bytes);
  if (garbageShare(decoded) > MAX_GARBAGE) fail(resolved, `not a text file: undecodable as UTF-8, UTF-16 or GB18030`);
  if (decoded.trim() === '') fail(resolved, 'empty file (only white space)');

  const name = basename(resolved);
  if (HTML_EXTENSIONS.has(extname(name).toLowerCase())) {
    // linkedom and Readability load on the first HTML page only: plain-text runs (and every
    // worker thread) skip them.
    const { readableHtml } = await import('./html.js');
    const { title, text, published } = readableHtml(decoded);
    if (text.trim() === '') fail(resolved, 'HTML page without readable text');
    return { path: resolved, name, sha256, encoding, format: 'html', text, ...(title ? { title } : {}), ...(published ? { published } : {}) };
  }
  const longest = longestLine(decoded);
  if (longest > MAX_LINE_CHARS) {
    fail(resolved, `not a page of text: a line of ${longest.toLocaleString('en')} characters without a line break`);
  }
  return { path: resolved, name, sha256, encoding, format: 'txt', text: decoded };
}
