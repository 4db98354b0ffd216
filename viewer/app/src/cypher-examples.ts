// The README's analyst queries as the Cypher panel's saved examples: read from the README's
// "Ten analyst queries" blocks (title comment, optional `params:` comment), so they cannot drift.

export interface CypherExample {
  title: string;
  query: string;
  params: Record<string, unknown>;
}

const BLOCK = /```cypher\n([\s\S]*?)```/g;

/** Examples from the Markdown's ```cypher blocks that start with a `// N. title` comment. */
export function parseCypherExamples(markdown: string): CypherExample[] {
  const examples: CypherExample[] = [];
  for (const match of markdown.matchAll(BLOCK)) {
    const lines = (match[1] ?? '').split('\n');
    const title = /^\/\/\s*\d+\.\s*(.+)$/.exec(lines[0] ?? '')?.[1];
    if (!title) continue;
    let params: Record<string, unknown> = {};
    const body: string[] = [];
    for (const line of lines.slice(1)) {
      const declared = /^\/\/\s*params:\s*(\{.*\})\s*$/.exec(line);
      if (declared) params = JSON.parse(declared[1] ?? '{}') as Record<string, unknown>;
      else body.push(line);
    }
    examples.push({ title, query: body.join('\n').trim(), params });
  }
  return examples;
}

/** The `$name` parameters a query uses, in order of first use (string literals skipped). */
export function queryParameters(query: string): string[] {
  const withoutStrings = query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\/.*$/gm, '');
  return [...new Set([...withoutStrings.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string))];
}
