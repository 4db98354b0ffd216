// Reading an evaluation set's pages as sources, and checking scores against floors, for the
// extraction-floor tests of the seeds and of the real-news development set.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScoreTable } from '../../extractor/eval/score.js';
import { extractArticlesWithModel, resolveCorpus } from '../../extractor/extract.js';
import { loadNerModel } from '../../extractor/model/tagger.js';
import { segmentSource } from '../../extractor/segment/index.js';
import type { ArticleRecord, Source } from '../../extractor/types.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** Every .txt file of `dir`, sorted by name, as sources read as UTF-8. */
export function textSources(dir: string): Source[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      path: join(dir, name),
      name,
      sha256: '',
      encoding: 'utf-8',
      format: 'txt',
      text: readFileSync(join(dir, name), 'utf8'),
    }));
}

/** "Type F1 < floor" for every type whose lenient F1 is below its floor; empty when all hold. */
export function belowFloors(table: ScoreTable, floors: Record<string, number>): string[] {
  return Object.entries(floors)
    .filter(([type, floor]) => !(table.byType[type]!.f1 >= floor))
    .map(([type, floor]) => `${type} ${table.byType[type]!.f1.toFixed(3)} < ${floor}`);
}

/** The records of `sources` extracted with the named-entity model beside the rules, as `extract` gives them. */
export async function extractWithModel(sources: readonly Source[]): Promise<ArticleRecord[]> {
  const model = await loadNerModel();
  const records: ArticleRecord[] = [];
  for (const source of sources) records.push(...(await extractArticlesWithModel(source, segmentSource(source), model)));
  return resolveCorpus(records);
}
