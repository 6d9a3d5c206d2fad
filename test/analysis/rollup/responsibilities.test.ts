import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { resolveResponsibilities } from '../../../src/analysis/rollup/responsibilities.js';
import type { Issue } from '../../../src/model/issue.js';
import { responsibilitiesSchema } from '../../../src/model/schemas.js';
import { permenpanrb82026 } from '../../../src/catalogues/permenpanrb-8-2026/index.js';
import { small } from '../../helpers/small-catalogue.js';

const root = new URL('../../../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: true });
const validate = ajv.compile(readJson('docs/schema/responsibilities.schema.json'));

describe('responsibilities files', () => {
  it('the example validates against the JSON Schema (ajv) and the zod schema', () => {
    const data = readJson('examples/city/responsibilities-sample.json');
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(responsibilitiesSchema().safeParse(data).success).toBe(true);
  });

  it('a malformed file fails the JSON Schema, the zod schema and the reader alike', () => {
    for (const data of [{ indicators: { '1': [] } }, { indicators: { '1': { owners: ['A'], leader: 'A' } } }, { owners: {} }, { indicators: { '1': [3] } }]) {
      expect(validate(data)).toBe(false);
      expect(responsibilitiesSchema().safeParse(data).success).toBe(false);
      const issues: Issue[] = [];
      expect(resolveResponsibilities(small, data, ['A'], issues)).toBeUndefined();
      expect(issues.some((issue) => issue.code === 'city.responsibilities_invalid')).toBe(true);
    }
  });

  it('reads owners and leads per indicator position when every indicator is owned', () => {
    const issues: Issue[] = [];
    const data = { indicators: { '1': ['A'], '2': { owners: ['A', 'B'], lead: 'B' }, '3': ['B'], '4': ['B'], '5': ['A'], '6': ['A'] } };
    expect(resolveResponsibilities(small, data, ['A', 'B'], issues)).toEqual({
      owners: [['A'], ['A', 'B'], ['B'], ['B'], ['A'], ['A']],
      leads: [null, 'B', null, null, null, null],
    });
    expect(issues).toEqual([]);
  });

  it('names each problem with its path, in both languages', () => {
    const issues: Issue[] = [];
    resolveResponsibilities(small, { indicators: { '1': ['A'], '2': { owners: ['Z'], lead: 'A' } } }, ['A'], issues);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['city.unknown_unit', ['responsibilities', 'indicators', '2', 'owners', 0]],
      ['city.lead_not_owner', ['responsibilities', 'indicators', '2', 'lead']],
      ['city.unowned_indicator', ['responsibilities', 'indicators', '3']],
      ['city.unowned_indicator', ['responsibilities', 'indicators', '4']],
      ['city.unowned_indicator', ['responsibilities', 'indicators', '5']],
      ['city.unowned_indicator', ['responsibilities', 'indicators', '6']],
    ]);
    expect(issues[0]!.message).toEqual({ id: 'Unit "Z" tidak memiliki penilaian.', en: 'Unit "Z" has no assessment.' });
  });

  it('names indicators by code as well as by id ("I5", "3.1" are indicator 5), as the CSV sheet and the assessments do', () => {
    const byId = readJson('examples/city/responsibilities-8-2026.json');
    const entries = Object.entries(byId.indicators as Record<string, unknown>);
    // Every other indicator by a code: I1, 1.2, I3, 2.2, …
    const byCode = { indicators: Object.fromEntries(entries.map(([id, owners], i) => [permenpanrb82026.indicators[Number(id) - 1]!.codes[i % 2]!, owners])) };
    expect(Object.keys(byCode.indicators).slice(0, 4)).toEqual(['I1', '1.2', 'I3', '2.2']);
    expect(validate(byCode), ajv.errorsText(validate.errors)).toBe(true);
    const units = [...new Set(entries.flatMap(([, entry]) => (Array.isArray(entry) ? entry : (entry as { owners: string[] }).owners)))];
    const issues: Issue[] = [];
    expect(resolveResponsibilities(permenpanrb82026, byCode, units, issues)).toEqual(resolveResponsibilities(permenpanrb82026, byId, units, []));
    expect(issues).toEqual([]);
  });

  it('one indicator named twice (by id and by code) is an issue at the second name; an unknown code is unknown', () => {
    const issues: Issue[] = [];
    const owners = Object.fromEntries(permenpanrb82026.indicators.map((indicator) => [indicator.id, ['A']]));
    resolveResponsibilities(permenpanrb82026, { indicators: { ...owners, I5: ['B'], I21: ['A'] } }, ['A', 'B'], issues);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['city.responsibilities_invalid', ['responsibilities', 'indicators', 'I5']],
      ['city.unknown_indicator', ['responsibilities', 'indicators', 'I21']],
    ]);
    expect(issues[0]!.message.en).toBe('The responsibilities data is not valid here (expected "5" or "I5", not both).');
  });
});
