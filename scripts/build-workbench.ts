// Builds dist/workbench.html: the workbench (src/workbench) bundled with the library by esbuild,
// minified, and inlined with its styles into one page. The page's Content-Security-Policy allows
// exactly this script and this style, by their SHA-256 computed here, and nothing from anywhere:
// it opens from file:// and never reaches the network.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { buildDefines } from './build-defines.js';
import { csvParseFixedOptions } from './csv-parse-fixed-options.js';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };

const bundled = await build({
  entryPoints: [new URL('src/workbench/main.ts', root).pathname],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  platform: 'browser',
  write: false,
  legalComments: 'none',
  // csv-parse works on Node Buffers: the few it needs come from the same shim as dist/browser/csv.js,
  // and its option checks are replaced by their result for the readers' options, as there.
  inject: [new URL('src/browser/buffer-shim.ts', root).pathname],
  plugins: [csvParseFixedOptions],
  define: buildDefines,
});
const script = bundled.outputFiles[0].text.trim();
const style = (await build({ entryPoints: [new URL('src/workbench/workbench.css', root).pathname], bundle: true, minify: true, write: false })).outputFiles[0].text.trim();

// Inlined text must not close its own element early.
if (/<\/script/iu.test(script) || /<\/style/iu.test(style)) throw new Error('build-workbench: the bundle contains a closing tag');

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const policy = `default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data:; base-uri 'none'; form-action 'none'`;

const page = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="spbe-index ${version}">
<title>Meja Kerja Indeks SPBE dan Pemerintah Digital</title>
<style>${style}</style>
</head>
<body>
<div id="app"><noscript>Meja kerja ini memerlukan JavaScript. / This workbench needs JavaScript.</noscript></div>
<script>${script}</script>
</body>
</html>
`;
writeFileSync(new URL('dist/workbench.html', root), page);
