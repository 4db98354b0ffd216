// Errors raised at a module boundary carry the module's name, so a user reading one
// line knows which part of gonghui-kg is speaking: "gonghui-kg/ingest: …".
export class KgError extends Error {
  readonly module: string;
  /** Process exit code when this error ends a command. */
  readonly exitCode: number;

  constructor(module: string, message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(`gonghui-kg/${module}: ${message}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KgError';
    this.module = module;
    this.exitCode = options?.exitCode ?? 1;
  }
}
