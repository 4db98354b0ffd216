// The five seed pages against the analysts' gold: every article found, none extra, in order,
// with the printed title, the kind, the reporters of the byline and the first words of the body.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../extractor/ingest/index.js';
import { segmentSource } from '../../../extractor/segment/index.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const goldDir = join(repo, 'seeds', 'gold');

interface GoldArticle {
  index: number;
  title: string;
  firstWords: string;
  kind: string;
  relations: { type: string; from: string; role?: string }[];
}

const goldFiles = readdirSync(goldDir).filter((name) => name.endsWith('.gold.json')).sort();

describe('segmentation of the seed pages', () => {
  it('has gold for every seed page', () => {
    const seeds = readdirSync(join(repo, 'seeds')).filter((name) => name.endsWith('.txt')).sort();
    expect(goldFiles.map((name) => name.replace('.gold.json', '.txt'))).toEqual(seeds);
  });

  for (const goldFile of goldFiles) {
    const gold = JSON.parse(readFileSync(join(goldDir, goldFile), 'utf8')) as { source: string; articles: GoldArticle[] };
    it(`${gold.source}: titles, kinds and bylines equal the gold`, async () => {
      const articles = segmentSource(await readSource(join(repo, 'seeds', gold.source)));
      const found = articles.map((article) => ({
        index: article.index,
        title: article.title,
        kind: article.kind,
        byline: article.byline.map(({ name, role }) => `${name}/${role}`).sort(),
      }));
      const expected = gold.articles.map((article) => ({
        index: article.index,
        title: article.title,
        kind: article.kind,
        byline: article.relations
          .filter((relation) => relation.type === 'REPORTED')
          .map((relation) => `${relation.from}/${relation.role}`)
          .sort(),
      }));
      expect(found).toEqual(expected);
      // The body starts where the analysts say: the first paragraph after the headings.
      articles.forEach((article, k) => {
        const body = article.text.slice(article.paragraphs[0]!.start);
        expect(body.startsWith(gold.articles[k]!.firstWords.replace(/\s+$/, '')), `article ${k + 1}`).toBe(true);
      });
    });
  }
});
