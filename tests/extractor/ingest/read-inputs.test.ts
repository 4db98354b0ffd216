import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { KgError } from '../../../extractor/errors.js';
import { formatWarning, readInputs, requireSources } from '../../../extractor/ingest/index.js';

const fixtures = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const rel = (path: string): string => relative(fixtures, path);
const root = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'gonghui-kg-inputs-'));
afterAll(() => {
  chmodSync(join(scratch, 'folder', 'locked'), 0o755);
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * readInputs in a child process that, like any user but root, cannot list a folder it may not read:
 * run as root it drops the capabilities that let root read anything (compiled module: npm test builds first).
 */
function readInputsUnprivileged(inputs: string[]): { sources: string[]; warnings: [string, string][] } {
  const script = `const { readInputs } = await import(${JSON.stringify(join(root, 'dist/extractor/ingest/index.js'))});
const { sources, warnings } = await readInputs(${JSON.stringify(inputs)});
console.log(JSON.stringify({ sources: sources.map((s) => s.path), warnings: warnings.map((w) => [w.path, w.message]) }));`;
  const node = [process.execPath, '--input-type=module', '-e', script];
  const [command, ...args] = process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', ...node] : node;
  const result = spawnSync(command!, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`cannot run ${command} (as root this test needs util-linux setpriv): ${result.error.message}`);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { sources: string[]; warnings: [string, string][] };
}

describe('readInputs', () => {
  it('walks a directory recursively, reads each text once and warns once per bad file', async () => {
    const { sources, warnings } = await readInputs([fixtures]);
    expect(sources.map((s) => [rel(s.path), s.encoding])).toEqual([
      ['gb18030.txt', 'gb18030'],
      ['gbk.txt', 'gb18030'],
      ['nested/copy-of-utf8.txt', 'utf-8'],
      ['nested/deeper/page.htm', 'utf-8'],
    ]);
    const gbk = join(fixtures, 'gbk.txt');
    expect(warnings.map((w) => [rel(w.path), w.message])).toEqual([
      ['blank.txt', 'empty file (only white space)'],
      ['empty.txt', 'empty file'],
      ['image.txt', 'not a text file: looks like a PNG image'],
      // The same page in other encodings is the same content.
      ['utf16be.txt', `same content as ${gbk}; read once`],
      ['utf16le.txt', `same content as ${gbk}; read once`],
      ['utf8-bom.txt', `same content as ${gbk}; read once`],
      ['utf8.txt', `same content as ${join(fixtures, 'nested/copy-of-utf8.txt')}; read once`],
    ]);
  });

  it('expands globs, reads a file named twice once, and warns about inputs that give nothing', async () => {
    const { sources, warnings } = await readInputs([
      join(seeds, '00[01]_*.txt'),
      join(seeds, '000_d1792e4d1c156bee.txt'),
      join(fixtures, 'no-text'),
      join(fixtures, 'missing.txt'),
      join(fixtures, '*.nothing'),
    ]);
    expect(sources.map((s) => s.name)).toEqual(['000_d1792e4d1c156bee.txt', '001_11b9b18a969c96bb.txt']);
    expect(warnings.map((w) => [rel(w.path), w.message])).toEqual([
      ['no-text', 'directory holds no .txt, .html or .htm files'],
      ['missing.txt', 'no such file or directory'],
      ['*.nothing', 'no file matches this pattern'],
    ]);
    expect(formatWarning(warnings[1]!)).toBe(`gonghui-kg/ingest: ${join(fixtures, 'missing.txt')}: no such file or directory`);
  });

  it('fails with exit code 2 only when nothing usable was read', async () => {
    const bad = await readInputs([join(fixtures, 'empty.txt'), join(fixtures, 'image.txt')]);
    expect(bad.warnings).toHaveLength(2);
    const error = (() => {
      try {
        requireSources(bad);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(KgError);
    expect(error).toMatchObject({ message: 'gonghui-kg/ingest: nothing usable was read from the inputs', exitCode: 2 });
    const mixed = await readInputs([join(fixtures, 'empty.txt'), join(fixtures, 'gbk.txt')]);
    expect(requireSources(mixed).map((s) => s.name)).toEqual(['gbk.txt']);
  });

  it('reports a folder it cannot read and reads the rest of the folder input', () => {
    const folder = join(scratch, 'folder');
    mkdirSync(join(folder, 'locked'), { recursive: true });
    mkdirSync(join(folder, 'open'));
    writeFileSync(join(folder, 'open', 'a.txt'), '朝阳区总工会举办职工运动会\n');
    writeFileSync(join(folder, 'b.txt'), '海淀区总工会开展职工沟通会\n');
    writeFileSync(join(folder, 'locked', 'c.txt'), '丰台区总工会举办劳动竞赛\n');
    chmodSync(join(folder, 'locked'), 0);
    expect(readInputsUnprivileged([folder])).toEqual({
      sources: [join(folder, 'b.txt'), join(folder, 'open', 'a.txt')],
      warnings: [[join(folder, 'locked'), 'cannot read the folder (permission denied); the rest was read']],
    });
  });

  it('reads only regular files: a named pipe among the inputs or in a folder is reported, not waited on', async () => {
    const folder = join(scratch, 'pipes');
    mkdirSync(folder);
    writeFileSync(join(folder, 'page.txt'), '海淀区总工会开展职工沟通会\n');
    const [named, walked] = [join(scratch, 'pipe.txt'), join(folder, 'pipe.txt')];
    expect(spawnSync('mkfifo', [named, walked]).status).toBe(0);
    const { sources, warnings } = await readInputs([named, join(fixtures, 'gbk.txt'), folder]);
    expect(sources.map((s) => s.name)).toEqual(['gbk.txt', 'page.txt']);
    expect(warnings.map((w) => [w.path, w.message])).toEqual([
      [named, 'not a regular file (a named pipe): not read'],
      [walked, 'not a regular file (a named pipe): not read'],
    ]);
  });
});
