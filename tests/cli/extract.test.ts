// `gonghui-kg extract` as a user runs it: the built command on real files, JSONL on stdout.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../extractor/types.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: 'utf8' });
}

const parse = (stdout: string): ArticleRecord[] =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as ArticleRecord);

describe('gonghui-kg extract', () => {
  it('prints one record per article of the seed pages, in source order, in the documented shape', () => {
    const result = run('extract', 'seeds', '--format', 'jsonl', '--workers', '2');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const records = parse(result.stdout);
    expect(records).toHaveLength(32);
    expect(records.map((r) => `${r.source}#${r.index}`).slice(0, 3)).toEqual([
      '000_d1792e4d1c156bee.txt#1',
      '000_d1792e4d1c156bee.txt#2',
      '000_d1792e4d1c156bee.txt#3',
    ]);
    const first = records[0]!;
    expect(Object.keys(first)).toEqual(['source', 'index', 'title', 'subtitles', 'kind', 'span', 'byline', 'entities', 'relations']);
    expect(first.byline).toEqual([
      { name: '张晶', role: '记者' },
      { name: '王辰阳', role: '摄影' },
    ]);
    const city = first.entities.find((e) => e.id === 'Union:北京市总工会')!;
    expect(city.type).toBe('Union');
    expect(city.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['北京市总工会', '市总工会']));
    const reported = first.relations.find((r) => r.type === 'REPORTED' && r.from === 'Person:张晶')!;
    expect(reported.to).toBe('ARTICLE');
    expect(reported.role).toBe('记者');
    expect(reported.evidence.text).toContain('张晶');
  });

  it('gives offsets into the decoded source text', () => {
    const result = run('extract', 'seeds/001_11b9b18a969c96bb.txt');
    expect(result.status).toBe(0);
    const text = readFileSync(join(repo, 'seeds/001_11b9b18a969c96bb.txt'), 'utf8');
    for (const record of parse(result.stdout)) {
      for (const e of record.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const r of record.relations) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    }
  });

  it('warns about a bad input and still extracts the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-kg-extract-'));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 0]));
    const result = run('extract', join(dir, 'binary.txt'), 'seeds/003_8bc5961090bece20.txt');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^gonghui-kg\/ingest: .*binary\.txt: /m);
    expect(parse(result.stdout).every((r) => r.source === '003_8bc5961090bece20.txt')).toBe(true);
  });

  it('fails with one line when nothing usable was read', () => {
    const result = run('extract', 'no/such/folder');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^gonghui-kg\/(extract|ingest): /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a --workers value that is not a whole number of at least 1, in one line', () => {
    const result = run('extract', 'seeds', '--format', 'jsonl', '--workers', 'two');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('gonghui-kg/extract: --workers expects a whole number of at least 1, got "two"');
  });

  it('leaves no temporary records behind when interrupted with Ctrl-C', async () => {
    // Its own temp folder, so that only this run's spill is looked for.
    const temp = mkdtempSync(join(tmpdir(), 'gonghui-kg-extract-int-'));
    const child = spawn(process.execPath, [CLI, 'extract', 'seeds', '--workers', '1'], { cwd: repo, env: { ...process.env, TMPDIR: temp }, stdio: 'ignore' });
    const exited = once(child, 'exit');
    const spills = (): string[] => readdirSync(temp).filter((name) => name.startsWith('gonghui-kg-spill-'));
    while (spills().length === 0 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(spills()).toHaveLength(1);
    child.kill('SIGINT');
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
    expect(signal ?? code).toBe('SIGINT');
    expect(spills()).toEqual([]);
  });

  it('ends quietly when the reader closes the pipe early (extract … | head)', () => {
    // The shell pipe a user types: head exits after 100 bytes, while extract still has records to write.
    const script = `"${process.execPath}" "${CLI}" extract seeds --workers 1 | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', script], { cwd: repo, encoding: 'utf8' });
    expect(result.stderr).toBe('exit 0\n');
  });

  it('has help text', () => {
    const result = run('extract', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--format');
    expect(result.stdout).toContain('jsonl');
  });

  it('finds names by the rules alone with --no-model, and with the model by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-kg-extract-model-'));
    writeFileSync(join(dir, 'page.txt'), '\n\n职工技能比赛举行\n\n本报讯（记者 周明）比赛中，华信科技的胡毅获得了一等奖，蓝天物流的孙海燕获得二等奖。\n');
    const persons = (...flags: string[]): string[] => {
      const result = run('extract', dir, '--workers', '1', ...flags);
      expect(result.status).toBe(0);
      return parse(result.stdout).flatMap((r) => r.entities.filter((e) => e.type === 'Person').map((e) => e.name));
    };
    expect(persons()).toEqual(['周明', '胡毅', '孙海燕']);
    expect(persons('--no-model')).toEqual(['周明']);
    expect(run('extract', '--help').stdout).toContain('--no-model');
  });
});

