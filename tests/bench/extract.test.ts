import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/extract.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('bench:extract options', () => {
  it('defaults to a modest corpus, 2 workers and the memory runs', () => {
    expect(parseBenchArgs([])).toEqual({ sizeMb: 64, fileKb: 128, seed: 1, workers: 2, rounds: 3, memory: true });
    expect(parseBenchArgs(['--size', '100', '--file-size', '512', '--seed', '9', '--workers', '4', '--rounds', '5', '--no-memory'])).toEqual({
      sizeMb: 100,
      fileKb: 512,
      seed: 9,
      workers: 4,
      rounds: 5,
      memory: false,
    });
  });

  it('says what it expected for a bad value', () => {
    expect(() => parseBenchArgs(['--size', 'big'])).toThrow('--size must be a number from 0.05 to 100, got "big"');
    expect(() => parseBenchArgs(['--size', '500'])).toThrow(/--size must be a number/);
    expect(() => parseBenchArgs(['--workers', '1'])).toThrow(/--workers must be a number from 2/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/Unknown option '--fast'/);
  });
});

describe('bench:extract run', () => {
  it('prints speed and ratios for tag alone, 1 worker and 2 workers, round by round and their medians', () => {
    const script = join(root, 'dist', 'bench', 'extract.js');
    if (!existsSync(script)) throw new Error(`${script} is missing: build first (npx tsc -p tsconfig.build.json)`);
    const out = execFileSync(process.execPath, [script, '--size', '0.1', '--file-size', '20', '--rounds', '2', '--no-memory'], { encoding: 'utf8' });
    expect(out).toMatch(/^corpus: 0\.1\d MB in \d+ files/m);
    // Too small for a second thread, and the bench says so rather than let the ratio pass for scaling.
    expect(out).toMatch(/^note: extract starts a thread beside the calling one per 4 MB of input, so on this corpus 2 workers run 1 thread$/m);
    expect(out.match(/^round \d of 2:$/gm)).toEqual(['round 1 of 2:', 'round 2 of 2:']);
    expect(out).toMatch(/^ {2}nodejieba tag alone, 1 core +[\d.]+ s +\(cpu [\d.]+ s\) +[\d,]+ chars\/s$/m);
    expect(out).toMatch(/^ {2}extraction, rules only, 1 worker .* chars\/s, [\d.,]+ articles\/s += [\d.]+× tag alone/m);
    expect(out).toMatch(/^ {2}extraction, 1 worker .* chars\/s, [\d.,]+ articles\/s += [\d.]+× tag alone/m);
    expect(out).toMatch(/^ {2}extraction, 2 workers .* = [\d.]+× 1 worker$/m);
    expect(out).toMatch(/^ {2}second half of the files \(threads started\): [\d.]+ files\/s on 1 worker, [\d.]+ on 2 = [\d.]+×$/m);
    expect(out).toMatch(/^ {2}cold start, own process, 2 workers .* = [\d.]+× 1 worker$/m);
    expect(out).toMatch(/^median of 2 rounds:\n {2}rules only, 1 worker: +[\d.]+× \([\d.]+, [\d.]+\) tag alone \(target ≥ 0\.5\)$/m);
    expect(out).toMatch(/^ {2}extraction, 1 worker: +[\d.]+× \([\d.]+, [\d.]+\) tag alone \(target ≥ 0\.2 with the model\)$/m);
    expect(out).toMatch(/^ {2}extraction, 2 workers: +[\d.]+× \([\d.]+, [\d.]+\) 1 worker \(target ≥ 1\.6 with 2\)$/m);
    expect(out).toMatch(/^ {2}named-entity model alone, 1 core .* chars\/s += [\d.]+ µs per character read \(cpu [\d.]+ µs\)$/m);
    expect(out).toMatch(/^one long article: 100,0\d\d chars [\d.]+ s cpu, 200,0\d\d chars [\d.]+ s cpu = [\d.]+× for twice the length \(linear 2×\)$/m);
  });
});
