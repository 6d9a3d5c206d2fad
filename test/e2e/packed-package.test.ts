import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The package as a user gets it: `npm pack`, install the tarball into an empty project (runtime
 * dependencies from the npm cache when possible), then use the command, both module systems and
 * the shipped type declarations there. Uses the existing build (CI builds before testing) and
 * builds only when dist/ is missing.
 */
const root = resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const project = mkdtempSync(join(tmpdir(), 'spbe-e2e-'));
const TIMEOUT = 180_000;

function sh(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT });
  } catch (error) {
    // Show what the tool printed (tsc writes its errors to stdout), not only the exit status.
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

describe('the packed package, installed into an empty project', () => {
  beforeAll(() => {
    const needed = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'cli.js'];
    if (!needed.every((file) => existsSync(join(root, 'dist', file)))) sh(npm, ['run', 'build'], root);
    const packed = JSON.parse(sh(npm, ['pack', '--json', '--pack-destination', project], root)) as { filename: string; files: { path: string }[] }[];
    const tarball = join(project, (packed[0] as { filename: string }).filename);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'spbe-consumer', private: true, version: '1.0.0' }));
    sh(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], project);
  }, TIMEOUT);

  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
  });

  it('npx spbe score scores the shipped example', () => {
    const out = sh(npm, ['exec', '--offline', '--', 'spbe', 'score', 'node_modules/spbe-index/dist/examples/kota-contoh-2024.json', '--format', 'json'], project);
    const result = JSON.parse(out) as { index: { value: string; predicate: { id: string } } };
    expect(result.index.value).toBe('3.75');
    expect(result.index.predicate.id).toBe('sangat-baik');
    const table = sh(npm, ['exec', '--offline', '--', 'spbe', 'score', 'node_modules/spbe-index/dist/examples/kota-contoh-2024.csv', '--catalogue', 'permenpanrb-59-2020'], project);
    expect(table).toContain('Indeks SPBE  3,75  Sangat Baik');
  }, TIMEOUT);

  it('npx spbe-index (the package name) runs the same command; report writes the HTML file', () => {
    const out = sh(npm, ['exec', '--offline', '--', 'spbe-index', 'score', 'node_modules/spbe-index/dist/examples/kota-contoh-2024.json', '--lang', 'en'], project);
    expect(out).toContain('SPBE Index  3.75  Very good');
    sh(
      npm,
      ['exec', '--offline', '--', 'spbe', 'report', 'node_modules/spbe-index/dist/examples/kota-contoh-2024.json', '--previous', 'node_modules/spbe-index/dist/examples/kota-contoh-2023.json', '--out', 'laporan.html'],
      project,
    );
    expect(readFileSync(join(project, 'laporan.html'), 'utf8')).toContain('<svg class="chart radar"');
  }, TIMEOUT);

  const program = (load: string): string => `
    ${load}
    const result = lib.score(cat.permenpanrb592020, { levels: Object.fromEntries(cat.permenpanrb592020.indicators.map((i) => [i.id, 3])) });
    const read = csv.safeParseAssessmentCsv('indikator;tingkat\\r\\n1;3\\r\\n');
    console.log(JSON.stringify({ index: result.index.value, csv: read.success, table: report.renderTable(cat.permenpanrb592020, result).includes('3,00') }));
  `;

  it('import (ESM) works', () => {
    const out = sh(process.execPath, ['--input-type=module', '-e', program("import * as lib from 'spbe-index'; import * as report from 'spbe-index/report'; import * as csv from 'spbe-index/csv'; import * as cat from 'spbe-index/catalogues/permenpanrb-59-2020';")], project);
    expect(JSON.parse(out)).toEqual({ index: '3.00', csv: true, table: true });
  }, TIMEOUT);

  it('require (CommonJS) works', () => {
    const out = sh(process.execPath, ['--input-type=commonjs', '-e', program("const lib = require('spbe-index'); const report = require('spbe-index/report'); const csv = require('spbe-index/csv'); const cat = require('spbe-index/catalogues/permenpanrb-59-2020');")], project);
    expect(JSON.parse(out)).toEqual({ index: '3.00', csv: true, table: true });
  }, TIMEOUT);

  const workbook = `
    const bytes = await xlsx.templateWorkbook(cat.permenpanrb592020, { indicators: ['1', '2'] });
    const read = await xlsx.safeReadAssessmentXlsx(bytes, { catalogue: cat.permenpanrb592020 });
    console.log(JSON.stringify({ bytes: bytes.length > 0, issues: read.success ? [] : read.issues.map((issue) => issue.path.join('.')) }));
  `;

  it('imports spbe-index/xlsx with import and require alike: a template, read back', () => {
    const expected = { bytes: true, issues: ['sheet.Penilaian.row.2.tingkat', 'sheet.Penilaian.row.3.tingkat'] };
    const esm = sh(process.execPath, ['--input-type=module', '-e', `import * as xlsx from 'spbe-index/xlsx'; import * as cat from 'spbe-index/catalogues/permenpanrb-59-2020'; ${workbook}`], project);
    const cjs = sh(process.execPath, ['--input-type=commonjs', '-e', `const xlsx = require('spbe-index/xlsx'); const cat = require('spbe-index/catalogues/permenpanrb-59-2020'); (async () => { ${workbook} })();`], project);
    expect(JSON.parse(esm)).toEqual(expected);
    expect(JSON.parse(cjs)).toEqual(expected);
  }, TIMEOUT);

  const pemdi = `
    const levels = Object.fromEntries(p.permenpanrb82026.indicators.map((i) => [i.codes[1], '5/2']));
    const result = lib.score(years.catalogueForYear(2026), { catalogue: 'permenpanrb-8-2026', levels });
    console.log(JSON.stringify({ index: result.index.exact, maturity: result.index.predicate.maturity.en, same: years.catalogueForYear(2026) === p.permenpanrb82026 }));
  `;

  it('imports the 8/2026 catalogue and the year helper with import and require alike', () => {
    const esm = sh(process.execPath, ['--input-type=module', '-e', `import * as lib from 'spbe-index'; import * as p from 'spbe-index/catalogues/permenpanrb-8-2026'; import * as years from 'spbe-index/catalogues'; ${pemdi}`], project);
    const cjs = sh(process.execPath, ['--input-type=commonjs', '-e', `const lib = require('spbe-index'); const p = require('spbe-index/catalogues/permenpanrb-8-2026'); const years = require('spbe-index/catalogues'); ${pemdi}`], project);
    expect(JSON.parse(esm)).toEqual({ index: '5/2', maturity: 'Developing', same: true });
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  }, TIMEOUT);

  it('a TypeScript consumer type-checks against the shipped declarations', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { safeScore, type ScoreResult, type Issue } from 'spbe-index';
import { renderMarkdown } from 'spbe-index/report';
import { safeParseAssessmentCsv } from 'spbe-index/csv';
import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
const read = safeParseAssessmentCsv('indikator;tingkat\\n1;3\\n');
const outcome = safeScore(permenpanrb592020, read.success ? read.output : { levels: {} });
if (outcome.success) {
  const result: ScoreResult = outcome.output;
  const value: string = result.index.value;
  const markdown: string = renderMarkdown(permenpanrb592020, result, { lang: 'en', detail: true });
  void value; void markdown;
} else {
  const issues: readonly Issue[] = outcome.issues;
  void issues;
}
// @ts-expect-error success is a boolean: the declarations really are checked
safeScore(permenpanrb592020, 42).success satisfies string;
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [], skipLibCheck: false },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => sh(process.execPath, [tsc, '-p', join(project, 'tsconfig.json')], project)).not.toThrow();
  }, TIMEOUT);

  it('a TypeScript consumer with moduleResolution node10 (module commonjs) resolves every subpath', () => {
    // node10 ignores "exports": every subpath must reach its declarations through "typesVersions".
    const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const subpaths = Object.keys(exports).filter((key) => key !== '.' && key !== './package.json');
    expect(subpaths.length).toBeGreaterThan(3);
    const imports = subpaths.map((subpath, i) => `import * as entry${i} from 'spbe-index${subpath.slice(1)}';`);
    writeFileSync(
      join(project, 'consumer-node10.ts'),
      `import { safeScore, type ScoreResult } from 'spbe-index';
import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
import { safeParseAssessmentCsv } from 'spbe-index/csv';
import { catalogueJsonSchema } from 'spbe-index/schema';
${imports.join('\n')}
const outcome = safeScore(permenpanrb592020, { levels: { '1': 3 } });
const result: ScoreResult | undefined = outcome.success ? outcome.output : undefined;
const read: boolean = safeParseAssessmentCsv('indikator;tingkat\\n1;3\\n').success;
const title: unknown = catalogueJsonSchema()['title'];
void [result, read, title, ${subpaths.map((_, i) => `entry${i}`).join(', ')}];
`,
    );
    writeFileSync(
      join(project, 'tsconfig.node10.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'commonjs',
          moduleResolution: 'node10',
          resolveJsonModule: true,
          esModuleInterop: true,
          target: 'es2022',
          types: [],
          skipLibCheck: false,
        },
        files: ['consumer-node10.ts'],
      }),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => sh(process.execPath, [tsc, '-p', join(project, 'tsconfig.node10.json')], project)).not.toThrow();
  }, TIMEOUT);

  it('the tarball ships the command, the examples and no sources or tests', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'spbe-index', 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(manifest.bin).toEqual({ spbe: './dist/cli.js' });
    expect(existsSync(join(project, 'node_modules', 'spbe-index', 'dist', 'examples', 'opd'))).toBe(true);
    expect(existsSync(join(project, 'node_modules', 'spbe-index', 'src'))).toBe(false);
    expect(existsSync(join(project, 'node_modules', 'spbe-index', 'test'))).toBe(false);
  });
});
