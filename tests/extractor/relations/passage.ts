// A passage resolved by hand for a relation finder: the entities named are found wherever their
// names are printed, so a finder is tested on its frame whatever the recognizers make of the names.
import { buildViews } from '../../../extractor/recognize/view.js';
import { buildContext, type RelationContext } from '../../../extractor/relations/context.js';
import type { ResolvedArticle, ResolvedMention } from '../../../extractor/resolve/article.js';
import { segmentSource } from '../../../extractor/segment/index.js';
import type { Entity, EntityType } from '../../../extractor/types.js';

/** `names`: type, name and the roles its mentions carry; `main`: the article's own initiative, by name. */
export function resolvedPassage(body: string, names: [EntityType, string, string[]?][], main?: string): RelationContext {
  const text = `\n\n区工会联合会召开会员大会\n\n${body}\n`;
  const source = { path: 'p.txt', name: 'p.txt', sha256: '', encoding: 'utf-8' as const, format: 'txt' as const, text };
  const [view] = buildViews(text, segmentSource(source));
  const entities: Entity[] = [];
  const mentions: ResolvedMention[] = [];
  for (const [type, name, roles] of names) {
    const id = `${type}:${name}`;
    entities.push({ id, type, name, mentions: [] });
    for (let at = view!.text.indexOf(name); at >= 0; at = view!.text.indexOf(name, at + name.length)) {
      mentions.push({ entityId: id, type, start: at, end: at + name.length, nested: false, anaphor: false, ...(roles ? { roles } : {}) });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const resolved: ResolvedArticle = { entities, mentions, places: new Map(), ...(main === undefined ? {} : { mainInitiative: `Initiative:${main}` }) };
  return buildContext(view!, resolved);
}
