import type { Issue } from '../../model/issue.js';
import { analysisIssue } from '../analysis-issues.js';

/**
 * The planner's budgets. Each is checked before the work it bounds, from the sizes the work will
 * have, so hostile input is refused in milliseconds instead of running for minutes or out of memory.
 */

/** Most level options over all indicators (Σ levels an indicator may take): bounds reading the costs. */
export const PLAN_OPTION_LIMIT = 1_000_000;

/** Most cells (gain values × items) in the solver's choice tables: about 50 MB. */
export const PLAN_CELL_LIMIT = 50_000_000;

/** Most inner-loop steps of the solver (Σ options × gain values): a few seconds at most. */
export const PLAN_WORK_LIMIT = 1_000_000_000;

/**
 * Most steps of building the city plan's menus, counted before any menu is built: for median
 * estimated from the units' options (`medianWork`; calibrated on exact rational steps, 47 million
 * took 10.5 s of CPU), past which the plan is refused; for mean and weighted the
 * partial sums tried over whole numbers (`sumWork`, a proven ceiling), past which the menus are
 * not built and the plan comes from the relaxation. Either way about a second and 200 MB at most
 * (one weighted indicator just inside, 4,979,592 steps: 0.9 s CPU, 183 MB peak). Min and max
 * need none: their sweeps read each option once, so {@link PLAN_OPTION_LIMIT} bounds them.
 */
export const CITY_MENU_WORK_LIMIT = 5_000_000;

/** Most raises listed over all the points of a frontier (points × raisable indicators). */
export const FRONTIER_OUTPUT_LIMIT = 1_000_000;

/** The solver's tables would exceed {@link PLAN_CELL_LIMIT} (a catalogue with very fine weights). */
export function cellsTooLarge(cells: number): Issue {
  return analysisIssue(
    'plan.too_large',
    [],
    `Perencanaan memerlukan tabel ${cells} sel, melebihi batas ${PLAN_CELL_LIMIT}: bobot katalog terlalu halus.`,
    `Planning would need a table of ${cells} cells, above the limit of ${PLAN_CELL_LIMIT}: the catalogue's weights are too fine.`,
  );
}

/** Another budget would be exceeded; `why` says what makes it so large, in both languages. */
export function budgetExceeded(size: number, limit: number, what: { id: string; en: string }, why: { id: string; en: string }): Issue {
  return analysisIssue(
    'plan.too_large',
    [],
    `Perencanaan memerlukan ${what.id} ${size}, melebihi batas ${limit}: ${why.id}.`,
    `Planning would need ${what.en} ${size}, above the limit of ${limit}: ${why.en}.`,
    { expected: `<= ${limit}`, received: size },
  );
}

/** The solver would take more than {@link PLAN_WORK_LIMIT} steps. */
export function workTooLarge(work: number): Issue {
  return budgetExceeded(
    work,
    PLAN_WORK_LIMIT,
    { id: 'langkah hitung', en: 'solver steps' },
    { id: 'skala tingkat terlalu lebar atau bobot terlalu halus untuk target ini', en: 'the level scales are too wide or the weights too fine for this target' },
  );
}

/** A frontier would list more than {@link FRONTIER_OUTPUT_LIMIT} raises over its points. */
export function outputTooLarge(rows: number): Issue {
  return budgetExceeded(
    rows,
    FRONTIER_OUTPUT_LIMIT,
    { id: 'baris kenaikan di semua titik frontier', en: 'raises listed over the points of the frontier' },
    { id: 'terlalu banyak titik dan indikator; gunakan plan dengan target, atau kunci sebagian indikator', en: 'too many points and indicators; use plan with a target, or lock some indicators' },
  );
}
