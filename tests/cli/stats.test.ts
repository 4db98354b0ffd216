import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, FIXTURES, runCli } from '../graph/helpers.js';

let out: string;

beforeAll(() => {
  out = join(mkdtempSync(join(tmpdir(), 'kg-cli-stats-')), 'out');
  const result = runCli('build', `${FIXTURES}two-pages.jsonl`, '--out', out, '-q');
  if (result.status !== 0) throw new Error(result.stderr);
});

describe('gonghui-kg stats', () => {
  it('prints the summary and the top entities by PageRank, columns aligned for Chinese', () => {
    const result = runCli('stats', out, '--top', '5');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^sources   2\narticles  3\nnodes     13\n/);
    expect(result.stdout).toContain('  REPORTED        3\n');
    const table = result.stdout.split('Top 5 entities by PageRank\n')[1]!.trimEnd().split('\n');
    expect(table).toHaveLength(7);
    expect(table[2]).toMatch(/^1 +朝阳区 +District +0\.\d{4} +4 +2$/);
    // The label column starts at the same display column on every row.
    const column = (line: string): number => stringWidth(line.slice(0, line.search(/(Union|District|Street|Person|Organization|Initiative|label)/)));
    const starts = new Set([table[0]!, ...table.slice(2)].map(column));
    expect(starts.size).toBe(1);
  });

  it('ends quietly when the reader closes the pipe early (stats … | head -1)', () => {
    const script = `"${process.execPath}" "${CLI}" stats "${out}" --top 50 | head -1 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('exit 0\n');
  });

  it('accepts the graph.json path itself', () => {
    const result = runCli('stats', join(out, 'graph.json'), '--top', '0');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('PageRank');
  });

  it('explains a truncated graph.json in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-stats-'));
    const path = join(dir, 'graph.json');
    writeFileSync(path, readFileSync(join(out, 'graph.json'), 'utf8').slice(0, 500));
    const result = runCli('stats', path);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^gonghui-kg\/store: .*graph\.json: is not valid JSON, probably truncated or corrupted \(.*\); rebuild it with `gonghui-kg build`\n$/);
  });

  it('explains a graph.json of another format version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-stats-'));
    const path = join(dir, 'graph.json');
    writeFileSync(path, readFileSync(join(out, 'graph.json'), 'utf8').replace('"version":1', '"version":7'));
    const result = runCli('stats', path);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`gonghui-kg/store: ${path}: has graph format version 7, this gonghui-kg reads version 1; rebuild it with \`gonghui-kg build\`\n`);
  });
});
