import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI, FIXTURES, runCli } from '../graph/helpers.js';

const SEED = fileURLToPath(new URL('../../seeds/000_d1792e4d1c156bee.txt', import.meta.url));
const SEED_2 = fileURLToPath(new URL('../../seeds/001_11b9b18a969c96bb.txt', import.meta.url));
const TWO_PAGES = `${FIXTURES}two-pages.jsonl`;
// util-linux `script` runs the command on a pseudo-terminal.
const NO_SCRIPT = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0 ? undefined : 'util-linux `script` is not installed';

function outDir(): string {
  return join(mkdtempSync(join(tmpdir(), 'kg-cli-build-')), 'out');
}

describe('gonghui-kg build', () => {
  it('writes graph.json and graph.gexf and ends with the summary', () => {
    const out = outDir();
    const result = runCli('build', TWO_PAGES, '--out', out);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['graph.gexf', 'graph.json']);
    expect(result.stdout).toContain('articles  3\n');
    expect(result.stdout).toMatch(/nodes {5}13\n {2}Union {9}2\n/);
    expect(result.stdout).toMatch(/ {2}MENTIONS {8}14\n/);
    expect(result.stdout).toContain('warnings  0\n');
    // Not a terminal: plain progress lines, no bar.
    expect(result.stderr).toContain('gonghui-kg build: building the graph\n');
  });

  it('--quiet silences progress and --no-gexf writes graph.json only', () => {
    const out = outDir();
    const result = runCli('build', TWO_PAGES, '--out', out, '--quiet', '--no-gexf');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(readdirSync(out)).toEqual(['graph.json']);
  });

  it('extracts news pages and gives byte-identical files for the same input', () => {
    const a = outDir();
    const b = outDir();
    expect(runCli('build', SEED, '--out', a, '-q', '--workers', '1').status).toBe(0);
    expect(runCli('build', SEED, '--out', b, '-q', '--workers', '1').status).toBe(0);
    expect(readFileSync(join(a, 'graph.json'))).toEqual(readFileSync(join(b, 'graph.json')));
    expect(readFileSync(join(a, 'graph.gexf'))).toEqual(readFileSync(join(b, 'graph.gexf')));
    const graph = JSON.parse(readFileSync(join(a, 'graph.json'), 'utf8')) as { graph: { nodes: { attributes: { label: string; text?: string } }[] } };
    const article = graph.graph.nodes.find((n) => n.attributes.label === 'Article')!;
    expect(article.attributes.text).toContain('工会');
  });

  it('--append adds a page to the graph in place, as if both were built together', () => {
    const together = outDir();
    const appended = outDir();
    runCli('build', TWO_PAGES, '--out', together, '-q');
    expect(runCli('build', `${FIXTURES}page-a.jsonl`, '--out', appended, '-q').status).toBe(0);
    const result = runCli('build', `${FIXTURES}page-b.jsonl`, '--out', appended, '-q', '--append');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('articles  3\n');
    expect(readFileSync(join(appended, 'graph.json'), 'utf8')).toBe(readFileSync(join(together, 'graph.json'), 'utf8'));
  });

  it('refuses --append when there is no graph to add to', () => {
    const result = runCli('build', TWO_PAGES, '--out', outDir(), '--append');
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^gonghui-kg\/build: --append: there is no .*graph\.json to add to; build without --append first$/);
  });

  it('refuses an empty graph and keeps the previous output', () => {
    const out = outDir();
    runCli('build', TWO_PAGES, '--out', out, '-q');
    const before = readFileSync(join(out, 'graph.json'));
    const result = runCli('build', `${FIXTURES}empty.jsonl`, '--out', out, '-q');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^gonghui-kg\/build: the inputs hold no articles, so the graph would be empty; nothing written to .*\n$/);
    expect(readFileSync(join(out, 'graph.json'))).toEqual(before);
  });

  it('names the file and line of a bad record and keeps the previous output', () => {
    const out = outDir();
    runCli('build', TWO_PAGES, '--out', out, '-q');
    const before = readFileSync(join(out, 'graph.gexf'));
    const result = runCli('build', `${FIXTURES}bad-line.jsonl`, '--out', out, '-q');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^gonghui-kg\/build: .*bad-line\.jsonl:2: not an article record: missing "span"\n$/);
    expect(readFileSync(join(out, 'graph.gexf'))).toEqual(before);
  });

  it('says so when the output folder cannot be created', () => {
    const result = runCli('build', TWO_PAGES, '--out', '/nonexistent-parent/out');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('gonghui-kg/build: cannot write /nonexistent-parent/out: folder /nonexistent-parent does not exist\n');
    expect(existsSync('/nonexistent-parent')).toBe(false);
  });

  it.skipIf(NO_SCRIPT !== undefined)(`shows a progress bar on a terminal${NO_SCRIPT === undefined ? '' : ` (skipped: ${NO_SCRIPT})`}`, () => {
    const out = outDir();
    const command = [process.execPath, CLI, 'build', SEED, SEED_2, '--out', out, '--workers', '1'].map((a) => `'${a}'`).join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/extracted files \[[^\]]*\] 2\/2/);
    expect(result.stdout).not.toContain('gonghui-kg build: extracted files 1/2');
  });

  it('builds by the rules alone with --no-model: names only the model finds are left out', () => {
    const pages = mkdtempSync(join(tmpdir(), 'kg-build-model-'));
    writeFileSync(join(pages, 'page.txt'), '\n\n职工技能比赛举行\n\n本报讯（记者 周明）比赛中，华信科技的胡毅获得了一等奖，蓝天物流的孙海燕获得二等奖。\n');
    const persons = (...flags: string[]): string[] => {
      const out = join(mkdtempSync(join(tmpdir(), 'kg-build-model-out-')), 'out');
      expect(runCli('build', pages, '--out', out, '-q', '--no-gexf', '--workers', '1', ...flags).status).toBe(0);
      const file = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { graph: { nodes: { key: string }[] } };
      return file.graph.nodes.map((n) => n.key).filter((k) => k.startsWith('Person:')).sort();
    };
    expect(persons()).toEqual(['Person:周明', 'Person:孙海燕', 'Person:胡毅']);
    expect(persons('--no-model')).toEqual(['Person:周明']);
  });
});
