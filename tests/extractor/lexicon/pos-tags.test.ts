import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { posTag, readPosTags } from '../../../extractor/lexicon/pos-tags.js';
import { loadJieba, tokenize } from '../../../extractor/tokens.js';

const dir = mkdtempSync(join(tmpdir(), 'gonghui-postags-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readPosTags', () => {
  it('reads "word freq tag" lines, a later dictionary overriding an earlier one as in jieba', () => {
    const tags = readPosTags([file('main.utf8', '工会 300 n\n主席 100 n\n'), file('user.utf8', '主席 5000 nnt\n望京街道 1000 ns')]);
    expect(posTag(tags, '工会')).toBe('n');
    expect(posTag(tags, '主席')).toBe('nnt');
    expect(posTag(tags, '望京街道')).toBe('ns');
  });

  it('keeps a word apart from its prefixes and extensions, a line without a tag and a Windows line end', () => {
    const tags = readPosTags([file('crlf.utf8', '职工 90 n\r\n职工之家 20 nt\r\n职 5\r\n之家 7 n\r\n')]);
    expect(posTag(tags, '职工')).toBe('n');
    expect(posTag(tags, '职工之家')).toBe('nt');
    expect(posTag(tags, '职工之')).toBe('x');
    expect(posTag(tags, '职')).toBe('x');
    expect(posTag(tags, '之家')).toBe('n');
  });

  it('says which dictionaries hold more tags than it can number', () => {
    const lines = Array.from({ length: 256 }, (_, i) => `词${i} 1 t${i}`).join('\n');
    expect(() => readPosTags([file('many-tags.utf8', lines)])).toThrow(/more than 255 part-of-speech tags in .*many-tags\.utf8/);
  });
});

describe('posTag', () => {
  it('tags unknown words by jieba’s rule on their ASCII characters', () => {
    const tags = readPosTags([file('one.utf8', '的 300 uj\n')]);
    expect(posTag(tags, '的')).toBe('uj');
    expect(posTag(tags, '在')).toBe('x');
    expect(posTag(tags, '7')).toBe('x');
    expect(posTag(tags, '陈大鹏')).toBe('x');
    expect(posTag(tags, '2025')).toBe('m');
    expect(posTag(tags, 'ABC')).toBe('eng');
    expect(posTag(tags, 'i会员')).toBe('eng');
    expect(posTag(tags, '3.5%')).toBe('eng');
    expect(posTag(tags, '。')).toBe('x');
  });
});

describe('tokenize', () => {
  it('gives the same words and tags as nodejieba’s tag on every seed page', () => {
    const jieba = loadJieba();
    const seeds = new URL('../../../seeds/', import.meta.url);
    const pages = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
    expect(pages.length).toBeGreaterThan(0);
    const odd = ['本报讯（记者 张晶）近日，\n首都😀职工\u200b之家 ABC 3.5% i会员 2025年', '<script>alert("工会")</script>'];
    for (const text of [...pages.map((page) => readFileSync(new URL(page, seeds), 'utf8')), ...odd]) {
      expect(tokenize(text).map(({ word, tag }) => ({ word, tag }))).toEqual(jieba.tag(text));
    }
  });
});
