// The named-entity model in onnxruntime: one session per thread, fed pieces of text (sentences)
// sorted by length and batched, so little of each batch is padding; each piece's tag path is
// decoded on its own. The int8 model quantizes each run's activations together, so a piece's
// scores depend slightly on its batch (NOTE.md); batches depend only on the pieces given, never on
// timing, so the same text gives the same spans on any thread.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { KgError } from '../errors.js';
import { spansOf, type ModelSpan } from './spans.js';
import { viterbi } from './viterbi.js';
import { CRF, encode, PAD, TAGS, type Encoded } from './vocabulary.js';

/** A range of a text for the model to read (a sentence); spans come back as offsets in `text`. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * Pieces per session run. A run costs about 60 µs and an LSTM step 2–3 µs besides the characters'
 * own cost (NOTE.md); from 8 pieces on that is within the noise, and batches of 64 or more cost more
 * a character, while padding grows with the batch.
 */
export const BATCH = 16;

export interface NerModel {
  /** The spans of each piece, in its text's offsets. */
  spans(pieces: readonly Piece[]): Promise<ModelSpan[][]>;
  /** Characters (code points) run through the model so far: what the bench divides time by. */
  readonly characters: number;
}

/** The committed model file (extractor/model/ner.onnx), found from here in the source or in dist/. */
export function modelPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new KgError('model', 'cannot find the gonghui-kg package root');
    dir = parent;
  }
  return join(dir, 'extractor', 'model', 'ner.onnx');
}

/** A session on one thread of its own: the worker threads already use the other cores. */
export async function loadNerModel(path = modelPath()): Promise<NerModel> {
  let session: InferenceSession;
  try {
    session = await InferenceSession.create(path, {
      executionProviders: ['cpu'],
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    });
  } catch (error) {
    throw new KgError('model', `cannot load the named-entity model ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const tagCount = TAGS.length;
  let characters = 0;
  return {
    get characters() {
      return characters;
    },
    async spans(pieces) {
      const encoded: Encoded[] = pieces.map((p) => encode(p.text, p.start, p.end));
      const result: ModelSpan[][] = pieces.map(() => []);
      const order = encoded
        .map((e, i) => i)
        .filter((i) => encoded[i]!.ids.length > 0)
        .sort((a, b) => encoded[a]!.ids.length - encoded[b]!.ids.length || a - b);
      for (let from = 0; from < order.length; from += BATCH) {
        const batch = order.slice(from, from + BATCH);
        const width = encoded[batch[batch.length - 1]!]!.ids.length;
        const ids = new Int32Array(batch.length * width).fill(PAD);
        const lengths = new Int32Array(batch.length);
        batch.forEach((piece, row) => {
          ids.set(encoded[piece]!.ids, row * width);
          lengths[row] = encoded[piece]!.ids.length;
          characters += lengths[row]!;
        });
        const output = await session.run({
          'char_inputs:0': new Tensor('int32', ids, [batch.length, width]),
          'lengths:0': new Tensor('int32', lengths, [batch.length]),
        });
        const logits = output['project/logits:0']!.data as Float32Array;
        batch.forEach((piece, row) => {
          const path = viterbi(logits, row * width * tagCount, lengths[row]!, CRF);
          result[piece] = spansOf(path, encoded[piece]!.offsets);
        });
      }
      return result;
    },
  };
}
