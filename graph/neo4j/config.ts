// Where the Neo4j server is and how to log in: flags over environment over defaults.
import { KgError } from '../../extractor/errors.js';

export interface Neo4jConfig {
  /** Bolt or neo4j URI: bolt://, bolt+s://, bolt+ssc://, neo4j://, neo4j+s://, neo4j+ssc:// */
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** The local server started by `npm run neo4j` listens here with this password. */
export const DEFAULT_NEO4J_CONFIG: Readonly<Neo4jConfig> = {
  uri: 'bolt://127.0.0.1:7687',
  user: 'neo4j',
  password: 'gonghui-kg',
  database: 'neo4j',
};

const ENV_NAMES: Record<keyof Neo4jConfig, string> = {
  uri: 'NEO4J_URI',
  user: 'NEO4J_USER',
  password: 'NEO4J_PASSWORD',
  database: 'NEO4J_DATABASE',
};

const URI_PATTERN = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+(:\d+)?\/?$/;
// Neo4j database names: letters, digits, dots, dashes and underscores, starting with a letter.
const DATABASE_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{2,62}$/;

/**
 * Settings from (highest first) the given partial (command-line flags), then the NEO4J_*
 * environment variables, then DEFAULT_NEO4J_CONFIG. Throws a KgError naming the bad value.
 */
export function resolveNeo4jConfig(
  partial: Partial<Neo4jConfig> = {},
  env: NodeJS.ProcessEnv = process.env,
): Neo4jConfig {
  const pick = (key: keyof Neo4jConfig): string => {
    const flag = partial[key];
    if (flag !== undefined) return flag;
    const fromEnv = env[ENV_NAMES[key]];
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    return DEFAULT_NEO4J_CONFIG[key];
  };
  const config: Neo4jConfig = {
    uri: pick('uri'),
    user: pick('user'),
    password: pick('password'),
    database: pick('database'),
  };
  if (!URI_PATTERN.test(config.uri)) {
    throw new KgError(
      'neo4j',
      `expected a Neo4j URI such as bolt://127.0.0.1:7687 or neo4j+s://xxxx.databases.neo4j.io (--neo4j / ${ENV_NAMES.uri}), got "${config.uri}"`,
    );
  }
  if (config.user === '') {
    throw new KgError('neo4j', `expected a user name (--user / ${ENV_NAMES.user}), got an empty one`);
  }
  if (!DATABASE_PATTERN.test(config.database)) {
    throw new KgError(
      'neo4j',
      `expected a database name of 3–63 letters, digits, ".", "-" or "_" (--database / ${ENV_NAMES.database}), got "${config.database}"`,
    );
  }
  return config;
}
