// Worker threads run compiled JavaScript, so this suite drives the build in dist/ (npm test builds first).
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateText } from '../../bench/corpus.js';

type Parallel = typeof import('../../extractor/parallel.js');

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = join(root, 'dist', 'extractor', 'parallel.js');
let parallel: Parallel;
let dir: string;
let files: string[];

beforeAll(async () => {
  if (!existsSync(built)) throw new Error(`${built} is missing: build first (npx tsc -p tsconfig.build.json)`);
  parallel = (await import(pathToFileURL(built).href)) as Parallel;
  dir = mkdtempSync(join(tmpdir(), 'gonghui-parallel-'));
  files = [1, 2, 3, 4, 5].map((n) => {
    const path = join(dir, `page-${n}.txt`);
    writeFileSync(path, generateText(n, 6_000 * n));
    return path;
  });
});

describe('extractInputs', () => {
  // The named-entity model runs by default: one session per thread, the same spans on any of them.
  it('gives the same records in the same order on worker threads as on the calling thread', async () => {
    const serial = await parallel.extractInputs(files, { workers: 1 });
    expect(serial.records.length).toBeGreaterThan(10);
    const progress: [number, number][] = [];
    // callerExtracts: false leaves every file to the two worker threads.
    const onProgress = (done: number, total: number): number => progress.push([done, total]);
    for (const options of [{ workers: 2, callerExtracts: false, onProgress }, { workers: 2 }]) {
      const threaded = await parallel.extractInputs(files, options);
      expect(threaded.records).toEqual(serial.records);
      expect(threaded.sources.map((s) => s.name)).toEqual(files.map((f) => f.slice(dir.length + 1)));
      expect([...new Set(threaded.records.map((r) => r.source))]).toEqual(threaded.sources.map((s) => s.name));
      expect(threaded.warnings).toEqual([]);
    }
    expect(progress).toEqual(files.map((_, i) => [i + 1, files.length]));
  });

  it('returns each source with its text, so every offset can be checked', async () => {
    const { records, sources } = await parallel.extractInputs([files[0]!], { workers: 1 });
    const text = sources[0]!.text;
    expect(sources[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const entity of records.flatMap((r) => r.entities)) {
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('warns about a bad or repeated file and still extracts the others', async () => {
    const bad = join(dir, 'picture.txt');
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const copy = join(dir, 'copy.txt');
    copyFileSync(files[0]!, copy);
    const result = await parallel.extractInputs([files[0]!, bad, copy, files[1]!], { workers: 2, callerExtracts: false });
    expect(result.sources.map((s) => s.path)).toEqual([files[0], files[1]]);
    expect(result.warnings.map((w) => w.path)).toEqual([bad, copy]);
    expect(result.warnings[1]!.message).toContain('same content');
  });

  it('reads a page saved in two encodings once, as readInputs does, on threads and on the calling thread', async () => {
    const fixtures = join(root, 'tests', 'fixtures', 'ingest');
    const gbk = join(fixtures, 'gbk.txt');
    const utf8 = join(fixtures, 'utf8-bom.txt');
    const utf16 = join(fixtures, 'utf16le.txt');
    for (const options of [{ workers: 1 }, { workers: 2, callerExtracts: false }]) {
      const result = await parallel.extractInputs([gbk, utf8, files[0]!, utf16], options);
      expect(result.sources.map((s) => s.path)).toEqual([gbk, files[0]]);
      expect(result.warnings).toEqual([
        { path: utf8, message: `same content as ${gbk}; read once` },
        { path: utf16, message: `same content as ${gbk}; read once` },
      ]);
    }
  });

  it('rejects a worker count that is not a whole number of at least 1', async () => {
    await expect(parallel.extractInputs(files, { workers: 0 })).rejects.toThrow(/workers must be a whole number/);
    await expect(parallel.extractInputs(files, { workers: 1.5 })).rejects.toThrow(/got 1.5/);
  });
});

describe('extractFiles', () => {
  it('streams each file\'s records out in file order, keeping neither records nor texts when asked', async () => {
    const all = await parallel.extractFiles(files, { workers: 1 });
    const streamed: string[] = [];
    const sources: string[] = [];
    const result = await parallel.extractFiles(files, {
      workers: 2,
      callerExtracts: false,
      keepText: false,
      keepRecords: false,
      onRecords: (records, source) => {
        sources.push(source.path);
        for (const r of records) streamed.push(JSON.stringify(r));
      },
    });
    expect(sources).toEqual(files);
    expect(streamed).toEqual(all.records.map((r) => JSON.stringify(r)));
    expect(result.records).toEqual([]);
    expect(result.sources.every((s) => s.text === '')).toBe(true);
  });

  it('hands each file over as JSON lines with its union names, the same from worker threads as from the calling thread', async () => {
    const all = await parallel.extractFiles(files, { workers: 1 });
    const expectedUnions = new Set(all.records.flatMap((r) => r.entities.filter((e) => e.type === 'Union').map((e) => e.name)));
    expect(expectedUnions.size).toBeGreaterThan(3);
    for (const options of [{ workers: 1 }, { workers: 2, callerExtracts: false }]) {
      let text = '';
      let count = 0;
      const unions = new Set<string>();
      const result = await parallel.extractFiles(files, {
        ...options,
        keepText: false,
        onRecords: () => {
          throw new Error('records went out as objects too');
        },
        onJsonLines: (lines) => {
          text += lines.text;
          count += lines.count;
          for (const name of lines.unions.names) unions.add(name);
        },
      });
      expect(text).toBe(all.records.map((r) => `${JSON.stringify(r)}\n`).join(''));
      expect(count).toBe(all.records.length);
      expect(unions).toEqual(expectedUnions);
      expect(result.records).toEqual([]);
    }
  });
});
