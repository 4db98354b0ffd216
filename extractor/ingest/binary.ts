// Recognizes files that are not text even though their name says so (a PNG renamed .txt).

const MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
];

const SAMPLE = 8192;
/** Share of control characters above which content is binary data, not text. */
export const MAX_CONTROL_SHARE = 0.1;

/** C0 controls other than tab, line feed, form feed, carriage return and escape: never in text. */
const isControl = (code: number): boolean => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b;

/**
 * Names the kind of binary content in `bytes`, or returns undefined for text. UTF-16 text
 * (recognized by its byte-order mark) holds NUL bytes legitimately and is text.
 */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const { name, bytes: magic } of MAGIC) {
    if (magic.every((byte, i) => bytes[i] === byte)) return name;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary data (NUL bytes)';
    if (isControl(byte)) control++;
  }
  return control > sample.length * MAX_CONTROL_SHARE ? 'binary data (control bytes)' : undefined;
}

export interface CharacterShares {
  /** U+FFFD: bytes the decoder could not read (or text damaged by an earlier wrong decoding). */
  replacement: number;
  /** C0 control characters (those that never occur in text). */
  control: number;
}

/** Shares of replacement and control characters in decoded text: two different faults, told apart. */
export function characterShares(text: string): CharacterShares {
  if (text.length === 0) return { replacement: 0, control: 0 };
  let replacement = 0;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replacement++;
    else if (isControl(code)) control++;
  }
  return { replacement: replacement / text.length, control: control / text.length };
}
