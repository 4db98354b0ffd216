// Text assembled from pieces of a source, remembering for every character where it came from,
// so offsets found in cleaned text point back into the original decoded source.

export interface MappedText {
  text: string;
  /** offsets[i] is the source offset of text[i]; offsets[text.length] is the source end. */
  offsets: Int32Array;
}

export class MappedTextBuilder {
  private readonly source: string;
  /** Per piece: source start and end, or a separator character and its source position. */
  private readonly pieces: ({ start: number; end: number } | { char: string; at: number })[] = [];
  private size = 0;

  constructor(source: string) {
    this.source = source;
  }

  get length(): number {
    return this.size;
  }

  /** Appends source.slice(start, end). */
  append(start: number, end: number): this {
    if (end > start) {
      this.pieces.push({ start, end });
      this.size += end - start;
    }
    return this;
  }

  /** Appends a character that is not in the source (a paragraph separator), mapped to `at`. */
  separator(char: string, at: number): this {
    this.pieces.push({ char, at });
    this.size += char.length;
    return this;
  }

  /** The text and its offset map; `end` is the source offset of the position past the text. */
  build(end: number): MappedText {
    const offsets = new Int32Array(this.size + 1);
    const parts: string[] = [];
    let i = 0;
    for (const piece of this.pieces) {
      if ('char' in piece) {
        parts.push(piece.char);
        offsets.fill(piece.at, i, i + piece.char.length);
        i += piece.char.length;
      } else {
        parts.push(this.source.slice(piece.start, piece.end));
        for (let at = piece.start; at < piece.end; at++) offsets[i++] = at;
      }
    }
    offsets[this.size] = end;
    return { text: parts.join(''), offsets };
  }
}
