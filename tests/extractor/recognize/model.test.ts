// The named-entity model beside the rules: what it adds to an article's entities, what the filters
// keep out, and how its spans land in the source.
import { describe, expect, it } from 'vitest';
import { extractArticles, extractArticlesWithModel } from '../../../extractor/extract.js';
import type { ModelSpan } from '../../../extractor/model/spans.js';
import { loadNerModel } from '../../../extractor/model/tagger.js';
import { recognizeAll } from '../../../extractor/recognize/index.js';
import { modelPieces, withModelSpans } from '../../../extractor/recognize/model.js';
import { buildViews } from '../../../extractor/recognize/view.js';
import { segmentSource } from '../../../extractor/segment/index.js';
import type { ArticleRecord, Source } from '../../../extractor/types.js';
import { articleSource } from '../article.js';

const sourceOf = (body: string): Source => articleSource('工会开展职工服务工作', body);

async function extract(body: string): Promise<{ rules: ArticleRecord; model: ArticleRecord; source: Source }> {
  const source = sourceOf(body);
  const articles = segmentSource(source);
  const [model] = await extractArticlesWithModel(source, articles, await loadNerModel());
  return { rules: extractArticles(source, articles)[0]!, model: model!, source };
}

const names = (r: ArticleRecord, type: string): string[] => r.entities.filter((e) => e.type === type).map((e) => e.name);

/** The view of an invented article and what the merge keeps of the given spans (by their text). */
function merged(body: string, proposed: [kind: ModelSpan['kind'], text: string][]): string[] {
  const source = sourceOf(body);
  const [view] = buildViews(source.text, segmentSource(source));
  const spans = proposed.map(([kind, text]): ModelSpan => {
    const start = view!.text.indexOf(text);
    if (start < 0) throw new Error(`${text} is not in the article`);
    return { kind, start, end: start + text.length };
  });
  const rules = recognizeAll(view!);
  return withModelSpans(view!, rules, spans)
    .filter((r) => !rules.some((k) => k.start === r.start && k.end === r.end && k.type === r.type))
    .map((r) => `${r.type}:${r.name}`);
}

describe('the named-entity model beside the rules', () => {
  it('finds people and companies named without a title, suffix or speech verb', async () => {
    const { rules, model } = await extract('比赛中，华信科技的胡毅获得了一等奖，蓝天物流的孙海燕获得二等奖。');
    expect(names(rules, 'Person')).toEqual(['周明']);
    expect(names(model, 'Person')).toEqual(['周明', '胡毅', '孙海燕']);
    expect(names(model, 'Organization')).toContain('华信科技');
    // What the model finds is related like any other mention: the body printed before 的 is where each works.
    const members = model.relations.filter((x) => x.type === 'MEMBER_OF').map((x) => `${x.from} ${x.to}`);
    expect(members).toContain('Person:胡毅 Organization:华信科技');
    expect(members.filter((m) => m.startsWith('Person:孙海燕 ')).every((m) => m.endsWith('蓝天物流'))).toBe(true);
  });

  it('gives a person it finds right after a post that post, as the rules do: 某工会负责人X说 makes X MEMBER_OF the union', async () => {
    const { rules, model } = await extract('近日，河阳区总工会举办职工座谈会。河阳区总工会负责人朱春说，工会将继续做好服务。');
    expect(names(rules, 'Person')).not.toContain('朱春');
    const member = model.relations.find((x) => x.type === 'MEMBER_OF' && x.from === 'Person:朱春');
    expect(member?.to).toBe('Union:河阳区总工会');
    expect(member?.role).toBe('负责人');
  });

  it('puts its mentions at the exact source offsets, names outside the BMP included', async () => {
    const { model, source } = await extract('记者王𠮷报道，周𨚫林获得了一等奖，星河电子有限公司发来贺信。');
    expect(names(model, 'Person')).toEqual(expect.arrayContaining(['王𠮷', '周𨚫林']));
    for (const entity of model.entities) {
      for (const m of entity.mentions) expect(source.text.slice(m.start, m.end)).toBe(m.text);
    }
    const zhou = model.entities.find((e) => e.name === '周𨚫林')!.mentions[0]!;
    expect(zhou.end - zhou.start).toBe(4);
  });

  it('leaves a union to the rules: 北京市西城区总工会 stays a Union (named from its district), whatever the model calls it', async () => {
    const { model } = await extract('北京市西城区总工会与星河电子有限公司签约。');
    expect(names(model, 'Union')).toEqual(['西城区总工会']);
    expect(names(model, 'Organization')).toEqual(['星河电子有限公司']);
    expect(merged('北京市西城区总工会与星河电子有限公司签约，区总工会负责落实。', [['org', '北京市西城区总工会'], ['org', '区总工会']])).toEqual([]);
  });

  it('keeps out anonymous people, generic nouns, titles in 《》, single characters and counted bodies', () => {
    const body = '张女士和小张、老王来到驿站，企业和各基层工会都派了人，会上发布了《星河电子发展报告》，张说很好，5家蓝天物流门店参加。';
    expect(
      merged(body, [
        ['person', '张女士'],
        ['person', '小张'],
        ['person', '老王'],
        ['company', '企业'],
        ['org', '各基层工会'],
        ['company', '星河电子'],
        ['person', '张'],
        ['company', '蓝天物流门店'],
      ]),
    ).toEqual([]);
    expect(merged(body, [['company', '星河电子'], ['person', '老王']])).toEqual([]);
    expect(merged('会上，星河电子与蓝天物流签约，王建华出席。', [['company', '星河电子'], ['company', '蓝天物流'], ['person', '王建华']])).toEqual([
      'Organization:星河电子',
      'Organization:蓝天物流',
      'Person:王建华',
    ]);
  });

  it('keeps out animals listed as a kind of thing, a union’s own team and a team named after its event', () => {
    const body = '白鹭、灰鹤等珍稀候鸟现身湿地。南湖区总工会志愿服务队走进社区。学员有全国职业技能大赛河阳代表队成员。会后，王建华、李秋云等走进车间。';
    expect(
      merged(body, [
        ['person', '白鹭'],
        ['person', '灰鹤'],
        ['org', '南湖区总工会志愿服务队'],
        ['org', '河阳代表队'],
        ['person', '王建华'],
        ['person', '李秋云'],
      ]),
    ).toEqual(['Person:王建华', 'Person:李秋云']);
  });

  it('keeps out a kind of body said without its name (发挥职工学院作用 beside 南湖区职工学院; 各类型的…)', () => {
    expect(merged('要发挥职工学院的作用，南湖区职工学院今年建成。', [['org', '职工学院']])).toEqual([]);
    expect(merged('全市建设各层级各类型的星火创客空间。', [['org', '星火创客空间']])).toEqual([]);
    expect(merged('全市建设星火创客空间。', [['org', '星火创客空间']])).toEqual(['Organization:星火创客空间']);
  });

  it('keeps out an agency named only as the dispatch’s source (新华社兰州…电)', () => {
    const text = '\n\n甘肃投入专项资金帮扶困难职工\n\n新华社兰州11月20日电（记者 罗文）甘肃省总工会20日发布消息。\n';
    const [view] = buildViews(text, segmentSource({ path: 'p.txt', name: 'p.txt', sha256: '', encoding: 'utf-8', format: 'txt', text }));
    const start = view!.text.indexOf('新华社');
    const rules = recognizeAll(view!);
    const kept = withModelSpans(view!, rules, [{ kind: 'org', start, end: start + 3 }]);
    expect(kept.filter((r) => r.name === '新华社')).toEqual([]);
  });

  it('begins a body listed after 、 at the list mark when the model starts it a few characters late', () => {
    const body = '学员们走进星河电子、宏图远景科技股份有限公司、南湖职工书屋参观。';
    expect(merged(body, [['company', '远景科技股份有限公司']])).toEqual(['Organization:宏图远景科技股份有限公司']);
  });

  it('reads every sentence, a long one in pieces that never split a character', () => {
    const long = `${'星河电子的职工𠮷'.repeat(60)}。短句。`;
    const source = sourceOf(long);
    const [view] = buildViews(source.text, segmentSource(source));
    const pieces = modelPieces(view!);
    expect(pieces.map((p) => view!.text.slice(p.start, p.end)).join('')).toBe(view!.sentences.map((s) => view!.text.slice(s.start, s.end)).join(''));
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(256);
      expect(view!.text.codePointAt(p.start)! < 0xdc00 || view!.text.codePointAt(p.start)! > 0xdfff).toBe(true);
    }
  });

  it('finishes bad input with every mention an exact slice of the source', async () => {
    const body = [
      'Workers of the world (see page 2).',
      '\ud800孤立代理项\udfff，王建\u200b华和胡\u0007毅出席。',
      `${'星河电子'.repeat(3000)}。`,
      `${'“'.repeat(5000)}${'工会'.repeat(3000)}`,
    ].join('\n');
    const { model, source } = await extract(body);
    for (const entity of model.entities) {
      for (const m of entity.mentions) expect(source.text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(names(model, 'Person')).toContain('周明');
  });
});
