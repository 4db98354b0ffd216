// V8 heap sizes for extraction. It makes many short-lived objects (tokens, spans, records) and
// holds little: with V8's defaults a thread spends about a tenth of its time collecting garbage,
// and a new thread's small old space is marked again and again while it grows, work that competes
// with the other thread for the cores. The calling thread's heap is set when Node starts: the
// `gonghui-kg` command's shebang and the npm scripts pass NODE_HEAP_FLAGS; worker threads get theirs here.
import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';

/** Each of the young generation's two semi-spaces (V8's default: 16). */
export const SEMI_SPACE_MB = 64;
/** The old space's size before its first full collection (V8's default grows it from a few MB). */
export const INITIAL_OLD_SPACE_MB = 128;

/** Node's command-line flags for the calling thread, as the shebang and package.json spell them. */
export const NODE_HEAP_FLAGS = [`--max-semi-space-size=${SEMI_SPACE_MB}`, `--initial-old-space-size=${INITIAL_OLD_SPACE_MB}`];

/**
 * The same sizes for worker threads started after this call. The initial old space has no
 * resource limit of its own, so it is set as a V8 flag, which only heaps created later read.
 */
export function workerHeapLimits(): ResourceLimits {
  setFlagsFromString(`--initial-old-space-size=${INITIAL_OLD_SPACE_MB}`);
  // V8's young generation is three semi-spaces' worth: two semi-spaces and the large objects'.
  return { maxYoungGenerationSizeMb: 3 * SEMI_SPACE_MB };
}
