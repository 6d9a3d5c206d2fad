/**
 * (f) planCity on a realistic city: 50 OPDs, each assessing the indicators it is responsible
 * for (one or two owners per indicator), to the next predikat above the city's, for every
 * consolidation strategy; on a catalogue whose scale takes fractional values (8/2026) once more
 * with values in sixths ("13/6"), as assessors' results give them. Printed by run.ts; never part
 * of the test run.
 */
import { performance } from 'node:perf_hooks';
import type { Assessment, Catalogue } from 'spbe-index';
import { planCity, rollup } from 'spbe-index/analysis';
import { mulberry32 } from './random.js';
import { fmt, median, settle } from './timing.js';

interface City {
  readonly assessments: { agency: string; levels: Record<string, number | string> }[];
  readonly responsibilities: { indicators: Record<string, string[]> };
}

/**
 * 50 OPDs; every indicator owned by one or two of them, assessed at 1–3 by its owners and by a few
 * others; with `fractional`, each value is a level plus a random number of sixths below the next.
 */
export function syntheticCity(catalogue: Catalogue, seed: number, units = 50, fractional = false): City {
  const r = mulberry32(seed);
  const ids = Array.from({ length: units }, (_, u) => `OPD ${String(u + 1).padStart(2, '0')}`);
  const levels = ids.map(() => ({}) as Record<string, number | string>);
  const value = (whole: number): number | string => (fractional ? `${whole * 6 + Math.floor(r() * 6)}/6` : whole);
  const indicators: Record<string, string[]> = {};
  for (const indicator of catalogue.indicators) {
    const owners = [Math.floor(r() * units)];
    if (r() < 0.3) owners.push((owners[0]! + 1 + Math.floor(r() * (units - 1))) % units);
    indicators[indicator.id] = owners.map((u) => ids[u]!);
    // Owners and a handful of other OPDs that touch the indicator.
    const touching = new Set([...owners, ...Array.from({ length: Math.floor(r() * 6) }, () => Math.floor(r() * units))]);
    for (const u of touching) levels[u]![indicator.id] = value(indicator.scale.min + Math.floor(r() * 3));
  }
  // An OPD that touched nothing still assesses one indicator: a unit with no level cannot be scored.
  levels.forEach((own) => {
    if (Object.keys(own).length > 0) return;
    const indicator = catalogue.indicators[Math.floor(r() * catalogue.indicators.length)]!;
    own[indicator.id] = value(indicator.scale.min + Math.floor(r() * 3));
  });
  return { assessments: ids.map((agency, u) => ({ agency, levels: levels[u]! })), responsibilities: { indicators } };
}

export function benchCityPlan(catalogues: readonly Catalogue[], quick: boolean, say: (line?: string) => void): void {
  say('## (f) planCity(): 50 OPDs, to the next predikat above the city\'s');
  const runs = catalogues.flatMap((catalogue) => [
    { catalogue, fractional: false },
    ...(catalogue.indicators.every((indicator) => indicator.scale.values === 'fractional') ? [{ catalogue, fractional: true }] : []),
  ]);
  for (const { catalogue, fractional } of runs) {
    const city = syntheticCity(catalogue, 11, 50, fractional);
    const assessments = city.assessments as Assessment[];
    for (const strategy of ['owner', 'mean', 'weighted', 'median', 'min', 'max'] as const) {
      const unitWeights = Object.fromEntries(city.assessments.map((a, k) => [a.agency as string, 1 + (k % 4)]));
      const rollupOptions = { strategy, ...(strategy === 'owner' ? { responsibilities: city.responsibilities } : {}), ...(strategy === 'weighted' ? { unitWeights } : {}) };
      const current = rollup(catalogue, assessments, rollupOptions).consolidated.index;
      const bands = [...catalogue.predicates].reverse();
      const next = bands.find((band) => Number(band.min) > Number(current.value)) ?? bands.at(-1)!;
      const options = { rollup: rollupOptions, costs: { defaultCost: [1, 1, 2, 3] } };
      planCity(catalogue, assessments, { predicate: next.id }, options); // warm-up
      settle();
      const samples: number[] = [];
      let outcome = '';
      for (let i = 0; i < (quick ? 1 : 5); i++) {
        const t0 = performance.now();
        const plan = planCity(catalogue, assessments, { predicate: next.id }, options);
        samples.push(performance.now() - t0);
        outcome = plan.reachable ? `cost ${plan.totalCost}, ${plan.units.length} OPDs act${plan.optimal ? '' : `, bound ${plan.bound}`}` : 'unreachable';
      }
      say(`${catalogue.id} (${catalogue.indicators.length} indicators${fractional ? ', sixths' : ''}) ${strategy.padEnd(8)} ${current.value} → ${next.id.padEnd(11)} median ${fmt(median(samples), 0)} ms (${outcome})`);
    }
  }
}
