// What a browser bundle pays for, module by module (docs/performance.md, "What each entry pays
// for"). Bundles a one-line entry from the sources with esbuild (minified, for the browser, as
// size-limit does from dist/) and prints, per source module, its minified bytes (esbuild's
// metafile) and what it adds to the gzipped bundle: the gzip size of the bundle minus that of
// the same text with the module's bytes cut out (found through the source map). The gzip
// figures overlap a little (text shared between modules compresses once), so they do not add
// up exactly to the total.
//
//   npx tsx scripts/size-breakdown.ts "import { score } from './src/index.ts'; import { permenpanrb592020 } from './src/catalogues/permenpanrb-59-2020/index.ts'; console.log(score(permenpanrb592020, {}))"
//   npx tsx scripts/size-breakdown.ts "export { safeParseAssessmentCsv } from './src/csv.ts'" src/browser/buffer-shim.ts
//
// The second argument is the Buffer stand-in to inject (tsup.config.ts): the report entry's
// (the default) or the browser CSV reader's. The build-time names and csv-parse's fixed options
// are those of the package build (build-defines.ts, csv-parse-fixed-options.ts).
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildDefines } from './build-defines.js';
import { csvParseFixedOptions } from './csv-parse-fixed-options.js';

const [entry, inject = 'src/browser/stringify-buffer.ts'] = process.argv.slice(2);
if (!entry) {
  console.error('usage: npx tsx scripts/size-breakdown.ts "<entry code>" [inject]');
  process.exit(2);
}
const result = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'entry.ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
  sourcemap: 'external',
  outfile: 'bundle.js',
  inject: [inject],
  plugins: [csvParseFixedOptions],
  define: buildDefines,
  logLevel: 'error',
});
const js = result.outputFiles.find((file) => file.path.endsWith('.js')).text;
const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.map')).text);
const total = gzipSync(js).length;

/** Base64 VLQ segments of one line of a source map: [column, source, ...] deltas. */
function decodeLine(text) {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  return text.split(',').filter(Boolean).map((segment) => {
    const values = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = digits.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    return values;
  });
}

// The source of every output character: the last mapping at or before it.
const lines = js.split('\n');
const owner = lines.map((line) => new Int32Array(line.length).fill(-1));
let source = 0;
map.mappings.split(';').forEach((text, line) => {
  let column = 0;
  const segments = decodeLine(text);
  segments.forEach((segment, i) => {
    column += segment[0];
    if (segment.length > 1) source += segment[1];
    const next = segments[i + 1];
    const end = next ? column + next[0] : lines[line].length;
    if (segment.length > 1) owner[line].fill(source, column, end);
  });
});

const minified = new Map(
  Object.entries(Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('.js'))[1].inputs).map(([path, info]) => [path, info.bytesInOutput]),
);
const rows = map.sources.map((path, index) => {
  const kept = lines.map((line, l) => [...line].filter((_, c) => owner[l][c] !== index).join('')).join('\n');
  const name = path.replace(/^(\.\.\/)+/u, '');
  const key = [...minified.keys()].find((input) => input.endsWith(name)) ?? name;
  return { name, minified: minified.get(key) ?? 0, gzip: total - gzipSync(kept).length };
});
console.log(`${Buffer.byteLength(js)} B minified, ${total} B gzipped`);
console.log('gzip B  min B  module');
for (const row of rows.filter((r) => r.minified > 0).sort((a, b) => b.gzip - a.gzip)) {
  console.log(`${String(row.gzip).padStart(6)} ${String(row.minified).padStart(6)}  ${row.name}`);
}
