import { describe, expect, it } from 'vitest';
import { parseRecords } from '../../graph/records.js';

function record(entityType: string, relationType: string): string {
  return JSON.stringify({
    source: 'page.txt',
    index: 1,
    title: '标题',
    span: { start: 0, end: 10 },
    entities: [
      { id: `${entityType}:甲工会`, type: entityType, name: '甲工会', mentions: [] },
      { id: 'Initiative:活动', type: 'Initiative', name: '活动', mentions: [] },
    ],
    relations: [{ type: relationType, from: `${entityType}:甲工会`, to: 'Initiative:活动', evidence: { text: '甲工会举办活动。' } }],
  });
}

describe('reading JSONL records', () => {
  it('takes records whose types are in the schema', () => {
    expect(parseRecords(`${record('Union', 'ORGANIZED')}\n`, 'ok.jsonl')).toHaveLength(1);
  });

  it('refuses a label outside the schema, naming the file, line, entity and the types it expected', () => {
    const hostile = 'Union`) detach delete n //';
    expect(() => parseRecords(`${record('Union', 'ORGANIZED')}\n${record(hostile, 'ORGANIZED')}\n`, 'bad.jsonl')).toThrow(
      `gonghui-kg/build: bad.jsonl:2: not an article record: entity ${JSON.stringify(`${hostile}:甲工会`)} has type ${JSON.stringify(hostile)}, expected one of Union, District, Street, Region, Person, Organization, Initiative`,
    );
  });

  it('refuses a relationship type outside the schema', () => {
    expect(() => parseRecords(record('Union', 'OWNS'), 'bad.jsonl')).toThrow(
      'gonghui-kg/build: bad.jsonl:1: not an article record: a relation from "Union:甲工会" has type "OWNS", expected one of LOCATED_IN, SUBORDINATE_TO, ORGANIZED, PARTICIPATED_IN, HELD_AT, MEMBER_OF, REPORTED',
    );
  });
});
