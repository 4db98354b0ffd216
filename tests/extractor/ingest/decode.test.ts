import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../extractor/ingest/index.js';

const fixture = (name: string): Uint8Array => readFileSync(fileURLToPath(new URL(`../../fixtures/ingest/${name}`, import.meta.url)));
const page = readFileSync(fileURLToPath(new URL('../../fixtures/ingest/utf8-bom.txt', import.meta.url)), 'utf8').replace(/^\uFEFF/, '');

describe('decodeBytes', () => {
  it.each([
    ['utf8-bom.txt', 'utf-8-bom'],
    ['utf16le.txt', 'utf-16le'],
    ['utf16be.txt', 'utf-16be'],
    ['gbk.txt', 'gb18030'],
  ] as const)('decodes %s as %s, without the byte-order mark', (name, encoding) => {
    const decoded = decodeBytes(fixture(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(page);
  });

  it('reads UTF-8 without a byte-order mark as UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('本报讯（记者 李明）'))).toEqual({ text: '本报讯（记者 李明）', encoding: 'utf-8' });
  });

  it('decodes characters outside GBK from GB18030, keeping rare name characters', () => {
    const decoded = decodeBytes(fixture('gb18030.txt'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain('本报讯（记者 刘䶮）');
  });
});
