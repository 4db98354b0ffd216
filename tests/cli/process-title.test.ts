// A --password value must not stay readable in the process list while a command runs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskedCommandLine } from '../../cli/process-title.js';

const CLI = join('dist', 'cli', 'main.js');
const FIXTURE = join('tests', 'fixtures', 'viewer', 'graph.json');

describe('the process list', () => {
  it('masks every --password value, in both spellings, and leaves other command lines alone', () => {
    expect(maskedCommandLine(['node', 'main.js', 'load', 'out', '--password', 's3cret', '--quiet'])).toBe('gonghui-kg load out --password *** --quiet');
    expect(maskedCommandLine(['node', 'main.js', 'cypher', '--password=s3cret', 'RETURN 1'])).toBe('gonghui-kg cypher --password=*** RETURN 1');
    expect(maskedCommandLine(['node', 'main.js', 'stats', 'out'])).toBeUndefined();
  });

  it.skipIf(!existsSync('/proc/self/cmdline'))('does not show a running command’s password (Linux: /proc/<pid>/cmdline, what ps reads)', async () => {
    const child = spawn(process.execPath, [CLI, 'serve', FIXTURE, '--port', '0', '--password', 's3cret-word'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (/http:\/\/\S+\//.test(out)) resolve();
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const shown = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8');
      expect(shown).not.toContain('s3cret-word');
      expect(shown).toContain('gonghui-kg serve');
    } finally {
      child.kill();
    }
  });
});
