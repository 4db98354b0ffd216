import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../graph/helpers.js';
import { COMPANY, GAMES_1, GAMES_2, LI_SI, PAGE_1, PAGE_1_RENAMED, PAGE_2, SHORT_UNION, STREET_UNION } from '../graph/curate/fixture.js';

interface GraphFile {
  graph: { attributes: { removed?: { nodes: { id: string }[] } }; nodes: { key: string; attributes: { corrections?: string[]; aliases: string[] } }[]; edges: { key: string }[] };
}

function built(...pages: string[]): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kg-cli-curate-')), 'out');
  const result = runCli('build', ...pages, '--out', dir, '-q');
  expect(result.status, result.stderr).toBe(0);
  return dir;
}

function curate(dir: string, ...args: string[]) {
  return runCli('curate', dir, ...args);
}

function ok(dir: string, ...args: string[]): string {
  const result = curate(dir, ...args);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const graphOf = (dir: string): GraphFile => JSON.parse(read(dir, 'graph.json')) as GraphFile;
const nodeIds = (dir: string): string[] => graphOf(dir).graph.nodes.map((n) => n.key);

describe('gonghui-kg curate', () => {
  it('writes each correction and the corrected graph; a rebuild gives the same files, byte for byte', () => {
    const dir = built(PAGE_1);
    const original = read(dir, 'graph.json');
    const merged = ok(dir, 'merge', SHORT_UNION, STREET_UNION, '--reason', '同一个工会', '--by', 'ana');
    expect(merged).toMatch(/^c1 {2}merge Union:望京街道总工会 into Union:朝阳区望京街道总工会 {2}\(ana, \d{4}-\d\d-\d\dT[\d:.]+Z\) — 同一个工会\n.*graph\.json: 14 nodes, \d+ edges, 1 correction\n$/);
    // A name is enough when only one node has it.
    ok(dir, 'drop', '李四');
    ok(dir, 'relation', 'add', GAMES_1, 'HELD_AT', 'Street:望京街道', '--reason', '运动会在望京举行');
    ok(dir, 'split', COMPANY, '光明公司', '--as', '光明文化公司');

    const graph = graphOf(dir);
    expect(nodeIds(dir)).not.toContain(SHORT_UNION);
    expect(nodeIds(dir)).not.toContain(LI_SI);
    expect(nodeIds(dir)).toContain('Organization:光明文化公司');
    expect(graph.graph.nodes.find((n) => n.key === STREET_UNION)!.attributes).toMatchObject({ corrections: ['c1'], aliases: ['望京街道总工会'] });
    expect(graph.graph.attributes.removed!.nodes.map((n) => n.id)).toEqual([LI_SI, SHORT_UNION]);
    expect(read(dir, 'graph.gexf')).toContain('<attvalue for="corrections" value="[&quot;c1&quot;]"/>');
    const corrections = JSON.parse(read(dir, 'corrections.json')) as { corrections: { id: string; op: string; by: string; reason: string }[] };
    expect(corrections.corrections.map((c) => [c.id, c.op, c.by === 'ana', c.reason])).toEqual([
      ['c1', 'merge', true, '同一个工会'],
      ['c2', 'drop', false, ''],
      ['c3', 'relation-add', false, '运动会在望京举行'],
      ['c4', 'split', false, ''],
    ]);

    const curated = { json: read(dir, 'graph.json'), gexf: read(dir, 'graph.gexf') };
    expect(runCli('build', PAGE_1, '--out', dir, '-q').status).toBe(0);
    expect(read(dir, 'graph.json')).toBe(curated.json);
    expect(read(dir, 'graph.gexf')).toBe(curated.gexf);
    // Elsewhere, with the corrections file given.
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'kg-cli-curate-')), 'out');
    expect(runCli('build', PAGE_1, '--out', elsewhere, '-q', '--corrections', join(dir, 'corrections.json')).status).toBe(0);
    expect(read(elsewhere, 'graph.json')).toBe(curated.json);

    // Undo, last first or by id, back to the graph as built.
    expect(ok(dir, 'undo')).toMatch(/^undone: c4 {2}split/);
    ok(dir, 'undo', 'c1');
    ok(dir, 'undo', 'c2');
    ok(dir, 'undo');
    expect(read(dir, 'graph.json')).toBe(original);
    expect(curate(dir, 'undo').stderr).toMatch(/^gonghui-kg\/curate: .*corrections\.json holds no corrections; nothing to undo\n$/);
  });

  it('keeps every correction when pages are appended, as if all were built together', () => {
    const dir = built(PAGE_1);
    ok(dir, 'merge', SHORT_UNION, STREET_UNION);
    ok(dir, 'drop', LI_SI);
    ok(dir, 'rename', COMPANY, '光明科技股份有限公司');
    const appended = runCli('build', PAGE_2, '--out', dir, '-q', '--append');
    expect(appended.status).toBe(0);
    expect(appended.stderr).toBe('');
    // Page 2 mentions all three again.
    expect(nodeIds(dir)).not.toContain(SHORT_UNION);
    expect(nodeIds(dir)).not.toContain(LI_SI);
    expect(nodeIds(dir)).not.toContain(COMPANY);
    expect(graphOf(dir).graph.edges.map((e) => e.key)).toContain(`MENTIONS|Article:p2.txt#1|${STREET_UNION}`);

    const together = built(PAGE_1, PAGE_2);
    copyFileSync(join(dir, 'corrections.json'), join(together, 'corrections.json'));
    expect(runCli('build', PAGE_1, PAGE_2, '--out', together, '-q').status).toBe(0);
    expect(read(together, 'graph.json')).toBe(read(dir, 'graph.json'));
  });

  it('finds its nodes after a rebuild renamed them, and reports, keeps and lists the corrections that match nothing', () => {
    const dir = built(PAGE_1);
    ok(dir, 'relation', 'add', COMPANY, 'ORGANIZED', GAMES_2, '--role', '赞助');
    ok(dir, 'drop', GAMES_1);
    const renamed = runCli('build', PAGE_1_RENAMED, '--out', dir, '-q');
    expect(renamed.stderr).toBe('');
    expect(graphOf(dir).graph.edges.map((e) => e.key)).toContain(`ORGANIZED|Organization:北京光明科技有限公司|${GAMES_2}|赞助`);

    const without = runCli('build', PAGE_2, '--out', dir, '-q');
    expect(without.status).toBe(0);
    expect(without.stderr).toContain(`corrections.json: correction c1 (relation add ${COMPANY} ORGANIZED (赞助) ${GAMES_2}) is stale: ${GAMES_2} is not in the graph, and no Initiative is known by its names\n`);
    expect(without.stderr).toContain('correction c2 (drop Initiative:第一届职工运动会) is stale');
    const stale = curate(dir, 'list', '--stale');
    expect(stale.stdout).toMatch(/^c1 {2}relation add .*\n {4}stale: .*\nc2 {2}drop .*\n {4}stale: .*\n$/);
    expect(stale.stderr).toMatch(/^2 stale corrections in .*corrections\.json\n$/);
    expect((JSON.parse(read(dir, 'corrections.json')) as { corrections: unknown[] }).corrections).toHaveLength(2);
  });

  it('refuses bad arguments and bad files with one line, changing nothing', () => {
    const dir = built(PAGE_1);
    ok(dir, 'drop', LI_SI);
    const before = { json: read(dir, 'graph.json'), corrections: read(dir, 'corrections.json') };
    const refused = (args: string[], message: string | RegExp): void => {
      const result = curate(dir, ...args);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')).toHaveLength(2);
      expect(result.stderr.trim()).toMatch(message);
    };
    refused(['drop', 'Union:无此工会'], /^gonghui-kg\/curate: no node "Union:无此工会" in .*graph\.json \(give an id/);
    refused(['retype', COMPANY, 'Club'], 'gonghui-kg/curate: unknown type "Club" (expected Union, District, Street, Region, Person, Organization, Initiative)');
    refused(['merge', 'Person:张伟', STREET_UNION], `gonghui-kg/curate: c2 (merge Person:张伟 into ${STREET_UNION}): cannot merge Person:张伟 (a Person) into ${STREET_UNION} (a Union); nothing changed`);
    refused(['rename', SHORT_UNION, '朝阳区望京街道总工会'], `gonghui-kg/curate: c2 (rename ${SHORT_UNION} to 朝阳区望京街道总工会): ${STREET_UNION} already exists; merge ${SHORT_UNION} into it instead; nothing changed`);
    refused(['relation', 'add', STREET_UNION, 'LIKES', GAMES_1], /^gonghui-kg\/curate: unknown relation type "LIKES"/);
    refused(['relation', 'drop', STREET_UNION, 'HELD_AT', GAMES_1], /there is no HELD_AT relation from/);
    refused(['split', COMPANY, '光明集团', '--as', '光明集团'], /光明集团 is not an alias of Organization:光明科技有限公司; nothing changed$/);
    refused(['melt', LI_SI], /^gonghui-kg\/curate: unknown action "melt"/);
    refused(['undo', 'c7'], /^gonghui-kg\/curate: there is no correction c7 in /);
    expect(read(dir, 'graph.json')).toBe(before.json);
    expect(read(dir, 'corrections.json')).toBe(before.corrections);

    writeFileSync(join(dir, 'corrections.json'), before.corrections.replace('"op":"drop"', '"op":"melt"'));
    refused(['drop', GAMES_1], /^gonghui-kg\/curate: .*corrections\.json: entry 1 \(c1\): unknown op "melt"/);
    const build = runCli('build', PAGE_1, '--out', dir, '-q');
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/^gonghui-kg\/curate: .*corrections\.json: entry 1 \(c1\): unknown op "melt" .*\n$/);
    expect(read(dir, 'graph.json')).toBe(before.json);
  });

  it('loses nothing when several curate commands run at once', async () => {
    const dir = built(PAGE_1);
    const changes = [
      ['drop', LI_SI],
      ['merge', SHORT_UNION, STREET_UNION],
      ['rename', COMPANY, '光明科技股份有限公司'],
      ['retype', GAMES_1, 'Organization'],
    ];
    const run = (args: string[]) =>
      new Promise<number | null>((done) => {
        const child = spawn(process.execPath, [CLI, 'curate', dir, ...args], { stdio: 'ignore' });
        child.on('exit', (code) => done(code));
      });
    expect(await Promise.all(changes.map(run))).toEqual([0, 0, 0, 0]);
    const corrections = JSON.parse(read(dir, 'corrections.json')) as { corrections: { id: string; op: string }[] };
    expect(corrections.corrections.map((c) => c.op).sort()).toEqual(['drop', 'merge', 'rename', 'retype']);
    expect(corrections.corrections.map((c) => c.id).sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
    const ids = nodeIds(dir);
    expect(ids).not.toContain(LI_SI);
    expect(ids).not.toContain(SHORT_UNION);
    expect(ids).toContain('Organization:光明科技股份有限公司');
    expect(ids).toContain('Organization:第一届职工运动会');
  });

  it('suggests likely duplicates with the commands to accept or reject them; a rejected one is not shown again', () => {
    const dir = built(PAGE_1);
    const suggested = curate(dir, 'suggest');
    expect(suggested.stdout).toBe(
      `merge ${SHORT_UNION} into ${STREET_UNION}  (望京街道总工会 lies in 朝阳区; 1 shared neighbour, 1 shared article)\n` +
        `    accept: gonghui-kg curate '${dir}' merge '${SHORT_UNION}' '${STREET_UNION}'\n` +
        `    reject: gonghui-kg curate '${dir}' keep-apart '${SHORT_UNION}' '${STREET_UNION}'\n`,
    );
    ok(dir, 'keep-apart', SHORT_UNION, STREET_UNION, '--reason', '两个不同的工会');
    expect(curate(dir, 'suggest').stdout).toBe('');
    expect(curate(dir, 'list').stdout).toMatch(/^c1 {2}keep Union:望京街道总工会 apart from Union:朝阳区望京街道总工会 .* — 两个不同的工会\n$/);
  });
});
