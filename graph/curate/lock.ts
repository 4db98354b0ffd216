// One writer at a time for a corrections file: a lock file created with O_EXCL beside it, holding
// the owner's pid. Two `curate` commands started together then run one after the other, the second
// reading what the first wrote, so neither correction is lost. A lock left by a process that no
// longer runs is taken over.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { KgError } from '../../extractor/errors.js';

const WAIT_MS = 25;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `work` holding `${path}.lock`; waits up to `timeoutMs` for another holder to finish. */
export function withFileLock<T>(path: string, work: () => T, timeoutMs = 60_000): T {
  const lock = `${path}.lock`;
  const deadline = Date.now() + timeoutMs;
  let fd: number | undefined;
  while (fd === undefined) {
    try {
      fd = openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new KgError('curate', `cannot create the lock file ${lock}: ${(error as Error).message}`);
      const owner = ownerOf(lock);
      // An empty lock file is one being written this instant; only a dead owner's lock is removed.
      if (owner !== undefined && !running(owner)) {
        try {
          unlinkSync(lock);
        } catch {
          // Another waiter removed it first.
        }
        continue;
      }
      if (Date.now() > deadline) throw new KgError('curate', `${path} is being changed by another process (pid ${owner ?? '?'}, lock file ${lock}); try again`);
      sleep(WAIT_MS);
    }
  }
  try {
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return work();
  } finally {
    unlinkSync(lock);
  }
}
