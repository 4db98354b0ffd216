// One driver per command, and the translation of driver failures into one-line messages.
import type { Driver } from 'neo4j-driver';
import { KgError } from '../../extractor/errors.js';
import type { Neo4jConfig } from './config.js';

export async function openDriver(config: Neo4jConfig): Promise<Driver> {
  const { default: neo4j } = await import('neo4j-driver');
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // A missing server should fail in seconds, not after the driver's default 60 s of retries.
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 15_000,
    userAgent: 'gonghui-kg',
  });
  try {
    await driver.verifyConnectivity({ database: config.database });
    return driver;
  } catch (error) {
    await driver.close();
    throw neo4jError(error, config);
  }
}

/** Runs `work` with an open driver and closes it afterwards; driver errors become KgErrors. */
export async function withDriver<T>(config: Neo4jConfig, work: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = await openDriver(config);
  try {
    return await work(driver);
  } catch (error) {
    throw neo4jError(error, config);
  } finally {
    await driver.close();
  }
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]?.trim() ?? '';
}

/** A KgError the user can act on, for any error thrown by the driver or the server. */
export function neo4jError(error: unknown, config: Neo4jConfig): unknown {
  if (error instanceof KgError || !(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  const message = firstLine(error.message);
  const options = { cause: error };
  switch (code) {
    case 'ServiceUnavailable':
    case 'SessionExpired':
      return new KgError(
        'neo4j',
        `cannot reach Neo4j at ${config.uri}; start one with "npm run neo4j" or point NEO4J_URI / --neo4j at your server`,
        options,
      );
    case 'Neo.ClientError.Security.Unauthorized':
    case 'Neo.ClientError.Security.AuthenticationRateLimit':
      return new KgError(
        'neo4j',
        `Neo4j at ${config.uri} refused user "${config.user}": wrong user name or password (NEO4J_USER / NEO4J_PASSWORD or --user / --password)`,
        options,
      );
    case 'Neo.ClientError.Database.DatabaseNotFound':
      return new KgError(
        'neo4j',
        `database "${config.database}" does not exist on ${config.uri} (NEO4J_DATABASE / --database; Community Edition has only "neo4j")`,
        options,
      );
    case 'Neo.ClientError.Statement.SyntaxError':
      return new KgError('cypher', `Cypher syntax error: ${message}`, options);
    case 'Neo.ClientError.Statement.ParameterMissing':
      return new KgError('cypher', `${message} (pass it with --param name=value)`, options);
  }
  if (typeof code === 'string' && code.startsWith('Neo.ClientError.')) {
    return new KgError('neo4j', `${message} (${code})`, options);
  }
  return error;
}
