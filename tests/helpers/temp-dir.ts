// Vitest global setup: the run's scratch files (the tests', and those of the commands and servers
// they start) go under one folder of its own, removed when the run ends, so nothing a test forgets
// or a killed child leaves behind stays in the system's temp folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'gonghui-kg-tests-'));
  // Read by os.tmpdir() in the test processes, which start after this, and in every child they spawn.
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
