// Names holding NUL, other C0 controls or a lone surrogate, format by format, as the README's
// "Graph and exports" section says: kept exactly where the format can hold them, U+FFFD where not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGraph } from '../../../graph/build.js';
import { exportCsv } from '../../../graph/export/csv.js';
import { exportCypher } from '../../../graph/export/cypher.js';
import { exportGexf } from '../../../graph/export/gexf-file.js';
import { exportGraphml } from '../../../graph/export/graphml.js';
import { exportJson } from '../../../graph/export/json.js';
import { loadGraph, saveGraph } from '../../../graph/store/json.js';
import { tempDir } from './tools.js';

const NAME = 'a\u0000b\u0007c\ud800d\u001fe';
const ID = `Union:${NAME}`;

function graph() {
  const g = createGraph();
  g.replaceAttributes({ sources: [] });
  g.addNode(ID, { label: 'Union', name: NAME, aliases: [], mentions: 1, firstSource: 's.txt', lastSource: 's.txt' });
  return g;
}

describe('names with control characters and lone surrogates', () => {
  const dir = tempDir();

  it('are kept exactly by graph.json, the JSON export and the Cypher script', () => {
    saveGraph(graph(), join(dir, 'graph.json'));
    expect(loadGraph(join(dir, 'graph.json')).getNodeAttribute(ID, 'name')).toBe(NAME);
    exportJson(graph(), join(dir, 'export.json'));
    expect(readFileSync(join(dir, 'export.json'), 'utf8')).toContain(JSON.stringify(NAME));
    exportCypher(graph(), join(dir, 'graph.cypher'));
    expect(readFileSync(join(dir, 'graph.cypher'), 'utf8')).toContain("name: 'a\\u0000b\\u0007c\\ud800d\\u001fe'");
  });

  it('become U+FFFD in GEXF and GraphML (XML 1.0 cannot hold them), and a lone surrogate does in CSV (UTF-8 cannot)', () => {
    exportGexf(graph(), join(dir, 'graph.gexf'));
    exportGraphml(graph(), join(dir, 'graph.graphml'));
    for (const file of ['graph.gexf', 'graph.graphml']) expect(readFileSync(join(dir, file), 'utf8')).toContain('Union:a\ufffdb\ufffdc\ufffdd\ufffde');
    const { nodes } = exportCsv(graph(), dir);
    expect(readFileSync(nodes, 'utf8')).toContain('Union:a\u0000b\u0007c\ufffdd\u001fe');
  });
});
