// The taking-part finder on a hand-resolved passage: what it reads from the frame alone,
// whatever the recognizers make of the names around it.
import { describe, expect, it } from 'vitest';
import { buildViews } from '../../../extractor/recognize/view.js';
import { buildContext } from '../../../extractor/relations/context.js';
import { findParticipated } from '../../../extractor/relations/participated.js';
import type { ResolvedArticle, ResolvedMention } from '../../../extractor/resolve/article.js';
import { segmentSource } from '../../../extractor/segment/index.js';
import type { Entity, EntityType } from '../../../extractor/types.js';

function passage(body: string, names: [EntityType, string][]): ReturnType<typeof findParticipated> {
  const text = `\n\n区工会联合会召开会员大会\n\n${body}\n`;
  const source = { path: 'p.txt', name: 'p.txt', sha256: '', encoding: 'utf-8' as const, format: 'txt' as const, text };
  const [view] = buildViews(text, segmentSource(source));
  const entities: Entity[] = [];
  const mentions: ResolvedMention[] = [];
  for (const [type, name] of names) {
    const id = `${type}:${name}`;
    entities.push({ id, type, name, mentions: [] });
    for (let at = view!.text.indexOf(name); at >= 0; at = view!.text.indexOf(name, at + name.length)) {
      mentions.push({ entityId: id, type, start: at, end: at + name.length, nested: false, anaphor: false });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const resolved: ResolvedArticle = { entities, mentions, mainInitiative: 'Initiative:第一次会员代表大会' };
  return findParticipated(buildContext(view!, resolved), [], new Set());
}

describe('PARTICIPATED_IN frames', () => {
  it('the body a speaker stands for (X代表B向大会表示祝贺) takes part in the event', () => {
    const found = passage('近日，望京街道工会联合会召开第一次会员代表大会。周丽代表朝阳区总工会向大会的召开表示热烈祝贺。', [
      ['Initiative', '第一次会员代表大会'],
      ['Person', '周丽'],
      ['Union', '朝阳区总工会'],
    ]);
    expect(found.map((r) => `${r.from} ${r.to} ${r.role}`)).toContain('Union:朝阳区总工会 Initiative:第一次会员代表大会 代表');
  });

  it('a body a speaker stands for without speaking at the event does not', () => {
    const found = passage('近日，望京街道工会联合会召开第一次会员代表大会。周丽代表朝阳区总工会签订了协议。', [
      ['Initiative', '第一次会员代表大会'],
      ['Person', '周丽'],
      ['Union', '朝阳区总工会'],
    ]);
    expect(found.filter((r) => r.from === 'Union:朝阳区总工会')).toEqual([]);
  });
});
