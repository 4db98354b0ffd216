import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../../extractor/errors.js';
import { spansOf } from '../../../extractor/model/spans.js';
import { BATCH, loadNerModel, type Piece } from '../../../extractor/model/tagger.js';
import { encode, TAGS } from '../../../extractor/model/vocabulary.js';

// Tags foolnltk itself gives invented sentences (TensorFlow graph and its CRF decoding), written by
// scripts/ner/convert.py when it converted the model.
const reference = JSON.parse(readFileSync(new URL('../../fixtures/ner/reference.json', import.meta.url), 'utf8')) as {
  text: string;
  tags: string[];
}[];

const whole = (text: string): Piece => ({ text, start: 0, end: text.length });
const named = (text: string, spans: { kind: string; start: number; end: number }[]): string[] =>
  spans.map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);

describe('the named-entity model', () => {
  it('gives the spans foolnltk gives, every sentence in one batch or each alone', async () => {
    const model = await loadNerModel();
    const expected = reference.map((r) => {
      const path = Uint8Array.from(r.tags.map((t) => TAGS.indexOf(t)));
      return named(r.text, spansOf(path, encode(r.text).offsets));
    });
    const together = await model.spans(reference.map((r) => whole(r.text)));
    expect(together.map((spans, i) => named(reference[i]!.text, spans))).toEqual(expected);
    for (const [i, r] of reference.entries()) {
      const [alone] = await model.spans([whole(r.text)]);
      expect(named(r.text, alone!)).toEqual(expected[i]);
    }
    expect(expected[0]).toContain('person:张建国');
  });

  it('maps names outside the BMP to exact string offsets', async () => {
    const model = await loadNerModel();
    const text = '𠀀记者王𠮷报道，周𨚫林出席。';
    const [spans] = await model.spans([{ text, start: 2, end: text.length }]);
    expect(named(text, spans!)).toEqual(['person:王𠮷', 'person:周𨚫林']);
    expect(spans![0]).toMatchObject({ start: 4, end: 7 });
  });

  it('reads only the given range and counts the characters it ran', async () => {
    const model = await loadNerModel();
    const text = '张建国说。李晓梅表示。';
    const [first, second, empty] = await model.spans([
      { text, start: 0, end: 5 },
      { text, start: 5, end: text.length },
      { text, start: 3, end: 3 },
    ]);
    expect(named(text, first!)).toEqual(['person:张建国']);
    expect(named(text, second!)).toEqual(['person:李晓梅']);
    expect(empty).toEqual([]);
    expect(model.characters).toBe(text.length);
  });

  it('gives the same spans for the same pieces on any session, over several batches', async () => {
    const sentences = reference.map((r) => r.text);
    // More pieces than one batch holds, of many lengths, each range inside a longer text.
    const pieces = Array.from({ length: 3 * BATCH + 5 }, (_, k): Piece => {
      const text = `${sentences[k % sentences.length]!}${sentences[(k * 7 + 3) % sentences.length]!}`;
      return { text, start: k % 5, end: text.length - (k % 3) };
    });
    const [first, second] = [await loadNerModel(), await loadNerModel()];
    const once = await first.spans(pieces);
    expect(await second.spans(pieces)).toEqual(once);
    expect(await first.spans(pieces)).toEqual(once);
    expect(once.flat().filter((s) => s.kind === 'person').length).toBeGreaterThan(pieces.length);
  });

  it('says which file it could not load', async () => {
    await expect(loadNerModel('/nonexistent/ner.onnx')).rejects.toThrow(KgError);
    await expect(loadNerModel('/nonexistent/ner.onnx')).rejects.toThrow(/gonghui-kg\/model: cannot load the named-entity model \/nonexistent\/ner\.onnx/);
  });
});
