// The model's characters and tags (extractor/model/ner.json, from foolnltk's map.zip; see NOTE.md).
// The model reads code points: a character outside the BMP is one model position and two
// JavaScript string positions, so encoding keeps each position's string offset.
import data from './ner.json' with { type: 'json' };
import { crfOf, type Crf } from './viterbi.js';

/** Tag names by id: O, B_person, M_person, E_person, S_person … (begin, middle, end, single). */
export const TAGS: readonly string[] = data.tags;

/** The CRF's transition scores (ner.json has them [from][to], over the tags plus a start state). */
export const CRF: Crf = crfOf(data.transitions, TAGS.length);

/** The id of padding after the end of a shorter piece in a batch. */
export const PAD = 0;
const UNKNOWN = data.chars.indexOf('<OOV>');
const ID_OF = new Map<string, number>(data.chars.map((ch, id) => [ch, id]));
/**
 * Spaces are not among the model's characters, and as unknown ones it reads them as part of a name
 * (记者 马超 → " 马超"); in this news a space separates names and items as a comma would.
 */
const SPACE_ID = ID_OF.get('，')!;
const SPACE = /\s/;

export interface Encoded {
  /** Model ids of the code points of `text[from, to)`. */
  ids: Int32Array;
  /** String offset of each model position; offsets[ids.length] = to. */
  offsets: Int32Array;
}

/** Ids of the BMP's characters by code unit, filled as they are first seen (-1: not yet looked up). */
const BMP_IDS = new Int32Array(0x10000).fill(-1);

function idOf(ch: string): number {
  return ID_OF.get(ch) ?? (SPACE.test(ch) ? SPACE_ID : UNKNOWN);
}

/** The ids of text[from, to), one per code point (unknown characters as <OOV>, as foolnltk feeds them; spaces as commas). */
export function encode(text: string, from = 0, to = text.length): Encoded {
  const ids = new Int32Array(to - from);
  const offsets = new Int32Array(to - from + 1);
  let n = 0;
  for (let i = from; i < to; ) {
    offsets[n] = i;
    const unit = text.charCodeAt(i);
    const low = i + 1 < to ? text.charCodeAt(i + 1) : 0;
    if (unit >= 0xd800 && unit <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      // A character outside the BMP; a lone surrogate is one position of its own.
      ids[n++] = idOf(text.slice(i, i + 2));
      i += 2;
    } else {
      let id = BMP_IDS[unit]!;
      if (id < 0) id = BMP_IDS[unit] = idOf(text[i]!);
      ids[n++] = id;
      i += 1;
    }
  }
  offsets[n] = to;
  return { ids: ids.subarray(0, n), offsets: offsets.subarray(0, n + 1) };
}
