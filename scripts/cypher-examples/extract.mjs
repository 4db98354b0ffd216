// Writes viewer/app/src/cypher-examples.json, the Cypher panel's saved examples, from the README's
// "Ten analyst queries" (```cypher blocks that open with a `// N. title` comment, optionally a
// `// params: {…}` one). Run after editing those queries: node scripts/cypher-examples/extract.mjs
// (tests/viewer/cypher-examples.test.ts fails while the two differ). Not bundled from the README
// itself: the self-contained HTML export would then carry the whole README inline.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BLOCK = /```cypher\n([\s\S]*?)```/g;

/** Examples from the Markdown's ```cypher blocks that start with a `// N. title` comment. */
export function parseCypherExamples(markdown) {
  const examples = [];
  for (const match of markdown.matchAll(BLOCK)) {
    const lines = (match[1] ?? '').split('\n');
    const title = /^\/\/\s*\d+\.\s*(.+)$/.exec(lines[0] ?? '')?.[1];
    if (!title) continue;
    let params = {};
    const body = [];
    for (const line of lines.slice(1)) {
      const declared = /^\/\/\s*params:\s*(\{.*\})\s*$/.exec(line);
      if (declared) params = JSON.parse(declared[1] ?? '{}');
      else body.push(line);
    }
    examples.push({ title, query: body.join('\n').trim(), params });
  }
  return examples;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const out = `${root}viewer/app/src/cypher-examples.json`;
  writeFileSync(`${out}.tmp`, `${JSON.stringify(parseCypherExamples(readFileSync(`${root}README.md`, 'utf8')), null, 2)}\n`);
  renameSync(`${out}.tmp`, out);
}
