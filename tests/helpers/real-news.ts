// The real-news development set the project carries, with the manifest of its crawl.
import { fileURLToPath } from 'node:url';

export const REAL_ARTICLES = fileURLToPath(new URL('../fixtures/real-news/articles', import.meta.url));
export const REAL_MANIFEST = fileURLToPath(new URL('../fixtures/real-news/manifest.csv', import.meta.url));
