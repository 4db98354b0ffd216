// Hand-written pages in layouts the seeds do not have: a single article (headline, then body
// on single-spaced lines with a column break), a page with a section label, a headline with a
// comma, a “■文/本报记者” byline, a “(下转第2版)” marker and a photo story after a layout gap,
// and a news page saved from a web site with navigation, related links and a footer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../../extractor/ingest/index.js';
import { segmentSource } from '../../../extractor/segment/index.js';

const dir = fileURLToPath(new URL('../../fixtures/segment/', import.meta.url));
const pages = readdirSync(dir).filter((name) => /\.(txt|html?)$/.test(name)).sort();

describe('segmentation of hand-written pages', () => {
  it('finds the fixtures', () => {
    expect(pages).toEqual(['news-site.html', 'page-layouts.txt', 'single-article.txt']);
  });

  for (const page of pages) {
    it(`${page}: articles, titles, kinds, bylines and joined paragraphs`, async () => {
      const expected: unknown = JSON.parse(readFileSync(join(dir, page.replace(/\.\w+$/, '.expected.json')), 'utf8'));
      const articles = segmentSource(await readSource(join(dir, page)));
      const found = articles.map((article) => ({
        index: article.index,
        title: article.title,
        subtitles: article.subtitles,
        kind: article.kind,
        byline: article.byline.map(({ name, role }) => ({ name, role })),
        paragraphs: article.paragraphs.map(({ start, end }) => article.text.slice(start, end)),
      }));
      expect(found).toEqual(expected);
    });
  }
});
