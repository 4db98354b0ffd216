// The Cypher panel's saved examples: the README's analyst queries with their parameters,
// extracted by scripts/cypher-examples/extract.mjs into cypher-examples.json.
import examples from './cypher-examples.json' with { type: 'json' };

export interface CypherExample {
  title: string;
  query: string;
  params: Record<string, unknown>;
}

export const CYPHER_EXAMPLES: readonly CypherExample[] = examples;

/** The `$name` parameters a query uses, in order of first use (string literals and comments skipped). */
export function queryParameters(query: string): string[] {
  const withoutStrings = query.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\/\/.*$/gm, '');
  return [...new Set([...withoutStrings.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string))];
}
