import type { Issue } from '../model/issue.js';
import type { Localized } from '../model/localized.js';
import type { MappingRule } from '../model/mapping.js';
import { restateIssue } from './restate-issues.js';

/** A mapping whose shape has been checked by hand (no schema library on this path). */
export interface ReadMapping {
  readonly from: string;
  readonly to: string;
  readonly title: Localized | null;
  readonly indicative: boolean;
  readonly targets: readonly (readonly [string, MappingRule])[];
}

const KEYS = new Set(['from', 'to', 'title', 'indicative', 'note', 'targets', '$schema']);
const RULE_KEYS = new Set(['rule', 'sources', 'rationale']);
const RULES = new Set(['mean', 'min', 'max', 'unmapped']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isLocalized = (value: unknown): value is Localized =>
  isRecord(value) && typeof value.id === 'string' && value.id !== '' && typeof value.en === 'string' && value.en !== '' && Object.keys(value).length === 2;

function invalid(issues: Issue[], path: (string | number)[], id: string, en: string, received?: unknown): undefined {
  issues.push(restateIssue('restate.mapping_invalid', ['mapping', ...path], id, en, received === undefined ? {} : { received }));
  return undefined;
}

function readRule(raw: unknown, key: string, issues: Issue[]): MappingRule | undefined {
  const at = ['targets', key];
  if (!isRecord(raw)) return invalid(issues, at, `Aturan indikator ${key} harus berupa objek.`, `The rule of indicator ${key} must be an object.`, raw);
  let ok = true;
  for (const name of Object.keys(raw)) {
    if (!RULE_KEYS.has(name)) ok = invalid(issues, [...at, name], `Kunci "${name}" tidak dikenal dalam aturan.`, `Unknown key "${name}" in a rule.`, name) ?? false;
  }
  if (raw.rationale !== undefined && !isLocalized(raw.rationale)) {
    ok = invalid(issues, [...at, 'rationale'], 'Alasan harus berupa { id, en }.', 'A rationale must be { id, en }.', raw.rationale) ?? false;
  }
  const rule = raw.rule;
  if (typeof rule !== 'string' || !RULES.has(rule)) {
    return invalid(issues, [...at, 'rule'], 'Aturan harus "mean", "min", "max" atau "unmapped".', 'The rule must be "mean", "min", "max" or "unmapped".', rule);
  }
  const rationale = raw.rationale as Localized | undefined;
  if (rule === 'unmapped') {
    if (raw.sources !== undefined) return invalid(issues, [...at, 'sources'], 'Aturan "unmapped" tidak memiliki sumber.', 'An "unmapped" rule has no sources.');
    return ok ? { rule, ...(rationale ? { rationale } : {}) } : undefined;
  }
  const sources = raw.sources;
  if (!Array.isArray(sources) || sources.length === 0 || !sources.every((source) => typeof source === 'string' && source !== '')) {
    return invalid(issues, [...at, 'sources'], 'Sumber harus berupa daftar id indikator yang tidak kosong.', 'The sources must be a non-empty list of indicator ids.', sources);
  }
  if (new Set(sources).size !== sources.length) return invalid(issues, [...at, 'sources'], 'Sumber tidak boleh berulang.', 'A source may not repeat.');
  return ok ? { rule: rule as 'mean' | 'min' | 'max', sources: sources as string[], ...(rationale ? { rationale } : {}) } : undefined;
}

/** Checks a mapping's shape, collecting every issue. */
export function readMapping(raw: unknown, issues: Issue[]): ReadMapping | undefined {
  if (!isRecord(raw)) return invalid(issues, [], 'Pemetaan harus berupa objek JSON.', 'The mapping must be a JSON object.', raw);
  const before = issues.length;
  for (const key of Object.keys(raw)) {
    if (!KEYS.has(key)) invalid(issues, [key], `Kunci "${key}" tidak dikenal dalam pemetaan.`, `Unknown key "${key}" in the mapping.`, key);
  }
  for (const key of ['from', 'to'] as const) {
    if (typeof raw[key] !== 'string' || raw[key] === '') invalid(issues, [key], `"${key}" harus berupa id katalog.`, `"${key}" must be a catalogue id.`, raw[key]);
  }
  if (typeof raw.indicative !== 'boolean') {
    invalid(issues, ['indicative'], '"indicative" harus true atau false: apakah pemetaan ini hanya perkiraan.', '"indicative" must be true or false: whether the mapping is only an estimate.', raw.indicative);
  }
  for (const key of ['title', 'note'] as const) {
    if (raw[key] !== undefined && !isLocalized(raw[key])) invalid(issues, [key], `"${key}" harus berupa { id, en }.`, `"${key}" must be { id, en }.`, raw[key]);
  }
  const targets: [string, MappingRule][] = [];
  if (!isRecord(raw.targets)) {
    invalid(issues, ['targets'], '"targets" harus berupa objek aturan per indikator sasaran.', '"targets" must be an object of rules by target indicator.', raw.targets);
  } else {
    for (const [key, value] of Object.entries(raw.targets)) {
      const rule = readRule(value, key, issues);
      if (rule !== undefined) targets.push([key, rule]);
    }
  }
  if (issues.length > before) return undefined;
  return {
    from: raw.from as string,
    to: raw.to as string,
    title: (raw.title as Localized | undefined) ?? null,
    indicative: raw.indicative as boolean,
    targets,
  };
}
