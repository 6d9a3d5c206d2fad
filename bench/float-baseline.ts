/**
 * The baseline the benchmark compares against: a naive float implementation of the kind found in
 * public SPBE apps and spreadsheets. It validates the same input as `score` (plain object, known
 * keys, metadata types, every indicator present, integer levels within the scale), computes the
 * regulation's formulas top-down with JavaScript numbers, and builds the same result shape with
 * `toFixed(2)` strings. It has no fingerprint and no exact fractions (it cannot have them).
 *
 * It is deliberately honest-but-naive: a fair speed reference, and the way ties go wrong.
 */
import type { Catalogue } from 'spbe-index';

interface FloatIssue {
  code: string;
  path: (string | number)[];
  message: { id: string; en: string };
}

interface FloatGroup {
  id: string;
  tier: string;
  parent: string | null;
  label: { id: string; en: string };
  weight: number;
  /** Indicator positions (leaf groups) or child group positions. */
  children: number[];
  leaf: boolean;
}

/** The catalogue as such an app holds it: weights as floats (1.3, 2.5, ...). */
export interface FloatCatalogue {
  source: Catalogue;
  groups: FloatGroup[];
  top: number[];
  weights: number[];
  ids: Set<string>;
}

export function floatCatalogue(catalogue: Catalogue): FloatCatalogue {
  const groupPos = new Map(catalogue.groups.map((group, i) => [group.id, i]));
  const groups = catalogue.groups.map((group) => ({
    id: group.id,
    tier: group.tier,
    parent: group.parent,
    label: group.name,
    weight: Number.parseFloat(group.weight),
    leaf: group.childKind === 'indicator',
    children: group.children.map((child) =>
      group.childKind === 'indicator' ? (catalogue.lookup.indicators[child] as number) : (groupPos.get(child) as number),
    ),
  }));
  return {
    source: catalogue,
    groups,
    top: groups.flatMap((group, i) => (group.parent === null ? [i] : [])),
    weights: catalogue.indicators.map((indicator) => Number.parseFloat(indicator.weight)),
    ids: new Set(catalogue.indicators.map((indicator) => indicator.id)),
  };
}

const KEYS = new Set(['levels', 'agency', 'year', 'note', 'notes', '$schema']);

function issue(code: string, path: (string | number)[], en: string): FloatIssue {
  return { code, path, message: { id: en, en } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function predicate(catalogue: Catalogue, value: number): { id: string; label: { id: string; en: string } } {
  for (const band of catalogue.predicates) {
    if (value >= Number.parseFloat(band.min)) return { id: band.id, label: band.label };
  }
  const last = catalogue.predicates[catalogue.predicates.length - 1]!;
  return { id: last.id, label: last.label };
}

export function floatScore(fc: FloatCatalogue, input: unknown) {
  const catalogue = fc.source;
  const issues: FloatIssue[] = [];
  if (!isRecord(input)) throw new Error('assessment must be an object');
  for (const key of Object.keys(input)) if (!KEYS.has(key)) issues.push(issue('assessment.unknown_key', [key], `unknown key ${key}`));
  if (input.agency !== undefined && typeof input.agency !== 'string') issues.push(issue('metadata.invalid', ['agency'], 'agency'));
  if (input.year !== undefined && !Number.isInteger(input.year)) issues.push(issue('metadata.invalid', ['year'], 'year'));
  if (input.note !== undefined && typeof input.note !== 'string') issues.push(issue('metadata.invalid', ['note'], 'note'));
  const raw = input.levels;
  if (!isRecord(raw)) throw new Error('levels must be an object');
  for (const key of Object.keys(raw)) if (!fc.ids.has(key)) issues.push(issue('indicator.unknown', ['levels', key], key));
  const levels = new Array<number>(catalogue.indicators.length);
  catalogue.indicators.forEach((indicator, i) => {
    const level = raw[indicator.id];
    if (level === undefined) issues.push(issue('indicator.missing', ['levels', indicator.id], 'missing'));
    else if (typeof level !== 'number' || !Number.isInteger(level)) issues.push(issue('level.invalid', ['levels', indicator.id], 'not an integer'));
    else if (level < indicator.scale.min || level > indicator.scale.max) issues.push(issue('level.out_of_range', ['levels', indicator.id], 'range'));
    else levels[i] = level;
  });
  if (issues.length > 0) throw Object.assign(new Error(issues[0]!.message.en), { issues });

  // Top-down as the regulation prints it: aspect from indicators, domain from aspects, index from domains.
  const values = new Array<number>(fc.groups.length);
  for (let g = fc.groups.length - 1; g >= 0; g--) {
    const group = fc.groups[g]!;
    let sum = 0;
    for (const child of group.children) sum += group.leaf ? levels[child]! * fc.weights[child]! : values[child]! * fc.groups[child]!.weight;
    values[g] = sum / group.weight;
  }
  let total = 0;
  let totalWeight = 0;
  for (const g of fc.top) {
    total += values[g]! * fc.groups[g]!.weight;
    totalWeight += fc.groups[g]!.weight;
  }
  const index = total / totalWeight;

  const scored = (value: number) => ({ value: value.toFixed(2), exact: String(value), predicate: predicate(catalogue, value) });
  const groups = fc.groups.map((group, g) => ({
    id: group.id,
    tier: group.tier,
    parent: group.parent,
    label: group.label,
    weight: String(group.weight),
    coverage: '1',
    ...scored(values[g]!),
  }));
  const indicators = catalogue.indicators.map((indicator, i) => {
    const contribution = (levels[i]! * fc.weights[i]!) / totalWeight;
    return {
      id: indicator.id,
      number: indicator.number,
      label: indicator.name,
      group: indicator.groupPath[indicator.groupPath.length - 1]!,
      status: 'assessed',
      level: levels[i]!,
      weight: String(fc.weights[i]),
      contribution: { exact: String(contribution), value: contribution.toFixed(4) },
    };
  });
  const metadata: Record<string, unknown> = {};
  for (const key of ['agency', 'year', 'note', 'notes']) if (input[key] !== undefined) metadata[key] = input[key];
  return {
    index: scored(index),
    complete: true,
    coverage: '1',
    domains: groups.filter((group) => group.tier === 'domain'),
    aspects: groups.filter((group) => group.tier === 'aspect'),
    groups,
    indicators,
    assessment: metadata,
    warnings: [],
    meta: {
      catalogue: { id: catalogue.id, revision: catalogue.revision, checksum: catalogue.checksum },
      library: { name: 'float-baseline', version: '0' },
      options: { decimals: 2, rounding: 'toFixed' },
    },
  };
}
