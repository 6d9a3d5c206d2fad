import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { permenpanrb592020Definition } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb52018Definition } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { assessmentSchema, catalogueSchema } from '../../src/model/schemas.js';
import { schemaFiles, schemaText } from '../../scripts/generate-schemas.js';
import { baseDefinition, withCriteria } from '../helpers/small-catalogue.js';

const root = new URL('../../', import.meta.url);

const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const jsonFiles = (dir: string): string[] =>
  readdirSync(new URL(dir, root), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? jsonFiles(`${dir}${entry.name}/`) : entry.name.endsWith('.json') ? [`${dir}${entry.name}`] : [],
  );

// An independent validator: ajv, draft 2020-12, compiled from the committed files.
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: true });

const validateCatalogue = ajv.compile(readJson('docs/schema/catalogue.schema.json'));

const validateAssessment = ajv.compile(readJson('docs/schema/assessment.schema.json'));

// Assessment files are the JSON files with "levels" (examples/ also holds other inputs, such as plan costs).
const assessmentFiles = [...jsonFiles('examples/'), ...jsonFiles('test/helpers/')].filter(
  (file) => !file.endsWith('.catalogue.json') && 'levels' in readJson(file),
);

const catalogueFiles = [...jsonFiles('examples/'), ...jsonFiles('test/helpers/')].filter((file) => file.endsWith('.catalogue.json'));

describe('JSON Schemas (docs/schema)', () => {
  for (const { file, generate } of schemaFiles) {
    it(`${file} is what the zod schemas generate (run npm run docs:schemas)`, () => {
      expect(readFileSync(new URL(file, root), 'utf8')).toBe(schemaText(generate()));
    });
  }

  it('are draft 2020-12 and shipped as package subpaths', () => {
    expect(readJson('docs/schema/catalogue.schema.json').$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const pkg = readJson('package.json');
    for (const name of ['catalogue', 'assessment']) {
      // Shipped either from docs/schema directly or as a copy in dist/ made at build time.
      const target: string = pkg.exports[`./schema/${name}.json`];
      expect(target).toMatch(new RegExp(`^\\./(docs|dist)/schema/${name}\\.schema\\.json$`));
      const folder = target.slice(2).split('/')[0];
      expect(pkg.files).toContain(folder === 'docs' ? 'docs/schema' : 'dist');
    }
  });

  it('has example files to check', () => {
    expect(assessmentFiles.length).toBeGreaterThan(2);
    expect(catalogueFiles.length).toBeGreaterThan(0);
  });

  for (const file of assessmentFiles) {
    it(`${file} validates against the assessment schema (ajv and zod)`, () => {
      const data = readJson(file);
      expect(validateAssessment(data), ajv.errorsText(validateAssessment.errors)).toBe(true);
      expect(assessmentSchema().safeParse(data).success).toBe(true);
    });
  }

  for (const file of catalogueFiles) {
    it(`${file} validates against the catalogue schema (ajv and zod)`, () => {
      const data = readJson(file);
      expect(validateCatalogue(data), ajv.errorsText(validateCatalogue.errors)).toBe(true);
      expect(catalogueSchema().safeParse(data).success).toBe(true);
    });
  }

  it('the built-in definitions validate against the catalogue schema', () => {
    for (const definition of [permenpanrb592020Definition, permenpanrb52018Definition, withCriteria(baseDefinition())]) {
      const data = JSON.parse(JSON.stringify(definition));
      expect(validateCatalogue(data), ajv.errorsText(validateCatalogue.errors)).toBe(true);
    }
  });

  it('ajv and zod agree on malformed files', () => {
    const catalogues: [string, (d: Record<string, any>) => void][] = [
      ['unknown key', (d) => (d.groups[0].bobot = '1')],
      ['missing language', (d) => delete d.title.en],
      ['numeric weight', (d) => (d.groups[0].weight = 40)],
      ['weight with a comma', (d) => (d.groups[0].weight = '4,0')],
      ['fractional scale bound', (d) => (d.scales[0].max = 4.5)],
      ['criterion without text', (d) => (withCriteria(d).scales[0].levels[1].criteria[0] = { id: 'x' })],
      ['bad measure bound', (d) => (d.groups[1].groups[0].indicators[0].measure = { min: '-4', max: 'four', bands: [] })],
      ['fine', () => undefined],
    ];
    for (const [what, mutate] of catalogues) {
      const d = baseDefinition();
      mutate(d);
      expect(validateCatalogue(d), what).toBe(catalogueSchema().safeParse(d).success);
      expect(validateCatalogue(d), what).toBe(what === 'fine');
    }
    const assessments: [unknown, boolean][] = [
      [{ levels: { '1': 3 } }, true],
      [{ levels: { '1': 'na', '2': { criteria: ['a'] }, '3': { value: '-1.5' }, '4': { value: 2 } } }, true],
      // Exact values (for scales that take them; score checks the scale): shape only here.
      [{ levels: { '1': '3', '2': '7/6', '3': '1.26', '4': 3.5 } }, true],
      [{ levels: { '1': '1/2/3' } }, false],
      [{ levels: { '1': '1e0' } }, false],
      [{ levels: { '1': '' } }, false],
      [{ catalogue: 'permenpanrb-8-2026', levels: { I1: 3 } }, true],
      [{ catalogue: 8, levels: {} }, false],
      [{ levels: { '1': { criteria: ['a'], value: 1 } } }, false],
      [{ levels: { '1': { value: '1e3' } } }, false],
      [{ levels: {}, extra: 1 }, false],
      [{ level: {} }, false],
      [{ levels: {}, agency: 'x', year: 2024, note: 'n', notes: { '1': 'bukti' }, $schema: 'x' }, true],
    ];
    for (const [data, valid] of assessments) {
      expect(validateAssessment(data), JSON.stringify(data)).toBe(valid);
      expect(assessmentSchema().safeParse(data).success, JSON.stringify(data)).toBe(valid);
    }
  });
});
