// A small union network built in code (not from the seeds): two districts, a street, four
// unions in a hierarchy, organizations, initiatives, people, one article, and one organization
// whose name is full of characters that would break a Cypher query built by concatenation.
import { createGraph, type KgGraph } from '../../../graph/build.js';
import { relationKey } from '../../../extractor/types.js';
import type { EdgeType, EvidenceRef, NodeLabel } from '../../../graph/schema.js';

export const HOSTILE_NAME = "O'Brien \"引号\" `反引号` {花括号} \\反斜杠\n换行'}) DETACH DELETE n //";
export const ARTICLE = 'Article:fixture.txt#1';

export interface FixtureOptions {
  /** Adds a third initiative of 海淀区总工会 with one participant: the "bigger graph later". */
  grown?: boolean;
}

export function fixtureGraph(options: FixtureOptions = {}): KgGraph {
  const graph = createGraph();
  const node = (label: NodeLabel, name: string, extra: Record<string, unknown> = {}): string => {
    const id = label === 'Article' ? ARTICLE : `${label}:${name}`;
    graph.addNode(id, { label, name, aliases: [], mentions: 1, firstSource: 'fixture.txt', lastSource: 'fixture.txt', ...extra });
    return id;
  };
  let offset = 0;
  const edge = (type: EdgeType, from: string, to: string, sentence: string, role?: string): void => {
    const evidence: EvidenceRef[] = [{ article: ARTICLE, text: sentence, start: offset, end: offset + sentence.length }];
    offset += sentence.length + 1;
    const attributes = role === undefined ? { type, weight: 1, evidence } : { type, role, weight: 1, evidence };
    graph.addDirectedEdgeWithKey(relationKey({ type, from, to, role }), from, to, attributes);
  };

  const article = node('Article', '朝阳区职工技能大赛开幕', { source: 'fixture.txt', index: 1, title: '朝阳区职工技能大赛开幕', kind: 'news', mentions: 9 });
  const beijing = node('Region', '北京市');
  const chaoyang = node('District', '朝阳区');
  const haidian = node('District', '海淀区');
  const wangjing = node('Street', '望京街道', { district: '朝阳区' });
  const cityUnion = node('Union', '北京市总工会', { aliases: ['市总工会'], mentions: 3 });
  const chaoyangUnion = node('Union', '朝阳区总工会', { aliases: ['区总工会'], district: '朝阳区', mentions: 2 });
  const haidianUnion = node('Union', '海淀区总工会', { district: '海淀区' });
  const wangjingUnion = node('Union', '望京街道总工会', { district: '朝阳区' });
  const academy = node('Organization', '首都工匠学院');
  const bureau = node('Organization', '朝阳区人力资源和社会保障局', { district: '朝阳区' });
  const hostile = node('Organization', HOSTILE_NAME);
  const contest = node('Initiative', '朝阳区职工职业技能大赛', { key: '职业技能大赛', district: '朝阳区' });
  const station = node('Initiative', '“暖心驿站”服务活动', { key: '暖心驿站', district: '朝阳区' });
  const course = node('Initiative', '“未来工匠”研修班', { key: '未来工匠' });
  const zhang = node('Person', '张伟', { roles: ['主席', '党组成员'] });
  const wang = node('Person', '王芳', { roles: ['职工'] });
  const li = node('Person', '李娜', { roles: ['记者'] });

  edge('LOCATED_IN', chaoyang, beijing, '朝阳区位于北京市。');
  edge('LOCATED_IN', haidian, beijing, '海淀区位于北京市。');
  edge('LOCATED_IN', wangjing, chaoyang, '朝阳区望京街道');
  edge('LOCATED_IN', cityUnion, beijing, '北京市总工会');
  edge('LOCATED_IN', chaoyangUnion, chaoyang, '朝阳区总工会');
  edge('LOCATED_IN', haidianUnion, haidian, '海淀区总工会');
  edge('LOCATED_IN', wangjingUnion, wangjing, '望京街道总工会');
  edge('SUBORDINATE_TO', chaoyangUnion, cityUnion, '朝阳区总工会在北京市总工会指导下开展工作。');
  edge('SUBORDINATE_TO', haidianUnion, cityUnion, '海淀区总工会隶属北京市总工会。');
  edge('SUBORDINATE_TO', wangjingUnion, chaoyangUnion, '望京街道总工会是朝阳区总工会下属工会。');
  edge('ORGANIZED', chaoyangUnion, contest, '大赛由朝阳区总工会主办。', '主办');
  edge('ORGANIZED', bureau, contest, '朝阳区人力资源和社会保障局协办大赛。', '协办');
  edge('ORGANIZED', academy, contest, '首都工匠学院承办大赛。', '承办');
  edge('ORGANIZED', wangjingUnion, station, '望京街道总工会开展“暖心驿站”服务活动。', '开展');
  edge('ORGANIZED', cityUnion, course, '北京市总工会主办“未来工匠”研修班。', '主办');
  edge('ORGANIZED', academy, course, '首都工匠学院承办研修班。', '承办');
  edge('ORGANIZED', bureau, course, '朝阳区人力资源和社会保障局协办研修班。', '协办');
  edge('ORGANIZED', hostile, station, `${HOSTILE_NAME}协办活动。`, '协办');
  edge('HELD_AT', contest, chaoyang, '大赛在朝阳区举行。');
  edge('HELD_AT', course, academy, '研修班在首都工匠学院开班。');
  edge('MEMBER_OF', zhang, chaoyangUnion, '朝阳区总工会主席张伟', '主席');
  edge('MEMBER_OF', zhang, cityUnion, '北京市总工会党组成员张伟', '党组成员');
  edge('MEMBER_OF', wang, academy, '首都工匠学院职工王芳', '职工');
  edge('PARTICIPATED_IN', wang, contest, '王芳参加了朝阳区职工职业技能大赛。');
  edge('PARTICIPATED_IN', zhang, contest, '张伟出席大赛开幕式。');
  edge('PARTICIPATED_IN', wang, course, '王芳在研修班学习。');
  edge('REPORTED', li, article, '记者 李娜', '记者');
  for (const entity of [cityUnion, chaoyangUnion, wangjingUnion, academy, bureau, contest, zhang, wang, hostile]) {
    edge('MENTIONS', article, entity, graph.getNodeAttribute(entity, 'name'));
  }
  // The same relationship supported by a second sentence: evidence arrays of length two.
  const organized = relationKey({ type: 'ORGANIZED', from: chaoyangUnion, to: contest, role: '主办' });
  graph.updateEdgeAttributes(organized, (attributes) => {
    const evidence = [...attributes.evidence, { article: ARTICLE, text: '朝阳区总工会举办本届大赛。', start: 900, end: 913 }];
    return { ...attributes, evidence, weight: evidence.length };
  });

  if (options.grown === true) {
    const league = node('Initiative', '海淀区职工篮球联赛', { key: '篮球联赛', district: '海淀区' });
    const zhao = node('Person', '赵磊', { roles: ['职工'] });
    edge('ORGANIZED', haidianUnion, league, '海淀区总工会主办职工篮球联赛。', '主办');
    edge('HELD_AT', league, haidian, '联赛在海淀区举行。');
    edge('PARTICIPATED_IN', zhao, league, '赵磊参加篮球联赛。');
  }
  return graph;
}
