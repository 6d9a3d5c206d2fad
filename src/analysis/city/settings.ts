import type { Catalogue } from '../../model/catalogue.js';
import type { Issue, PathSegment } from '../../model/issue.js';
import { analysisIssue } from '../analysis-issues.js';
import { readPlanOptions, withIndicatorIds, type IndicatorSettings, type PlanOptions } from '../plan/plan-options.js';

function prefixed(path: PathSegment[], issues: Issue[], read: (local: Issue[]) => IndicatorSettings[] | undefined): IndicatorSettings[] | undefined {
  const local: Issue[] = [];
  const settings = read(local);
  for (const issue of local) issues.push({ ...issue, path: [...path, ...issue.path] });
  return settings;
}

function lower(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

function higher(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined ? b : b === undefined ? a : Math.max(a, b);
}

function mergeLevels(a: Readonly<Record<string, number>> | undefined, b: Readonly<Record<string, number>> | undefined, pick: (x: number | undefined, y: number | undefined) => number | undefined): Record<string, number> {
  const merged: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const record of [a, b]) {
    if (record === undefined) continue;
    for (const id of Object.keys(record)) merged[id] = pick(merged[id], record[id]) as number;
  }
  return merged;
}

/**
 * One unit's plan options over the city's: the most specific cost wins (the unit's cost for the
 * indicator, then the unit's default, then the city's cost for the indicator, then the city's
 * default); caps and locks add up (the lowest cap and every lock apply); so do minimums (the
 * highest applies). Both are already checked.
 */
function overCity(city: PlanOptions, unit: PlanOptions): PlanOptions {
  const costs = unit.defaultCost !== undefined ? { ...(unit.costs ?? {}) } : { ...(city.costs ?? {}), ...(unit.costs ?? {}) };
  const defaultCost = unit.defaultCost ?? city.defaultCost;
  const maxLevel = lower(city.maxLevel, unit.maxLevel);
  const minimumLevel = higher(city.minimumLevel, unit.minimumLevel);
  return {
    ...(defaultCost === undefined ? {} : { defaultCost }),
    costs,
    ...(maxLevel === undefined ? {} : { maxLevel }),
    caps: mergeLevels(city.caps, unit.caps, lower),
    locked: [...new Set([...(city.locked ?? []), ...(unit.locked ?? [])])],
    ...(minimumLevel === undefined ? {} : { minimumLevel }),
    minimums: mergeLevels(city.minimums, unit.minimums, higher),
  };
}

/**
 * Reads the city-wide plan options and the per-unit overrides (the same fields as `plan`'s
 * options) into settings per unit and indicator position, reporting every problem with its path.
 */
export function readCitySettings(catalogue: Catalogue, city: unknown, perUnit: unknown, units: readonly string[], issues: Issue[]): IndicatorSettings[][] | undefined {
  const before = issues.length;
  const shared = prefixed(['costs'], issues, (local) => readPlanOptions(catalogue, city as PlanOptions | undefined, local));
  const overrides = new Map<string, PlanOptions>();
  if (perUnit !== undefined) {
    if (typeof perUnit !== 'object' || perUnit === null || Array.isArray(perUnit)) {
      issues.push(analysisIssue('analysis.option_invalid', ['units'], 'Opsi per unit harus berupa objek per id unit.', 'The per-unit options must be an object by unit id.', { received: perUnit }));
    } else {
      const known = new Set(units);
      for (const [unit, options] of Object.entries(perUnit)) {
        if (!known.has(unit)) {
          issues.push(analysisIssue('city.unknown_unit', ['units', unit], `Unit "${unit}" tidak memiliki penilaian.`, `Unit "${unit}" has no assessment.`, { received: unit }));
        } else if (prefixed(['units', unit], issues, (local) => readPlanOptions(catalogue, options as PlanOptions, local)) !== undefined) {
          overrides.set(unit, options as PlanOptions);
        }
      }
    }
  }
  if (issues.length > before || shared === undefined) return undefined;
  const cityOptions = (city ?? {}) as PlanOptions;
  return units.map((unit) => {
    const mine = overrides.get(unit);
    // Both parts were checked above, so reading their merge reports nothing.
    // Merged by id: the city may name an indicator "I5" where the unit names it "5".
    return mine === undefined ? shared : (readPlanOptions(catalogue, overCity(withIndicatorIds(catalogue, cityOptions), withIndicatorIds(catalogue, mine)), []) as IndicatorSettings[]);
  });
}
