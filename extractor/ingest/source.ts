// One file → one Source, or a KgError naming the file and what is wrong with it.
import { createHash } from 'node:crypto';
import { constants, type Dirent, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { KgError } from '../errors.js';
import type { Encoding, Source } from '../types.js';
import { binaryKind, characterShares, MAX_CONTROL_SHARE } from './binary.js';
import { decodeBytes } from './decode.js';

/** A plain-text page never has a line this long; past it the file is not a page of text. */
export const MAX_LINE_CHARS = 100_000;
/** Share of undecodable characters (U+FFFD) above which the bytes are not text in any encoding we read. */
const MAX_REPLACEMENT = 0.02;

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

/** What the decoder tried, for a file it could not decode. */
const TRIED: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'gb18030': 'UTF-8 or GB18030',
  'utf-8-bom': 'UTF-8 (as its byte-order mark says)',
  'utf-16le': 'UTF-16 (as its byte-order mark says)',
  'utf-16be': 'UTF-16 (as its byte-order mark says)',
};

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** Why decoded text is not text, or undefined when it is. */
function decodedTextFault(text: string, encoding: Encoding): string | undefined {
  const { replacement, control } = characterShares(text);
  if (replacement > MAX_REPLACEMENT) {
    // Strict UTF-8 decoding never makes U+FFFD: a file that holds them was damaged before.
    return encoding === 'utf-8'
      ? `damaged text: ${percent(replacement)} of its characters are U+FFFD replacement characters`
      : `not a text file: undecodable as ${TRIED[encoding]}`;
  }
  if (control > MAX_CONTROL_SHARE) return `not a text file: ${percent(control)} of its characters are control characters`;
  return undefined;
}

/** Why a folder inside an input could not be listed, in words. */
export function describeFolderError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the folder (permission denied); the rest was read';
  return `cannot read the folder (${code ?? String(error)}); the rest was read`;
}

/** What a path is when it is not a regular file (reading a pipe or a device could block forever), or undefined. */
export function notRegularFile(info: Stats | Dirent): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'is a directory, not a file';
  if (info.isFIFO()) return 'not a regular file (a named pipe): not read';
  if (info.isSocket()) return 'not a regular file (a socket): not read';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'not a regular file (a device): not read';
  return 'not a regular file: not read';
}

/**
 * The bytes of a regular file. Opened without blocking, so that a pipe with no writer is
 * recognized by its type instead of waiting for one.
 */
async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const kind = notRegularFile(await handle.stat());
    if (kind) throw new InputError(path, kind);
    return await handle.readFile();
  } finally {
    await handle.close();
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
    bytes = await readRegularFile(resolved);
  } catch (error) {
    if (error instanceof InputError) throw error;
    fail(resolved, describeReadError(error), error);
  }
  if (bytes.length === 0) fail(resolved, 'empty file');
  const binary = binaryKind(bytes);
  if (binary) fail(resolved, `not a text file: looks like a ${binary}`);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const { text: decoded, encoding } = decodeBytes(bytes);
  const fault = decodedTextFault(decoded, encoding);
  if (fault) fail(resolved, fault);
  if (decoded.trim() === '') fail(resolved, 'empty file (only white space)');

  const name = basename(resolved);
  if (HTML_EXTENSIONS.has(extname(name).toLowerCase())) {
    // linkedom and Readability load on the first HTML page only: plain-text runs (and every
    // worker thread) skip them.
    const { readableHtml } = await import('./html.js');
    const { title, text, published } = readableHtml(decoded);
    if (text.trim() === '') fail(resolved, 'HTML page without readable text');
    // The reduced text is what extraction reads: the same limit as a plain-text page's.
    checkLines(resolved, text, 'its readable text has a paragraph');
    return { path: resolved, name, sha256, encoding, format: 'html', text, ...(title ? { title } : {}), ...(published ? { published } : {}) };
  }
  checkLines(resolved, decoded, 'a line');
  return { path: resolved, name, sha256, encoding, format: 'txt', text: decoded };
}

function checkLines(path: string, text: string, what: string): void {
  const longest = longestLine(text);
  if (longest > MAX_LINE_CHARS) {
    fail(path, `not a page of text: ${what} of ${longest.toLocaleString('en')} characters without a line break`);
  }
}
