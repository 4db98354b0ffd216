// The two-pass extraction behind `gonghui-kg extract`: the records it streams out are the records
// extractInputs returns, and the temporary spill never outlives it.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractInputs } from '../../extractor/parallel.js';
import { SPILL_PREFIX, withRecordStream, type RecordStream } from '../../extractor/stream.js';
import type { ArticleRecord } from '../../extractor/types.js';

const seeds = fileURLToPath(new URL('../../seeds/', import.meta.url));

async function drain(stream: RecordStream): Promise<ArticleRecord[]> {
  const records: ArticleRecord[] = [];
  for await (const record of stream.records) records.push(record);
  return records;
}

// A temp folder of the test's own, so spills of other suites running at the same time do not count.
let temp: string;
const savedTmpdir = process.env.TMPDIR;
const spills = (): string[] => readdirSync(temp).filter((name) => name.startsWith(SPILL_PREFIX));

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'gonghui-stream-test-'));
  process.env.TMPDIR = temp;
});

afterEach(() => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
});

describe('withRecordStream', () => {
  it('streams the records extractInputs gives for the seeds, in the same order, and removes its spill', async () => {
    const expected = await extractInputs([seeds], { workers: 1 });
    let spillWhileReading: string[] = [];
    const streamed = await withRecordStream([seeds], { workers: 1 }, async (stream) => {
      spillWhileReading = spills();
      expect(stream.articles).toBe(expected.records.length);
      expect(stream.sources.map((s) => s.name)).toEqual(expected.sources.map((s) => s.name));
      return drain(stream);
    });
    expect(streamed).toEqual(expected.records);
    expect(spillWhileReading).toHaveLength(1);
    expect(spills()).toEqual([]);
  });

  it('warns about a bad file among good ones and still streams the others', async () => {
    const bad = join(temp, 'binary.txt');
    writeFileSync(bad, Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 0]));
    const good = join(seeds, '003_8bc5961090bece20.txt');
    const { warnings, records } = await withRecordStream([bad, good], { workers: 1 }, async (stream) => ({
      warnings: stream.warnings,
      records: await drain(stream),
    }));
    expect(warnings.map((w) => w.path)).toEqual([bad]);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.source === '003_8bc5961090bece20.txt')).toBe(true);
  });

  it('removes its spill when the consumer fails', async () => {
    const failing = withRecordStream([join(seeds, '003_8bc5961090bece20.txt')], { workers: 1 }, async () => {
      throw new Error('consumer failed');
    });
    await expect(failing).rejects.toThrow('consumer failed');
    expect(spills()).toEqual([]);
  });
});
