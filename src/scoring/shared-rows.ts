import { roundRatio } from '../arithmetic/rounding.js';
import type { Catalogue } from '../model/catalogue.js';
import type { GroupScore, IndicatorScore, ScoreResult } from '../model/result.js';
import { LIBRARY_NAME, VERSION } from '../version.js';

/**
 * Parts of a result that are the same in every result (for one catalogue and display precision)
 * are built once and shared, frozen: a frozen object cannot be edited through one result and
 * change the others.
 */

/** What every result records about the library. */
export const LIBRARY = Object.freeze({ name: LIBRARY_NAME, version: VERSION });

const catalogueRefs = new WeakMap<Catalogue, ScoreResult['meta']['catalogue']>();

/** What a result records about its catalogue: one frozen object per (frozen) catalogue, shared. */
export function catalogueRef(catalogue: Catalogue): ScoreResult['meta']['catalogue'] {
  let ref = catalogueRefs.get(catalogue);
  if (ref === undefined) {
    ref = Object.freeze({ id: catalogue.id, revision: catalogue.revision, checksum: catalogue.checksum });
    catalogueRefs.set(catalogue, ref);
  }
  return ref;
}

/**
 * Rows of indicators that did not enter the score (missing, or not applicable and excluded) and
 * of groups with no value are identical in every result with the same catalogue and display
 * precision, so results share them, frozen. Most rows of a department's partial assessment are
 * such rows: a roll-up of thousands of departments would otherwise hold hundreds of thousands of
 * identical objects (and spend its time collecting them).
 */
interface IdleRows {
  readonly missing: IndicatorScore[];
  readonly notApplicable: IndicatorScore[];
  readonly groups: GroupScore[];
}

/** Per catalogue, by display precision (decimals, a small integer). */
const idleRowsByCatalogue = new WeakMap<Catalogue, IdleRows[]>();

function idleRowsOf(catalogue: Catalogue, decimals: number): IdleRows {
  let byDecimals = idleRowsByCatalogue.get(catalogue);
  if (byDecimals === undefined) idleRowsByCatalogue.set(catalogue, (byDecimals = []));
  return (byDecimals[decimals] ??= { missing: [], notApplicable: [], groups: [] });
}

export function idleIndicatorRow(catalogue: Catalogue, i: number, status: 'missing' | 'not-applicable', decimals: number): IndicatorScore {
  const rows = idleRowsOf(catalogue, decimals);
  const list = status === 'missing' ? rows.missing : rows.notApplicable;
  let row = list[i];
  if (row === undefined) {
    const indicator = catalogue.indicators[i]!;
    row = Object.freeze({
      ...indicatorIdentity(indicator),
      status,
      level: null,
      levelDisplay: null,
      weight: indicator.weight,
      // Every rounding mode shows zero the same way.
      contribution: Object.freeze({ exact: '0', value: roundRatio(0, 1, decimals, 'halfUp') }),
    });
    list[i] = row;
  }
  return row;
}

export function idleGroupRow<P extends string>(catalogue: Catalogue<P>, g: number, decimals: number): GroupScore<P> {
  const rows = idleRowsOf(catalogue, decimals);
  let row = rows.groups[g];
  if (row === undefined) {
    const group = catalogue.groups[g]!;
    row = Object.freeze({ ...groupIdentity(group), coverage: '0', value: null, exact: null, predicate: null });
    rows.groups[g] = row;
  }
  return row as GroupScore<P>;
}

function indicatorIdentity(indicator: Catalogue['indicators'][number]) {
  return {
    id: indicator.id,
    number: indicator.number,
    label: indicator.name,
    group: indicator.groupPath[indicator.groupPath.length - 1] as string,
  };
}

function groupIdentity(group: Catalogue['groups'][number]) {
  return { id: group.id, tier: group.tier, parent: group.parent, label: group.name, weight: group.weight };
}
