// External readers the export tests check against. With CI=true they must be present
// (the test fails); elsewhere a missing one skips with the reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { assignAnalytics } from '../../../graph/analytics/index.js';
import { type KgGraph, buildGraph } from '../../../graph/build.js';
import { assignLayout } from '../../../graph/layout.js';
import { twoPages } from '../helpers.js';

export const PYTHON = '/usr/bin/python3';

/** The official GEXF 1.3 schema: gexf.xsd includes dynamics.xsd (spells, timeformat) and imports viz.xsd. */
export const GEXF_XSD = fileURLToPath(new URL('../../fixtures/gexf-1.3/gexf.xsd', import.meta.url));

function works(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Reason to skip, or undefined when the tool is there (always undefined under CI). */
export function missing(tool: 'xmllint' | 'networkx' | 'igraph'): string | undefined {
  if (process.env.CI === 'true') return undefined;
  const ok =
    tool === 'xmllint' ? works('xmllint', ['--version']) : works(PYTHON, ['-c', `import ${tool}`]);
  return ok ? undefined : `${tool} is not installed (Debian: ${tool === 'xmllint' ? 'libxml2-utils' : `python3-${tool}`})`;
}

/** `it`, or a skip that names the missing tool in the test title. */
export function itNeeds(tool: 'xmllint' | 'networkx' | 'igraph'): (name: string, fn: () => void) => void {
  const reason = missing(tool);
  return reason === undefined ? (name, fn) => it(name, fn) : (name, fn) => it.skip(`${name} (skipped: ${reason})`, fn);
}

export function python(script: string, ...args: string[]): string {
  return execFileSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kg-export-'));
}

/** The two-page fixture with analytics and layout, as `build` writes it. */
export function fixtureGraph(): KgGraph {
  const { graph } = buildGraph(twoPages(), [{ name: 'page_b.txt', sha256: 'b', text: `北京"启明\\星"\n科技 <有限> & 公司\u0001${'字'.repeat(100)}` }]);
  assignAnalytics(graph);
  assignLayout(graph);
  return graph;
}
