import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, MAX_LINE_CHARS, readSource } from '../../../extractor/ingest/index.js';

const fixtures = fileURLToPath(new URL('../../fixtures/ingest/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'gonghui-kg-ingest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function reason(path: string): Promise<string> {
  const error = await readSource(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).message).toBe(`gonghui-kg/ingest: ${(error as InputError).path}: ${(error as InputError).reason}`);
  return (error as InputError).reason;
}

describe('readSource', () => {
  it('records path, name, sha256, encoding and format', async () => {
    const source = await readSource(join(fixtures, 'gbk.txt'));
    expect(source).toMatchObject({ path: join(fixtures, 'gbk.txt'), name: 'gbk.txt', encoding: 'gb18030', format: 'txt' });
    expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(source.text.startsWith('朝阳区总工会举办职工运动会\n')).toBe(true);
  });

  it('reads the headline and the readable text of an HTML page', async () => {
    const source = await readSource(join(fixtures, 'nested/deeper/page.htm'));
    expect(source).toMatchObject({ format: 'html', title: '西城区总工会开展职工沟通会' });
    expect(source.text).toBe(
      '西城区总工会开展职工沟通会\n\n本报讯（记者 陈曦）近日，西城区总工会走进辖区楼宇开展职工沟通会，倾听职工心声，现场解答职工关心的问题。\n\n活动中，工作人员向职工介绍了工会各项服务，并帮助职工完成入会流程。',
    );
  });

  it('names the reason a file cannot be used', async () => {
    expect(await reason(join(fixtures, 'empty.txt'))).toBe('empty file');
    expect(await reason(join(fixtures, 'blank.txt'))).toBe('empty file (only white space)');
    expect(await reason(join(fixtures, 'image.txt'))).toBe('not a text file: looks like a PNG image');
    expect(await reason(join(fixtures, 'missing.txt'))).toBe('no such file');
    expect(await reason(fixtures)).toBe('is a directory, not a file');
    const loop = join(scratch, 'loop.txt');
    symlinkSync(loop, loop);
    expect(await reason(loop)).toBe('cannot read the file (symbolic link loop)');
    const random = join(scratch, 'random.txt');
    writeFileSync(random, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256).map((b) => (b === 0 ? 1 : b))));
    expect(await reason(random)).toMatch(/^not a text file/);
  });

  it('refuses a 50 MB file without a line break, and still reads a long one-line article', async () => {
    const huge = join(scratch, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, '工会'));
    expect(await reason(huge)).toMatch(/^not a page of text: a line of [\d,]+ characters without a line break$/);
    const oneLine = join(scratch, 'one-line.txt');
    writeFileSync(oneLine, '工会'.repeat(MAX_LINE_CHARS / 4));
    expect((await readSource(oneLine)).text.length).toBe(MAX_LINE_CHARS / 2);
  });

  it('reads a short text with two control characters, and names the true fault of text that is not', async () => {
    const stray = join(scratch, 'stray-controls.txt');
    const text = '朝阳区总工会举办职工运动会\n\n本报讯 近日，朝阳区总工会举办职工运动会，\u0001来自辖区各单位的职工参加了比赛。\u0002活动现场气氛热烈。\n';
    writeFileSync(stray, text);
    expect((await readSource(stray)).text).toBe(text);

    const controls = join(scratch, 'controls-utf16.txt');
    writeFileSync(controls, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('工会\u0001\u0002\u0003\u0004'.repeat(50), 'utf16le')]));
    expect(await reason(controls)).toBe('not a text file: 67% of its characters are control characters');
    const undecodable = join(scratch, 'undecodable.txt');
    writeFileSync(undecodable, Buffer.concat([Buffer.from('工会', 'utf8'), Buffer.alloc(200, 0xff)]));
    expect(await reason(undecodable)).toBe('not a text file: undecodable as UTF-8 or GB18030');
    const damaged = join(scratch, 'damaged.txt');
    writeFileSync(damaged, `朝阳区总工会${'\ufffd'.repeat(10)}举办职工运动会\n`);
    expect(await reason(damaged)).toBe('damaged text: 42% of its characters are U+FFFD replacement characters');
  });

  it('refuses an HTML page whose readable text is one 5 MB paragraph, as it refuses such a plain-text page', async () => {
    const page = join(scratch, 'one-paragraph.html');
    const sentence = '北京市朝阳区总工会开展职工服务活动，组织劳动竞赛。';
    writeFileSync(page, `<html><head><title>标题</title></head><body><p>${sentence.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(sentence)))}</p></body></html>`);
    expect(await reason(page)).toMatch(/^not a page of text: its readable text has a paragraph of [\d,]+ characters without a line break$/);
  });

  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const fifo = join(scratch, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await reason(fifo)).toBe('not a regular file (a named pipe): not read');
  });
});

