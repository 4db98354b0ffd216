import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { KgGraph } from '../../../graph/build.js';
import { applyCorrections } from '../../../graph/curate/apply.js';
import { saveGraph } from '../../../graph/store/json.js';
import { buildFrom, COMPANY, correction, GAMES_1, GAMES_2, LI_SI, PAGE_1, PAGE_1_RENAMED, SHORT_UNION, STREET_UNION } from './fixture.js';

function serialized(graph: KgGraph): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kg-curate-')), 'graph.json');
  saveGraph(graph, path);
  return readFileSync(path, 'utf8');
}

describe('applyCorrections', () => {
  it('merges a node into another: names, mentions, evidence and edges move, both marked with the correction', () => {
    const base = buildFrom(PAGE_1);
    const merge = correction(base, 'merge', { from: SHORT_UNION, into: STREET_UNION });
    const { graph, stale } = applyCorrections(base, [merge]);
    expect(stale).toEqual([]);
    expect(graph.hasNode(SHORT_UNION)).toBe(false);
    const union = graph.getNodeAttributes(STREET_UNION);
    expect(union.aliases).toContain('望京街道总工会');
    expect(union.mentions).toBe(2);
    expect(union.corrections).toEqual([merge.id]);
    const member = graph.getEdgeAttributes(`MEMBER_OF|Person:张伟|${STREET_UNION}|主席`);
    expect(member.evidence.map((e) => e.text)).toEqual(['望京街道总工会主席张伟']);
    expect(member.corrections).toEqual([merge.id]);
    expect(graph.hasEdge(`ORGANIZED|${STREET_UNION}|${GAMES_2}|举办`)).toBe(true);
    expect(graph.getAttribute('removed')).toEqual({ nodes: [{ id: SHORT_UNION, corrections: [merge.id] }], edges: [] });
    // The base graph is left as it was.
    expect(base.hasNode(SHORT_UNION)).toBe(true);
  });

  it('renames (the old name becomes an alias) and retypes under the new id, edges following', () => {
    const base = buildFrom(PAGE_1);
    const rename = correction(base, 'rename', { node: COMPANY, name: '光明科技股份有限公司' });
    const renamed = applyCorrections(base, [rename]).graph;
    const id = 'Organization:光明科技股份有限公司';
    expect(renamed.hasNode(COMPANY)).toBe(false);
    expect(renamed.getNodeAttributes(id)).toMatchObject({ name: '光明科技股份有限公司', aliases: ['光明公司', '光明科技有限公司'], mentions: 3, corrections: [rename.id] });
    expect(renamed.hasEdge(`PARTICIPATED_IN|${id}|${GAMES_1}`)).toBe(true);

    const retype = correction(base, 'retype', { node: COMPANY, type: 'Union' });
    const retyped = applyCorrections(base, [retype]).graph;
    expect(retyped.getNodeAttribute('Union:光明科技有限公司', 'label')).toBe('Union');
    expect(retyped.inEdges('Union:光明科技有限公司').length).toBe(2);
  });

  it('drops a non-entity with its mentions and edges, and articles count one entity fewer', () => {
    const base = buildFrom(PAGE_1);
    const before = base.getNodeAttribute('Article:p1.txt#1', 'mentions');
    const drop = correction(base, 'drop', { node: LI_SI });
    const { graph } = applyCorrections(base, [drop]);
    expect(graph.hasNode(LI_SI)).toBe(false);
    expect(graph.getNodeAttribute('Article:p1.txt#1', 'mentions')).toBe(before - 1);
    expect(graph.getAttribute('removed')?.nodes).toEqual([{ id: LI_SI, corrections: [drop.id] }]);
  });

  it('splits aliases off as another entity: their mentions go, and the relations of articles that only used them', () => {
    const base = buildFrom(PAGE_1);
    const split = correction(base, 'split', { node: COMPANY, aliases: ['光明公司'], as: '光明文化公司' });
    const { graph } = applyCorrections(base, [split]);
    const other = 'Organization:光明文化公司';
    expect(graph.getNodeAttributes(other)).toMatchObject({ label: 'Organization', name: '光明文化公司', aliases: ['光明公司'], mentions: 2, corrections: [split.id] });
    expect(graph.getNodeAttribute(COMPANY, 'aliases')).toEqual([]);
    expect(graph.getNodeAttribute(COMPANY, 'mentions')).toBe(1);
    // Article 2 named the company only as 光明公司: its relation moves; article 1 also printed the full name.
    expect(graph.hasEdge(`PARTICIPATED_IN|${other}|${GAMES_2}`)).toBe(true);
    expect(graph.hasEdge(`PARTICIPATED_IN|${COMPANY}|${GAMES_2}`)).toBe(false);
    expect(graph.hasEdge(`PARTICIPATED_IN|${COMPANY}|${GAMES_1}`)).toBe(true);
  });

  it('adds a relation with the correction as its evidence, and drops one', () => {
    const base = buildFrom(PAGE_1);
    const add = { ...correction(base, 'relation-add', { from: GAMES_1, type: 'HELD_AT', to: 'Street:望京街道' }), reason: '运动会在望京举行' };
    const drop = correction(base, 'relation-drop', { from: SHORT_UNION, type: 'LOCATED_IN', to: 'Street:望京街道' });
    const { graph } = applyCorrections(base, [add, drop]);
    expect(graph.getEdgeAttributes(`HELD_AT|${GAMES_1}|Street:望京街道`)).toMatchObject({
      weight: 1,
      evidence: [{ article: `correction:${add.id}`, text: '运动会在望京举行', start: 0, end: 0 }],
      corrections: [add.id],
    });
    const dropped = `LOCATED_IN|${SHORT_UNION}|Street:望京街道`;
    expect(graph.hasEdge(dropped)).toBe(false);
    expect(graph.getAttribute('removed')?.edges).toEqual([{ id: dropped, source: SHORT_UNION, target: 'Street:望京街道', corrections: [drop.id] }]);
  });

  it('finds a node by type and alias when a rebuild changed its canonical name', () => {
    const before = buildFrom(PAGE_1);
    const add = correction(before, 'relation-add', { from: COMPANY, type: 'ORGANIZED', to: GAMES_2, role: '赞助' });
    const drop = correction(before, 'drop', { node: LI_SI });
    const { graph, stale } = applyCorrections(buildFrom(PAGE_1_RENAMED), [add, drop]);
    expect(stale).toEqual([]);
    expect(graph.hasEdge(`ORGANIZED|Organization:北京光明科技有限公司|${GAMES_2}|赞助`)).toBe(true);
  });

  it('reports a correction that matches nothing as stale and applies the others', () => {
    const base = buildFrom(PAGE_1);
    const gone = { ...correction(base, 'drop', { node: LI_SI }), args: { node: { id: 'Person:王五', type: 'Person' as const, name: '王五', aliases: [] } } };
    const drop = correction(base, 'drop', { node: GAMES_1 });
    const { graph, stale } = applyCorrections(base, [gone, drop]);
    expect(stale.map((s) => [s.correction.id, s.problem])).toEqual([[gone.id, 'Person:王五 is not in the graph, and no Person is known by its names']]);
    expect(graph.hasNode(GAMES_1)).toBe(false);
  });

  it('refuses a new correction that cannot apply, naming it: unknown node, incompatible merge, rename onto an existing node', () => {
    const base = buildFrom(PAGE_1);
    const person = correction(base, 'merge', { from: LI_SI, into: STREET_UNION });
    expect(() => applyCorrections(base, [person], { strict: person.id })).toThrow(
      `gonghui-kg/curate: ${person.id} (merge ${LI_SI} into ${STREET_UNION}): cannot merge ${LI_SI} (a Person) into ${STREET_UNION} (a Union); nothing changed`,
    );
    const onto = correction(base, 'rename', { node: SHORT_UNION, name: '朝阳区望京街道总工会' });
    expect(() => applyCorrections(base, [onto], { strict: onto.id })).toThrow(`${STREET_UNION} already exists; merge ${SHORT_UNION} into it instead`);
    // Rebuilding, the same rename means the two are one.
    expect(applyCorrections(base, [onto]).graph.hasNode(SHORT_UNION)).toBe(false);
  });

  it('gives the same graph, byte for byte, for the same graph and corrections', () => {
    const base = buildFrom(PAGE_1);
    const list = [
      correction(base, 'merge', { from: SHORT_UNION, into: STREET_UNION }),
      correction(base, 'split', { node: COMPANY, aliases: ['光明公司'], as: '光明文化公司' }),
      correction(base, 'drop', { node: LI_SI }),
    ];
    expect(serialized(applyCorrections(base, list).graph)).toBe(serialized(applyCorrections(buildFrom(PAGE_1), list).graph));
  });
});
