// Each place an article's date can come from, on a small named page, through the extraction a
// user runs; and a manifest, which overrides them all and reports its bad rows one line each.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseManifest, readManifest, unmatchedRows } from '../../../extractor/ingest/manifest.js';
import { extractInputs } from '../../../extractor/parallel.js';
import type { ArticleRecord } from '../../../extractor/types.js';

const DIR = fileURLToPath(new URL('../../fixtures/dates/', import.meta.url));
const pages = ['meta-tags.html', 'publication-line.txt', 'page-header.txt', 'dateline.txt', '2024-02-01-page.txt', 'undated.txt'].map((f) => join(DIR, f));

function bySource(records: readonly ArticleRecord[]): Record<string, ArticleRecord> {
  return Object.fromEntries(records.map((r) => [r.source, r]));
}

describe('article dates without a manifest', () => {
  let records: Record<string, ArticleRecord>;
  beforeAll(async () => {
    records = bySource((await extractInputs(pages, { workers: 1 })).records);
  }, 60_000);

  it('takes article:published_time over the other meta tags of an HTML page', () => {
    expect(records['meta-tags.html']).toMatchObject({ date: '2024-03-05', dateSource: 'html' });
  });

  it('reads the visible 发布时间/来源 line', () => {
    expect(records['publication-line.txt']).toMatchObject({ date: '2023-06-02', dateSource: 'html' });
  });

  it('reads a newspaper page header (2025年10月15日 星期三 第03版)', () => {
    expect(records['page-header.txt']).toMatchObject({ date: '2025-10-15', dateSource: 'page', title: '大兴区总工会技能人才研修班开班' });
  });

  it('reads a dateline with its date (新华社北京2024年1月7日电)', () => {
    expect(records['dateline.txt']).toMatchObject({ date: '2024-01-07', dateSource: 'dateline' });
  });

  it('falls back to a date in the file name', () => {
    expect(records['2024-02-01-page.txt']).toMatchObject({ date: '2024-02-01', dateSource: 'filename' });
  });

  it('keeps an article with no date, without one', () => {
    expect(records['undated.txt']).toBeDefined();
    expect(records['undated.txt']!.date).toBeUndefined();
    expect(records['undated.txt']!.dateSource).toBeUndefined();
  });

  it('dates an initiative from the sentence naming it, the year from the article (10月13日至11月3日)', () => {
    const course = records['page-header.txt']!.entities.find((e) => e.type === 'Initiative' && e.when !== undefined);
    expect(course?.when).toMatchObject({ start: '2025-10-13', end: '2025-11-03' });
  });

  it('resolves 昨天 against the article date, and leaves 近日 unresolved on an undated article', () => {
    const talk = records['publication-line.txt']!.entities.find((e) => e.type === 'Initiative');
    expect(talk?.when).toMatchObject({ text: '昨天', start: '2023-06-01', end: '2023-06-01' });
    expect(talk?.when?.evidence.text).toContain('心理健康讲座');
    for (const e of records['undated.txt']!.entities) expect(e.when).toBeUndefined();
  });
});

describe('a manifest', () => {
  it('gives the date, outlet and title of its files over what the pages say, and names each bad row', async () => {
    const manifest = readManifest(join(DIR, 'manifest.csv'));
    expect(manifest.problems).toEqual([
      'manifest.csv:5: undated.txt: cannot read the date "2024-13-45" (expected YYYY-MM-DD, YYYY-MM or YYYY); row ignored',
      'manifest.csv:6: meta-tags.html is already given by manifest.csv:2; row ignored',
    ]);
    const { records, sources } = await extractInputs(pages, { workers: 1, manifest });
    const got = bySource(records);
    expect(got['meta-tags.html']).toMatchObject({ date: '2024-03-06', dateSource: 'manifest', outlet: '石景山报 第02版 (via 京工网), Beijing' });
    // A row with an outlet and no date: the page's own date stands.
    expect(got['publication-line.txt']).toMatchObject({ date: '2023-06-02', dateSource: 'html', outlet: '门头沟区总工会网站' });
    expect(got['undated.txt']!.date).toBeUndefined();
    expect(unmatchedRows(manifest, sources.map((s) => s.path))).toEqual(['manifest.csv:4: missing-page.txt is not among the inputs; row ignored']);
  }, 60_000);

  it('may be JSON lines, a row naming its file by URL, with a title for a one-article file', async () => {
    const manifest = readManifest(join(DIR, 'manifest.jsonl'));
    expect(manifest.problems).toEqual(['manifest.jsonl:3: not valid JSON; row ignored']);
    const got = bySource((await extractInputs([join(DIR, 'dateline.txt'), join(DIR, 'undated.txt')], { workers: 1, manifest })).records);
    expect(got['dateline.txt']).toMatchObject({ date: '2024-01-08', dateSource: 'manifest', outlet: '新华社' });
    expect(got['undated.txt']).toMatchObject({ date: '2024-05', dateSource: 'manifest', title: '顺义区总工会读书分享会' });
  }, 60_000);

  it('is an error when it cannot be read or has no rows', () => {
    expect(() => readManifest(join(DIR, 'no-such-manifest.csv'))).toThrow('gonghui-kg/ingest: --manifest');
    expect(parseManifest('file,date,outlet\n', 'empty.csv').entries.size).toBe(0);
    expect(parseManifest('file,date\nx.txt,2024-02-30\n', 'm.csv').problems).toEqual([
      'm.csv:2: x.txt: cannot read the date "2024-02-30" (expected YYYY-MM-DD, YYYY-MM or YYYY); row ignored',
    ]);
  });
});
