// `gonghui-kg eval` as a user runs it: scores per type against the seed gold, misses on request.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));
const gold = join(repo, 'seeds', 'gold');

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: 'utf8' });
}

describe('gonghui-kg eval', () => {
  it('prints P/R/F1 per entity and relation type, lenient and strict', () => {
    const result = run('eval', '--gold', gold, 'seeds');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Entities');
    for (const type of ['Union', 'District', 'Street', 'Region', 'Person', 'Organization', 'Initiative', 'ALL']) {
      expect(lines.some((l) => new RegExp(`^  ${type}\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+\\d+$`).test(l)), type).toBe(true);
    }
    for (const type of ['LOCATED_IN', 'ORGANIZED', 'PARTICIPATED_IN', 'HELD_AT', 'MEMBER_OF', 'REPORTED']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${type}\\s`, 'm'));
    }
    expect(result.stdout).not.toContain('  - ');
  });

  it('lists misses and extras per article with --verbose, and scores as JSON with --json', () => {
    const verbose = run('eval', '--gold', gold, 'seeds/000_d1792e4d1c156bee.txt', '--verbose');
    expect(verbose.status).toBe(0);
    expect(verbose.stdout).toMatch(/^000_d1792e4d1c156bee\.txt #\d+ /m);
    expect(verbose.stdout).toMatch(/^  [-+] (Union|Organization|Initiative|Person|District|Street|Region|[A-Z_]+) /m);
    // Gold for pages that were not given is reported on stderr and counted as missed.
    expect(verbose.stderr).toContain('001_11b9b18a969c96bb.txt: in the gold but not among the inputs');
    const json = run('eval', '--gold', gold, 'seeds', '--json');
    const report = JSON.parse(json.stdout) as { entities: { lenient: { byType: Record<string, { f1: number }> } } };
    expect(report.entities.lenient.byType.ALL!.f1).toBeGreaterThan(0.8);
  });

  it('fails with one clear line for a gold folder that is missing or broken', () => {
    const missing = run('eval', '--gold', 'no/such/dir', 'seeds');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim()).toMatch(/^gonghui-kg\/eval: cannot read gold directory no\/such\/dir/);
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-kg-gold-'));
    writeFileSync(join(dir, 'x.gold.json'), '{"source": "x.txt", "articles": [');
    const broken = run('eval', '--gold', dir, 'seeds');
    expect(broken.status).not.toBe(0);
    expect(broken.stderr.trim()).toMatch(/^gonghui-kg\/eval: .*x\.gold\.json: not valid JSON/);
  });

  it('with no arguments scores the seeds and the real-news development set side by side', () => {
    const result = run('eval');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Entities (lenient)');
    expect(lines[1]).toMatch(/^  type\s+seeds P\s+R\s+F1\s+gold\s+real P\s+R\s+F1\s+gold$/);
    // Two sets' P, R, F1 and gold count on every type's line: 194 entities in the real set's gold.
    expect(result.stdout).toMatch(/^  ALL(\s+[\d.]+){3}\s+292(\s+[\d.]+){3}\s+194$/m);
    expect(result.stdout).toMatch(/^Relations \(lenient\)$/m);
    const json = JSON.parse(run('eval', '--set', 'real', '--json').stdout) as Record<string, { entities: unknown }>;
    expect(Object.keys(json)).toEqual(['real']);
  });

  it('says what is wrong with its arguments in one line', () => {
    const pages = run('eval', 'seeds');
    expect(pages.status).toBe(2);
    expect(pages.stderr.trim()).toBe('gonghui-kg/eval: pages given without --gold: pass --gold <dir> with them');
    const noPages = run('eval', '--gold', gold);
    expect(noPages.status).toBe(2);
    expect(noPages.stderr.trim()).toMatch(/^gonghui-kg\/eval: --gold .*: name the pages it annotates$/);
    const set = run('eval', '--set', 'nope');
    expect(set.status).toBe(2);
    expect(set.stderr.trim()).toBe('gonghui-kg/eval: unknown set "nope"; expected one of seeds, real');
  });
});
