// The Cypher panel's saved examples are the README's twelve analyst queries, with their parameters.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CYPHER_EXAMPLES, queryParameters } from '../../viewer/app/src/cypher-examples.js';
// @ts-expect-error: a plain .mjs script, no typings
import { parseCypherExamples } from '../../scripts/cypher-examples/extract.mjs';

describe('Cypher examples', () => {
  const examples = CYPHER_EXAMPLES;

  it('are the README’s queries as they are now (else: node scripts/cypher-examples/extract.mjs)', () => {
    expect(parseCypherExamples(readFileSync('README.md', 'utf8'))).toEqual(CYPHER_EXAMPLES);
  });

  it('are the README’s twelve queries (the last two on dates), titled, each with the parameters it uses declared', () => {
    expect(examples).toHaveLength(12);
    expect(examples[0]?.title).toMatch(/district/);
    for (const example of examples) {
      expect(example.query).toMatch(/^MATCH/);
      expect(example.query).not.toMatch(/^\/\//m);
      expect(Object.keys(example.params).sort()).toEqual(queryParameters(example.query).sort());
    }
    expect(examples.filter((e) => Object.keys(e.params).length > 0)).toHaveLength(6);
  });

  it('finds $parameters outside strings and comments only', () => {
    expect(queryParameters("MATCH (u {name: $union}) WHERE u.x = '$not' // $nor\nRETURN $union, $n2")).toEqual(['union', 'n2']);
  });
});
