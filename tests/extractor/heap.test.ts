import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_HEAP_FLAGS } from '../../extractor/heap.js';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('heap sizes', () => {
  it('are the ones the gonghui-kg command, npm start and bench:extract start Node with', () => {
    const flags = NODE_HEAP_FLAGS.join(' ');
    expect(read('cli/main.ts').split('\n')[0]).toBe(`#!/usr/bin/env -S node ${flags}`);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe(`node ${flags} dist/cli/main.js start`);
    expect(scripts['bench:extract']).toContain(`node ${flags} dist/bench/extract.js`);
  });
});
