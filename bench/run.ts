/**
 * `npm run bench`: the performance claims of issue 6, measured in one process on the built
 * package (dist/, what users install). Every figure is printed as a ratio against a baseline
 * measured in the same run, plus the absolute figures. Never part of the test run.
 *
 * Parts that depend on functions not exported yet (plan, rollup) or on the CLI build are skipped
 * with a note, so the script keeps working while those land.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import * as library from 'spbe-index';
import * as analysis from 'spbe-index/analysis';
import { score, type Assessment, type ScoreResult } from 'spbe-index';
import { permenpanrb592020 as catalogue } from 'spbe-index/catalogues/permenpanrb-59-2020';
import { floatCatalogue, floatScore } from './float-baseline.js';
import { mulberry32, randomLevels } from './random.js';
import { benchCityPlan } from './city-plan.js';
import { benchDefineCatalogue } from './define-catalogue.js';
import { constructedCase, findTieCases } from './ties.js';
import { fmt, interleaved, median, settle } from './timing.js';

const quick = process.argv.includes('--quick');
/** The benchmarks, by the names `npm run bench -- <name> …` takes to run only those. */
const BENCHMARKS = ['score', 'ties', 'batch', 'plan', 'rollup', 'city-plan', 'define-catalogue', 'csv-memory', 'cli'] as const;
const named = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const unknownNames = named.filter((name) => !(BENCHMARKS as readonly string[]).includes(name));
if (unknownNames.length > 0) {
  console.error(`unknown benchmark ${unknownNames.map((name) => `"${name}"`).join(', ')}; the benchmarks are ${BENCHMARKS.join(', ')}`);
  process.exit(2);
}
/** Whether a benchmark runs: every one without names, else the named ones. */
const runs = (name: (typeof BENCHMARKS)[number]): boolean => named.length === 0 || named.includes(name);
const fc = floatCatalogue(catalogue);
const say = (line = '') => console.log(line);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

say('# spbe-index benchmark');
say(`node ${process.version} · ${process.platform}/${process.arch} · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} · ${fmt(totalmem() / 2 ** 30, 1)} GiB`);
say(`library ${library.VERSION} (dist/) · catalogue ${catalogue.id} (${catalogue.indicators.length} indicators)${quick ? ' · QUICK' : ''}`);
say(`garbage collected between sections: ${'gc' in globalThis ? 'yes' : 'no (run with node --expose-gc)'}`);
if (named.length > 0) say(`only: ${named.join(', ')}`);
say();

// (a) One score, validation included, against the float baseline. Its time per score is the
// unit of the plan and roll-up ratios below, when it runs.
const perScore = (ms: number, n: number) => (ms * 1000) / n;
let oneScoreUs: number | undefined;
if (runs('score')) {
  const example: Assessment = { agency: 'Kota Contoh', year: 2024, levels: randomLevels(catalogue.indicators, mulberry32(1)) };
  const n1 = quick ? 2_000 : 20_000;
  const single = interleaved(
    () => score(catalogue, example),
    () => floatScore(fc, example),
    n1,
    quick ? 3 : 7,
  );
  oneScoreUs = perScore(single.a, n1);
  const ratioA = single.a / single.b;
  say('## (a) score() on one 47-indicator assessment, validation included');
  say(`exact library  ${fmt(perScore(single.a, n1))} µs/score`);
  say(`float baseline ${fmt(perScore(single.b, n1))} µs/score`);
  say(`ratio ${fmt(ratioA)}× the float baseline (target ≤ 1.50×): ${verdict(ratioA <= 1.5)}`);
  say();
}

// Ties: the float baseline's toFixed(2) against the official half-up rule.
if (runs('ties')) {
  say('## Ties at the third decimal (official: round half up)');
  say(`(1.005).toFixed(2) = "${(1.005).toFixed(2)}" — a float cannot be trusted with an exact tie`);
  for (const tie of [constructedCase(catalogue, fc), ...findTieCases(catalogue, fc, 5)]) {
    const mark = tie.float === tie.library ? 'float right by luck' : 'FLOAT WRONG';
    say(`${tie.label.padEnd(18)} exact ${tie.exact.padEnd(8)} library "${tie.library}"  float "${tie.float}" (float value ${tie.floatRaw})  ${mark}`);
  }
  say();
}

// (b) A batch of assessments. In a function, so the batch is garbage before the timings below.
function batchPart(): void {
  const batchSize = quick ? 10_000 : 100_000;
  const random = mulberry32(42);
  const batch: Assessment[] = Array.from({ length: batchSize }, () => ({ levels: randomLevels(catalogue.indicators, random) }));
  let wrongIndex = 0;
  let wrongGroups = 0;
  let ties = 0;
  const batchTimes = { exact: [] as number[], float: [] as number[] };
  for (let round = 0; round < (quick ? 1 : 3); round++) {
    // Alternate which goes first: the first one's kept results weigh on the second one's heap.
    const runExact = () => {
      const start = performance.now();
      const results: ScoreResult[] = [];
      for (const assessment of batch) results.push(score(catalogue, assessment));
      batchTimes.exact.push(performance.now() - start);
      return results;
    };
    const runFloat = () => {
      const start = performance.now();
      const results = batch.map((assessment) => floatScore(fc, assessment));
      batchTimes.float.push(performance.now() - start);
      return results;
    };
    let exactResults: ScoreResult[];
    let floatResults: ReturnType<typeof floatScore>[];
    if (round % 2 === 0) {
      exactResults = runExact();
      floatResults = runFloat();
    } else {
      floatResults = runFloat();
      exactResults = runExact();
    }
    if (round === 0) {
      exactResults.forEach((result, i) => {
        const float = floatResults[i]!;
        const [num, den] = result.index.exact.split('/').map(Number) as [number, number | undefined];
        if (den !== undefined && (num * 1000) % den === 0 && ((num * 1000) / den) % 10 === 5) ties++;
        if (float.index.value !== result.index.value) wrongIndex++;
        if (float.groups.some((group, g) => group.value !== result.groups[g]!.value)) wrongGroups++;
      });
    }
  }
  const batchExact = median(batchTimes.exact);
  const batchFloat = median(batchTimes.float);
  const ratioB = batchExact / batchFloat;
  say(`## (b) ${batchSize.toLocaleString('en')} random assessments in a batch (results kept)`);
  say(`exact library  ${fmt(batchExact, 0)} ms (${fmt((batchSize / batchExact) * 1000, 0)} scores/s)`);
  say(`float baseline ${fmt(batchFloat, 0)} ms (${fmt((batchSize / batchFloat) * 1000, 0)} scores/s)`);
  say(`ratio ${fmt(ratioB)}× the float baseline (target ≤ 1.50×): ${verdict(ratioB <= 1.5)}`);
  say(`float baseline wrong: index display in ${wrongIndex} of ${batchSize} (${fmt((100 * wrongIndex) / batchSize)}%; ${ties} exact ties), some group display in ${wrongGroups}`);
  say();
}
if (runs('batch')) batchPart();
settle();

// (c) plan() to several targets, when it is exported.
const planFn = (analysis as Record<string, unknown>)['plan'] as
  | ((result: ScoreResult, catalogue: unknown, target: unknown, options?: unknown) => { reachable: boolean; raises: unknown[] })
  | undefined;
if (runs('plan') && typeof planFn === 'function') {
  const start = score(catalogue, { levels: randomLevels(catalogue.indicators, mulberry32(3)) });
  const low = score(catalogue, { levels: Object.fromEntries(catalogue.indicators.map((i) => [i.id, 1])) });
  const cases: [string, ScoreResult, unknown, unknown?][] = [
    ['index 3.5', start, { index: '3.5' }],
    ['predikat memuaskan', start, { predicate: 'memuaskan' }],
    ['index 4.9', start, { index: '4.9' }],
    ['D3 ≥ 4 and index 4', start, { index: '4', groups: { D3: '4' } }],
    ['from all 1s to 3.5', low, { index: '3.5' }],
    ['from all 1s to 4.2, minimum level 2', low, { predicate: 'memuaskan' }, { minimumLevel: 2 }],
  ];
  say('## (c) plan() on the full catalogue');
  const all: number[] = [];
  for (const [label, result, target, options] of cases) {
    planFn(result, catalogue, target, options); // warm-up
    settle();
    const samples: number[] = [];
    let reachable = false;
    for (let i = 0; i < (quick ? 3 : 15); i++) {
      const t0 = performance.now();
      reachable = planFn(result, catalogue, target, options).reachable;
      samples.push(performance.now() - t0);
    }
    all.push(...samples);
    say(`${label.padEnd(38)} median ${fmt(median(samples))} ms, worst ${fmt(Math.max(...samples))} ms${reachable ? '' : ' (unreachable)'}`);
  }
  const worst = Math.max(...all);
  const ratio = oneScoreUs === undefined ? '' : `, ratio to one score ${fmt((median(all) * 1000) / oneScoreUs, 0)}×`;
  say(`all plans: median ${fmt(median(all))} ms, worst ${fmt(worst)} ms${ratio} (target every plan < 20 ms): ${verdict(worst < 20)}`);
  say();
} else if (runs('plan')) {
  say('## (c) plan(): skipped, not exported by spbe-index yet');
  say();
}

// (d) rollup() of 5,000 department assessments, when it is exported.
const rollupFn = (analysis as Record<string, unknown>)['rollup'] as
  | ((catalogue: unknown, assessments: readonly Assessment[], options?: unknown) => unknown)
  | undefined;
if (runs('rollup') && typeof rollupFn === 'function') {
  const r = mulberry32(5);
  const units: Assessment[] = Array.from({ length: 5_000 }, (_, u) => {
    // A department answers the indicators it is responsible for: here a random 5–15.
    const levels: Record<string, number> = {};
    const count = 5 + Math.floor(r() * 11);
    for (let k = 0; k < count; k++) {
      const indicator = catalogue.indicators[Math.floor(r() * catalogue.indicators.length)]!;
      levels[indicator.id] = 1 + Math.floor(r() * 5);
    }
    return { agency: `OPD ${u + 1}`, levels };
  });
  rollupFn(catalogue, units.slice(0, 200)); // warm-up
  settle();
  const samples: number[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const t0 = performance.now();
    rollupFn(catalogue, units);
    samples.push(performance.now() - t0);
  }
  const ms = median(samples);
  say('## (d) rollup() of 5,000 department assessments (mean strategy)');
  const perUnit = (ms * 1000) / units.length;
  const ratio = oneScoreUs === undefined ? '' : `, ${fmt(perUnit / oneScoreUs, 1)}× one full score per unit`;
  say(`with every unit's full result: ${fmt(ms, 0)} ms (${fmt(perUnit, 1)} µs/unit${ratio}) (target < 500 ms): ${verdict(ms < 500)}`);
  try {
    // Where supported: the consolidated result, ranks and distribution without per-unit results.
    rollupFn(catalogue, units.slice(0, 200), { unitResults: false });
    const lean: number[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      const t0 = performance.now();
      rollupFn(catalogue, units, { unitResults: false });
      lean.push(performance.now() - t0);
    }
    const leanMs = median(lean);
    say(`with unitResults: false: ${fmt(leanMs, 0)} ms (target < 500 ms): ${verdict(leanMs < 500)}`);
  } catch {
    say('unitResults: false not supported by this version');
  }
  say();
} else if (runs('rollup')) {
  say('## (d) rollup(): skipped, not exported by spbe-index yet');
  say();
}

// (f) planCity on 50 OPDs, for 59/2020 and (when the package has it) the Pemdi 8/2026 catalogue.
if (runs('city-plan')) {
  const catalogues = [catalogue];
  try {
    const pemdi = (await import('spbe-index/catalogues/permenpanrb-8-2026' as string)) as Record<string, unknown>;
    const found = Object.values(pemdi).find((value) => typeof value === 'object' && value !== null && (value as { id?: unknown }).id === 'permenpanrb-8-2026');
    if (found !== undefined) catalogues.push(found as typeof catalogue);
  } catch {
    say('(the Pemdi 8/2026 catalogue is not in this build: planCity measured on 59/2020 only)');
  }
  settle();
  benchCityPlan(catalogues, quick, say);
  say();
}

// (g) defineCatalogue on 100,000 indicators.
if (runs('define-catalogue')) {
  settle();
  benchDefineCatalogue(quick, say);
  say();
}

// (h) The CSV reader's memory: each case in a fresh process, so that its peak RSS is its own.
if (runs('csv-memory')) {
  say('## (h) safeParseAssessmentCsv on 8 MB (peak memory against the file, fresh process each)');
  for (const kind of ['unique', 'duplicate']) {
    const script = new URL('./csv-memory.ts', import.meta.url).pathname;
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, kind, String(quick ? 1e6 : 8e6)], { encoding: 'utf8' });
    say(child.status === 0 ? child.stdout.trimEnd() : `${kind}: failed (${child.stderr.trim().split('\n')[0]})`);
  }
  say();
}

// (e) The CLI's cold start on one file against `node -e 0`.
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const file = new URL('../examples/kota-contoh-2024.json', import.meta.url).pathname;
if (runs('cli') && existsSync(cli) && existsSync(file)) {
  const run = (args: string[]) => {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (child.status !== 0) throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr}`);
    return ms;
  };
  const cliSamples: number[] = [];
  const nodeSamples: number[] = [];
  run(['-e', '0']);
  run([cli, 'score', file]);
  for (let i = 0; i < (quick ? 3 : 15); i++) {
    nodeSamples.push(run(['-e', '0']));
    cliSamples.push(run([cli, 'score', file]));
  }
  const cliMs = median(cliSamples);
  const nodeMs = median(nodeSamples);
  say('## (e) CLI cold start: `spbe score examples/kota-contoh-2024.json`');
  say(`spbe score ${fmt(cliMs, 0)} ms, node -e 0 ${fmt(nodeMs, 0)} ms: ratio ${fmt(cliMs / nodeMs)}×, ${fmt(cliMs - nodeMs, 0)} ms on top of Node's own start`);
} else if (runs('cli')) {
  say('## (e) CLI cold start: skipped, dist/cli.js or the example file is missing (npm run build)');
}
