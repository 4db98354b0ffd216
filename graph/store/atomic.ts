// Writes output files so that a reader never sees half a file and a failed write
// never destroys the previous version: everything goes to a temp file beside the
// target, which is renamed over it only when complete.
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { KgError } from '../../extractor/errors.js';

/** Buffers text and flushes it to a file descriptor in large slices, so huge outputs stream. */
export class ChunkWriter {
  private parts: string[] = [];
  private length = 0;
  private readonly fd: number;
  private readonly flushAt: number;

  constructor(fd: number, flushAt = 1 << 20) {
    this.fd = fd;
    this.flushAt = flushAt;
  }

  write(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= this.flushAt) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const buffer = Buffer.from(this.parts.join(''), 'utf8');
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(this.fd, buffer, offset, buffer.length - offset);
    this.parts = [];
    this.length = 0;
  }
}

function describeFsError(module: string, path: string, error: unknown): KgError {
  const code = (error as NodeJS.ErrnoException).code;
  const dir = dirname(path);
  const reason =
    code === 'ENOENT'
      ? `folder ${dir} does not exist`
      : code === 'ENOTDIR'
        ? `${dir} is not a folder`
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? `folder ${dir} is not writable`
          : code === 'ENOSPC'
            ? 'no space left on the device'
            : (error as Error).message;
  return new KgError(module, `cannot write ${path}: ${reason}`, { cause: error });
}

/** Checks that `path` can be created or replaced: its folder exists, and it is not a folder itself. */
export function checkOutputPath(module: string, path: string): void {
  const dir = dirname(resolve(path));
  if (!existsSync(dir)) throw new KgError(module, `cannot write ${path}: folder ${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw new KgError(module, `cannot write ${path}: ${dir} is not a folder`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new KgError(module, `cannot write ${path}: it is a folder, expected a file name`);
}

let tempCounter = 0;

/** `.<name>.<pid>.<n>.tmp`: the temp files of writeFilesAtomic. */
const TEMP_FILE = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists, it belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const swept = new Set<string>();

/**
 * Removes temp files a killed writer left in `dir` (a graph.json half written can be tens of MB):
 * only names of our own pattern, only when the process that wrote them is gone. Once per folder
 * per process.
 */
export function removeStaleTempFiles(dir: string): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(TEMP_FILE.exec(name)?.[2]);
    if (!Number.isSafeInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    rmSync(join(dir, name), { force: true });
  }
}

/**
 * Several files written as one unit: every file is produced into its temp file first, and
 * only when all succeeded are they renamed into place.
 */
export function writeFilesAtomic(module: string, files: { path: string; write: (out: ChunkWriter) => void }[]): void {
  const done: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      const path = resolve(file.path);
      checkOutputPath(module, path);
      removeStaleTempFiles(dirname(path));
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${tempCounter++}.tmp`);
      let fd: number;
      try {
        fd = openSync(temp, 'w');
      } catch (error) {
        throw describeFsError(module, path, error);
      }
      done.push({ temp, path });
      try {
        const out = new ChunkWriter(fd);
        file.write(out);
        out.flush();
        fsyncSync(fd);
      } catch (error) {
        if (error instanceof KgError) throw error;
        throw describeFsError(module, path, error);
      } finally {
        closeSync(fd);
      }
    }
    for (const { temp, path } of done) renameSync(temp, path);
  } catch (error) {
    for (const { temp } of done) if (existsSync(temp)) unlinkSync(temp);
    throw error;
  }
}

export function writeFileAtomic(module: string, path: string, write: (out: ChunkWriter) => void): void {
  writeFilesAtomic(module, [{ path, write }]);
}
