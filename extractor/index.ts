// The extractor's front door: what the CLI and the graph use of it; the rest of extractor/ is its
// inside. Importing it loads the whole extractor, so two leaves stay importable on their own:
// errors.js, for code that needs only KgError (the CLI's entry point and commands, which must
// start fast for `--help`, and the graph's stores), and types.js, for the graph schema the
// viewer's browser bundle imports.
export { KgError } from './errors.js';
export * from './types.js';
export { formatWarning, readInputs, requireSources, type ReadResult } from './ingest/index.js';
export { segmentSource } from './segment/index.js';
export { summarizeArticle, type ArticleSummary } from './segment/summary.js';
export { extractSources, resolveCorpus } from './extract.js';
export { extractInputs, type ExtractOptions, type ExtractResult, type ExtractedSource } from './parallel.js';
export { withRecordStream, type RecordStream } from './stream.js';
export { loadGoldDir, type GoldFile } from './eval/gold.js';
export { formatReport, scoreCorpus, type EvalReport } from './eval/score.js';
