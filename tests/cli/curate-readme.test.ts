// The README's Corrections section, run as users copy it, on the seeds graph.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../graph/helpers.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** The `curate` commands of the section, as argument lists (single quotes as the shell reads them, comments dropped). */
function readmeCommands(): string[][] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('<!-- section: corrections -->');
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  return [...section.matchAll(/^npx gonghui-kg curate out (.+)$/gm)].map((match) =>
    [...match[1]!.replace(/\s+#.*$/, '').matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!),
  );
}

describe('the README corrections section', () => {
  it('runs on the seeds graph, every command, and a rebuild keeps the result', () => {
    const commands = readmeCommands();
    expect(commands.map((c) => c[0])).toEqual(['suggest', 'merge', 'rename', 'retype', 'drop', 'split', 'relation', 'relation', 'keep-apart', 'list', 'undo']);
    const out = join(mkdtempSync(join(tmpdir(), 'kg-curate-readme-')), 'out');
    expect(runCli('build', SEEDS, '--out', out, '-q', '--workers', '1').status).toBe(0);
    for (const args of commands) {
      const result = runCli('curate', out, ...args);
      expect(result.status, `curate out ${args.join(' ')}: ${result.stderr}`).toBe(0);
    }
    const curated = readFileSync(join(out, 'graph.json'), 'utf8');
    expect(curated).toContain('"key":"Organization:京东集团"');
    expect(runCli('build', SEEDS, '--out', out, '-q', '--workers', '1').stderr).toBe('');
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(curated);
  });
});
