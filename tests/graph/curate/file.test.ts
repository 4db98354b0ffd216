import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextCorrectionId, parseCorrections, readCorrections, writeCorrections } from '../../../graph/curate/file.js';
import { writeFileAtomic } from '../../../graph/store/atomic.js';
import { buildFrom, correction, PAGE_1, SHORT_UNION, STREET_UNION } from './fixture.js';

function written(corrections: Parameters<typeof writeCorrections>[0]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kg-corrections-')), 'corrections.json');
  writeFileAtomic('curate', path, (out) => writeCorrections(corrections, out));
  return path;
}

const HEAD = '{"format": "gonghui-kg/corrections", "version": 1, "corrections": ';

describe('corrections.json', () => {
  it('writes one correction per line with keys in a fixed order, and reads them back', () => {
    const graph = buildFrom(PAGE_1);
    const merge = correction(graph, 'merge', { from: SHORT_UNION, into: STREET_UNION });
    // Keys given out of order are written in the file's order.
    const shuffled = { reason: 'same union', at: merge.at, by: merge.by, args: { into: merge.args.into, from: merge.args.from }, op: merge.op, id: merge.id } as unknown as typeof merge;
    const path = written([shuffled, { ...merge, id: 'c9', reason: '' }]);
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.slice(0, 4)).toEqual(['{', '  "format": "gonghui-kg/corrections",', '  "version": 1,', '  "corrections": [']);
    expect(lines[4]).toMatch(/^ {4}\{"id":"c\d+","op":"merge","args":\{"from":\{"id":"Union:望京街道总工会","type":"Union","name":"望京街道总工会","aliases":\[\]\},"into":\{.*\}\},"by":"tester","at":"2026-01-01T00:00:00.000Z","reason":"same union"\},$/);
    expect(lines.slice(6)).toEqual(['  ]', '}', '']);
    expect(readCorrections(path).map((c) => c.reason)).toEqual(['same union', '']);
    expect(nextCorrectionId(readCorrections(path))).toBe('c10');
  });

  it('reads a missing or empty file as no corrections', () => {
    expect(readCorrections(join(tmpdir(), 'no-such-corrections.json'))).toEqual([]);
    expect(parseCorrections('', 'x.json')).toEqual([]);
    expect(nextCorrectionId([])).toBe('c1');
  });

  it('names the file and the entry of whatever is wrong', () => {
    expect(() => parseCorrections('{"format": ', 'out/corrections.json')).toThrow(/^gonghui-kg\/curate: out\/corrections\.json: is not valid JSON \(.*\); fix or remove it$/);
    expect(() => parseCorrections('{"format": "x"}', 'c.json')).toThrow('gonghui-kg/curate: c.json: is not a gonghui-kg corrections file (expected "format": "gonghui-kg/corrections")');
    const entry = (value: unknown) => () => parseCorrections(`${HEAD}[${JSON.stringify(value)}]}`, 'c.json');
    expect(entry({ id: 'c1', op: 'melt', args: {}, by: '', at: '', reason: '' })).toThrow('c.json: entry 1 (c1): unknown op "melt" (expected merge, rename, retype, drop, split, relation-add, relation-drop, keep-apart)');
    expect(entry({ id: 'c2', op: 'drop', args: { node: { id: 'Union:x', type: 'Club', name: 'x', aliases: [] } }, by: '', at: '', reason: '' })).toThrow(
      'c.json: entry 1 (c2): "args.node.type" is not one of Union, District, Street, Region, Person, Organization, Initiative, Article',
    );
    expect(entry({ id: 'c3', op: 'retype', args: { node: { id: 'Union:x', type: 'Union', name: 'x', aliases: [] }, type: 'Club' }, by: '', at: '', reason: '' })).toThrow(
      'c.json: entry 1 (c3): "args.type" is not one of',
    );
    expect(entry({ id: 'c4', op: 'drop', args: { node: { id: 'Union:x', type: 'Union', name: 'x', aliases: [] } }, at: '', reason: '' })).toThrow('c.json: entry 1 (c4): missing "by"');
    const twice = { id: 'c5', op: 'drop', args: { node: { id: 'Union:x', type: 'Union', name: 'x', aliases: [] } }, by: '', at: '', reason: '' };
    expect(() => parseCorrections(`${HEAD}[${JSON.stringify(twice)},${JSON.stringify(twice)}]}`, 'c.json')).toThrow('c.json: entry 2 (c5): the id c5 is used twice');
  });
});
