import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../graph/export/csv.js';
import { fixtureGraph, tempDir } from './tools.js';

/** RFC 4180 reader (quoted fields, doubled quotes, line breaks inside quotes), as neo4j-admin reads with --multiline-fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

function table(path: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

describe('CSV export (neo4j-admin import)', () => {
  it('writes nodes.csv with id:ID, :LABEL, typed columns and ;-separated arrays', () => {
    const graph = fixtureGraph();
    const { nodes } = exportCsv(graph, tempDir());
    const header = readFileSync(nodes, 'utf8').split('\n')[0]!.split(',');
    expect(header.slice(0, 3)).toEqual(['id:ID', ':LABEL', 'name']);
    expect(header).toEqual(expect.arrayContaining(['aliases:string[]', 'mentions:int', 'pagerank:double', 'community:int', 'roles:string[]']));
    const rows = table(nodes);
    expect(rows).toHaveLength(graph.order);
    const union = rows.find((r) => r['id:ID'] === 'Union:朝阳区总工会')!;
    expect(union).toMatchObject({ ':LABEL': 'Union', name: '朝阳区总工会', 'aliases:string[]': '区总工会', 'mentions:int': '4', district: '朝阳区' });
    expect(Number(union['pagerank:double'])).toBe(graph.getNodeAttribute('Union:朝阳区总工会', 'pagerank'));
    const awkward = rows.find((r) => r[':LABEL'] === 'Organization')!;
    expect(awkward.name).toBe('北京"启明\\星"科技有限公司');
    expect(rows.find((r) => r[':LABEL'] === 'Initiative' && r.name?.includes('\n'))!.name).toBe('`悦读`\n分享会 <第2期> & 更多');
  });

  it('writes relationships.csv with :START_ID, :END_ID, :TYPE and the evidence as JSON', () => {
    const graph = fixtureGraph();
    const { relationships } = exportCsv(graph, tempDir());
    const rows = table(relationships);
    expect(Object.keys(rows[0]!)).toEqual([':START_ID', ':END_ID', ':TYPE', 'key', 'role', 'weight:int', 'firstDate:date', 'lastDate:date', 'evidence', 'corrections:string[]']);
    expect(rows).toHaveLength(graph.size);
    const member = rows.find((r) => r[':TYPE'] === 'MEMBER_OF')!;
    expect(member).toMatchObject({ ':START_ID': 'Person:王芳', ':END_ID': 'Union:朝阳区总工会', role: '主席', 'weight:int': '1' });
    expect(JSON.parse(member.evidence!)).toEqual([{ article: 'Article:page_a.txt#1', text: '区总工会主席王芳', start: 60, end: 68 }]);
  });
});
