// The analyst queries of the README's Neo4j section, read from the README itself so that the
// tests run exactly what users copy.
import { readFileSync } from 'node:fs';

export interface ReadmeQuery {
  number: number;
  title: string;
  query: string;
  params: Record<string, unknown>;
}

export function readmeQueries(): ReadmeQuery[] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('<!-- section: neo4j -->');
  const end = readme.indexOf('\n## ', start);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```cypher\n([\s\S]*?)```/g)].map((match) => {
    const query = match[1] ?? '';
    const heading = /^\/\/ (\d+)\. (.+)$/m.exec(query);
    const params = /^\/\/ params: (.+)$/m.exec(query);
    return {
      number: Number(heading?.[1]),
      title: heading?.[2] ?? '',
      query,
      params: params?.[1] === undefined ? {} : (JSON.parse(params[1]) as Record<string, unknown>),
    };
  });
}
