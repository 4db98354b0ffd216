import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userDictionaryText, writeKeywordStandIns, writeUserDictionary } from '../../extractor/lexicon/dictionary.js';
import { tokenize } from '../../extractor/tokens.js';

const words = (text: string): string[] => tokenize(text).map((t) => t.word);

describe('tokenize', () => {
  it('keeps gazetteer places, union head words and titles whole', () => {
    expect(words('朝阳区望京街道总工会主席表示')).toEqual(['朝阳区', '望京街道', '总工会', '主席', '表示']);
    expect(words('丰台区卢沟桥街道工会服务站站长')).toEqual(['丰台区', '卢沟桥街道', '工会服务站', '站长']);
    expect(words('经开区总工会')).toEqual(['经开区', '总工会']);
  });

  it('tags places, unions and titles from the user dictionary', () => {
    const byWord = new Map(tokenize('天津市武清区总工会党组成员介绍').map((t) => [t.word, t.tag]));
    expect(byWord.get('武清区')).toBe('ns');
    expect(byWord.get('总工会')).toBe('nt');
    expect(byWord.get('党组成员')).toBe('nnt');
    expect(byWord.get('介绍')).toBe('v');
  });

  it('gives offsets that slice back to each token, covering the text end to end', () => {
    const text = '本报讯（记者 张晶）近日，\n首都😀职工\u200b之家 ABC 3.5%';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tokens.at(-1)?.end).toBe(text.length);
  });

  it('keeps the exact text of a lone surrogate', () => {
    const text = '工会\uD800主席';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    expect(tokens.find((t) => t.word === '主席')?.start).toBe(3);
  });

  it('copes with markup, control characters and a 5,000-character sentence', () => {
    for (const text of ['<script>alert("工会")</script><p>朝阳区</p>', '工\u0000会\u0007主\u001b席', `${'职工之家'.repeat(1250)}。`]) {
      const tokens = tokenize(text);
      expect(tokens.map((t) => t.word).join('')).toBe(text);
      expect(tokens.at(-1)?.end).toBe(text.length);
    }
  });

  it('returns nothing for empty text', () => {
    expect(tokenize('')).toEqual([]);
  });
});

describe('user dictionary', () => {
  it('is written once per content, under a name that changes with it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-dict-'));
    const path = writeUserDictionary(dir);
    expect(writeUserDictionary(dir)).toBe(path);
    expect(readFileSync(path, 'utf8')).toBe(userDictionaryText());
    expect(userDictionaryText()).toMatch(/^望京街道 \d+ ns$/m);
  });

  it('says where it could not write and what to do about it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gonghui-dict-')), 'not-a-directory');
    writeFileSync(file, '');
    expect(() => writeUserDictionary(join(file, 'cache'))).toThrow(
      /^gonghui-kg\/lexicon: cannot write the segmentation dictionary to .*not-a-directory\/cache .*set GONGHUI_KG_CACHE/,
    );
  });

  it('writes one-line keyword tables in place of the 6 MB ones tokenizing never reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gonghui-dict-'));
    const { idfDict, stopWordDict } = writeKeywordStandIns(dir);
    expect(readFileSync(idfDict, 'utf8')).toBe('的 1.0\n');
    expect(readFileSync(stopWordDict, 'utf8')).toBe('的\n');
    expect(writeKeywordStandIns(dir)).toEqual({ idfDict, stopWordDict });
  });
});
