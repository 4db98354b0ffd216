import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../../extractor/errors.js';
import { formatWarning, readInputs, requireSources } from '../../../extractor/ingest/index.js';

const fixtures = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const rel = (path: string): string => relative(fixtures, path);

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
});
