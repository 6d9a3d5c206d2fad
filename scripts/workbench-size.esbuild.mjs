// size-limit's esbuild step for dist/workbench.html: the page is already one finished file, so
// esbuild only copies it (the "copy" loader) and size-limit gzips exactly those bytes. (Its
// default config would try to bundle the HTML as JavaScript.) size-limit then subtracts 32 bytes
// for what it takes to be esbuild's empty-project overhead.
export default {
  entryPoints: ['dist/workbench.html'],
  loader: { '.html': 'copy' },
  outdir: '.tmp/size-limit-workbench',
  write: true,
  metafile: true,
  logLevel: 'silent',
};
