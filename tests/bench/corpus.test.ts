import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateText, writeCorpus } from '../../bench/corpus.js';
import { lookupPlace } from '../../extractor/lexicon/gazetteer.js';

describe('benchmark corpus', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateText(7, 20_000)).toBe(generateText(7, 20_000));
    expect(generateText(8, 20_000)).not.toBe(generateText(7, 20_000));
  });

  it('reads like a union news page: bylines, unions, gazetteer places, quoted initiatives', () => {
    const text = generateText(3, 30_000);
    expect(text).toMatch(/本报讯（记者 \S+/);
    expect(text).toMatch(/总工会/);
    expect(text).toMatch(/“[^”]+”(活动|技能竞赛|劳动竞赛|培训班|研修班|座谈会|交流会|职工运动会|主题展览|文艺演出|计划|专项行动|服务季)/);
    const district = text.match(/([\u4e00-\u9fff]{2,3}区)总工会/)?.[1];
    expect(district !== undefined && lookupPlace(district)?.beijing).toBe(true);
  });

  it('writes files of the requested size adding up to the requested total', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-corpus-'));
    dirs.push(dir);
    const files = writeCorpus(dir, { seed: 1, totalBytes: 200_000, fileBytes: 50_000 });
    expect(files.length).toBeGreaterThanOrEqual(4);
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    expect(total).toBeGreaterThanOrEqual(200_000);
    expect(total).toBeLessThan(200_000 + 30_000);
    for (const f of files) expect(Buffer.byteLength(readFileSync(f.path, 'utf8'))).toBe(f.bytes);
    expect(files.map((f) => f.path.slice(dir.length + 1))).toEqual(files.map((_, i) => `page-${String(i + 1).padStart(5, '0')}.txt`));
  });
});
