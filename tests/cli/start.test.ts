// What `npm start` prints today: the seed pages, segmented and counted.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

describe('gonghui-kg start', () => {
  it('segments the seed pages and prints how many articles of each kind each page holds', () => {
    const result = spawnSync(process.execPath, [CLI, 'start'], { encoding: 'utf8', cwd: '/' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^page\s+encoding\s+articles\s+news\s+photo\s+reprint\s+continuation$/);
    expect(lines[2]).toMatch(/^000_d1792e4d1c156bee\.txt\s+utf-8\s+6\s+5\s+0\s+0\s+1$/);
    expect(lines[5]).toMatch(/^003_8bc5961090bece20\.txt\s+utf-8\s+6\s+4\s+1\s+1\s+0$/);
    expect(result.stdout).toMatch(/\n32 articles on 5 pages in \S+seeds\/\n/);
  });
});
