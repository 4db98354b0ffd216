// `gonghui-kg segment` as a user runs it: the built command on real files.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../cli/format/table.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: 'utf8' });
}

describe('gonghui-kg segment', () => {
  it('lists every article of the seed pages in an aligned table', () => {
    const result = run('segment', 'seeds/000_d1792e4d1c156bee.txt', 'seeds/002_534601a385b8a284.txt', '--format', 'table');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^source\s+#\s+kind\s+title\s+byline$/);
    expect(lines).toHaveLength(2 + 6 + 7);
    expect(lines[2]).toMatch(/^000_d1792e4d1c156bee\.txt\s+1\s+news\s+首都工匠学院城市更新“未来工匠”创新研修班开班\s+张晶 记者, 王辰阳 摄影$/);
    expect(result.stdout).toContain('重温抗战历史');
    expect(result.stdout).toContain('孙妍 摄影, 田文江 摄影');
    // The byline column starts at the same display column on every row with a byline.
    const bylineColumn = (line: string): number => displayWidth(line.slice(0, line.search(/\S+ (记者|摄影|通讯员)/)));
    const columns = lines.slice(2).filter((line) => /(记者|摄影)/.test(line)).map(bylineColumn);
    expect(new Set(columns).size).toBe(1);
  });

  it('writes JSON with source, index, title, subtitles, kind, byline and span', () => {
    const result = run('segment', 'seeds', '--format', 'json');
    expect(result.status).toBe(0);
    const articles = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(articles).toHaveLength(32);
    expect(articles[0]).toEqual({
      source: '000_d1792e4d1c156bee.txt',
      index: 1,
      title: '首都工匠学院城市更新“未来工匠”创新研修班开班',
      subtitles: ['助力高技能人才由传统建筑工人向绿色建筑技术工程师转型'],
      kind: 'news',
      byline: [
        { name: '张晶', role: '记者' },
        { name: '王辰阳', role: '摄影' },
      ],
      span: expect.objectContaining({ start: expect.any(Number), end: expect.any(Number) }),
    });
    expect(articles.filter((a) => a.kind === 'continuation').map((a) => a.title)).toEqual(['']);
  });

  it('reads the good inputs, warns on stderr about the bad ones, and exits 0', () => {
    const result = run('segment', 'tests/fixtures/ingest/image.txt', 'tests/fixtures/ingest/gbk.txt', 'nowhere.txt', '--format', 'json');
    expect(result.status).toBe(0);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `gonghui-kg/ingest: nowhere.txt: no such file or directory`,
      `gonghui-kg/ingest: ${repo}tests/fixtures/ingest/image.txt: not a text file: looks like a PNG image`,
    ]);
    expect((JSON.parse(result.stdout) as { title: string }[]).map((a) => a.title)).toEqual(['朝阳区总工会举办职工运动会']);
  });

  it('exits non-zero when nothing usable was read', () => {
    const result = run('segment', 'tests/fixtures/ingest/empty.txt', 'tests/fixtures/ingest/no-text');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('empty.txt: empty file');
    expect(result.stderr).toContain('no-text: directory holds no .txt, .html or .htm files');
    expect(result.stderr).toContain('gonghui-kg/ingest: nothing usable was read from the inputs');
  });

  it('refuses an unknown format and explains itself in --help', () => {
    const bad = run('segment', 'seeds', '--format', 'xml');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain("argument 'xml' is invalid");
    const help = run('segment', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--format <format>');
    expect(help.stdout).toContain('table');
  });
});
