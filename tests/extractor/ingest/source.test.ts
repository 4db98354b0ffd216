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
});
