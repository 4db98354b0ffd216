// What the API and the export show about articles and evidence, computed from the graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleView, nodeEvidence } from '../../viewer/shared/article-view.js';
import { graphFromSerialized, parseGraphFile } from '../../viewer/shared/graph-file.js';

const text = readFileSync(join('tests', 'fixtures', 'viewer', 'graph.json'), 'utf8');
const graph = () => graphFromSerialized(parseGraphFile(text, 'graph.json'));

describe('articleView', () => {
  it('gives the article text with every mention at offsets that slice to the mention, in order', () => {
    const view = articleView(graph(), 'Article:fixture_a.txt#1');
    expect(view?.title).toBe('望京街道总工会举办职工技能大赛');
    const mentions = view?.mentions ?? [];
    expect(new Set(mentions.map((m) => m.name))).toEqual(new Set(['望京街道总工会', '职工技能大赛', '李明', '朝阳区', '王芳', '朝阳区总工会', '张伟', '望京街道']));
    for (const m of mentions) expect(view?.text.slice(m.start, m.end)).toBe(m.name);
    expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('keeps the longer of two overlapping mentions and skips evidence whose offsets do not fit', () => {
    const g = graph();
    // 朝阳区 inside 朝阳区总工会 at the same place: the union wins.
    const view = articleView(g, 'Article:fixture_a.txt#1');
    const at = view?.text.indexOf('朝阳区总工会') ?? -1;
    expect(view?.mentions.find((m) => m.start === at)?.node).toBe('Union:朝阳区总工会');
    g.updateEdgeAttribute('MENTIONS:Article:fixture_a.txt#1->Person:王芳', 'evidence', (ev) => (ev ?? []).map((e) => ({ ...e, start: e.start + 1, end: e.end + 1 })));
    expect(articleView(g, 'Article:fixture_a.txt#1')?.mentions.map((m) => m.name)).not.toContain('王芳');
  });

  it('answers undefined for a node that is not an article', () => {
    expect(articleView(graph(), 'Person:王芳')).toBeUndefined();
    expect(articleView(graph(), 'Article:nope#1')).toBeUndefined();
  });
});

describe('nodeEvidence', () => {
  it('gives each supporting sentence once, with the node named in it highlighted', () => {
    const evidence = nodeEvidence(graph(), 'Person:王芳');
    const sentences = evidence.map((e) => e.sentence);
    expect(sentences).toContain('望京街道总工会主席王芳在开幕式上致辞。');
    expect(new Set(sentences.map((s, i) => `${evidence[i]?.type}|${s}`)).size).toBe(sentences.length);
    for (const e of evidence) {
      expect(e.highlights.length).toBeGreaterThan(0);
      for (const h of e.highlights) expect(e.sentence.slice(h.start, h.end)).toBe('王芳');
      expect(e.articleTitle).toBe('望京街道总工会举办职工技能大赛');
    }
  });
});
