// Settings of the viewer server: a typed interface, defaults, and a resolver that says what it expected.
import { isIP } from 'node:net';
import { KgError } from '../../extractor/errors.js';

export interface ViewerServerSettings {
  /** Interface to bind; loopback unless the user asks for more. */
  host: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Largest request body accepted, in bytes (only the Cypher endpoint takes a body). */
  bodyLimit: number;
  /** Longest Cypher query accepted, in characters. */
  maxQueryLength: number;
  /** Time limit of a Cypher query, in milliseconds; the query is stopped on the server after it. */
  cypherTimeoutMs: number;
  /** Rows of a Cypher result sent to the browser; the rest are dropped and the response says so. */
  maxRows: number;
}

export const DEFAULT_VIEWER_SERVER_SETTINGS: ViewerServerSettings = {
  host: '127.0.0.1',
  port: 8737,
  bodyLimit: 64 * 1024,
  maxQueryLength: 8 * 1024,
  cypherTimeoutMs: 10_000,
  maxRows: 1000,
};

export function resolveViewerServerSettings(partial: Partial<ViewerServerSettings> = {}): ViewerServerSettings {
  const settings = { ...DEFAULT_VIEWER_SERVER_SETTINGS, ...partial };
  if (!Number.isInteger(settings.port) || settings.port < 0 || settings.port > 65535) {
    throw new KgError('viewer', `port must be an integer from 0 to 65535, got ${String(partial.port)}`);
  }
  if (settings.host !== 'localhost' && isIP(settings.host) === 0) {
    throw new KgError('viewer', `host must be an IP address such as 127.0.0.1 or 0.0.0.0 (or "localhost"), got "${settings.host}"`);
  }
  for (const key of ['bodyLimit', 'maxQueryLength', 'cypherTimeoutMs', 'maxRows'] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] <= 0) {
      throw new KgError('viewer', `${key} must be a positive integer, got ${String(settings[key])}`);
    }
  }
  return settings;
}
