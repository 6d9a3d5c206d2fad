import { mul } from '../arithmetic/rational.js';
import type { Catalogue, CatalogueDefinition, Scale } from '../model/catalogue.js';
import type { Issue, PathSegment } from '../model/issue.js';
import { firstUnsafeCharacter } from '../model/unsafe-characters.js';
import { weightScale } from './assemble.js';
import { catalogueIssue } from './catalogue-issues.js';
import { checkIndicatorCriteria, checkScaleCriteria } from './check-criteria.js';
import { checkMeasure } from './check-measure.js';
import { checkPredicates } from './check-predicates.js';
import { checkWeights } from './check-weights.js';
import type { ResolvedWeights } from './resolve-weights.js';
import { groupPath, indicatorPath, type Tree } from './walk-tree.js';

/*
 * The validator: every check of a definition's meaning (ids, tree, scales, predikat bands,
 * criteria, measures, weights), over the same walk and weight resolution the build uses. Its
 * issues come out in a stable order: id characters, tiers, scales, the tree in pre-order, ids,
 * bands, criteria and measures, weights. The definition's shape is assumed (it is typed data, or has passed the
 * zod schema in defineCatalogue).
 */

/** The issue of an entry whose id an earlier one has. */
function duplicateIssue(path: readonly PathSegment[], id: string, what: { id: string; en: string }): Issue {
  return catalogueIssue(
    'catalogue.duplicate_id',
    [...path, 'id'],
    `Id ${what.id} "${id}" dipakai lebih dari sekali.`,
    `The ${what.en} id "${id}" is used more than once.`,
    { received: id },
  );
}

/**
 * Reports each entry whose id an earlier one has; its path is only built for an issue. Returns
 * the set of ids, which later checks read.
 */
function duplicates<T>(
  entries: readonly T[],
  idOf: (entry: T) => string,
  pathOfEntry: (entry: T, index: number) => readonly PathSegment[],
  what: { id: string; en: string },
  issues: Issue[],
): ReadonlySet<string> {
  const seen = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const id = idOf(entry);
    if (seen.has(id)) issues.push(duplicateIssue(pathOfEntry(entry, i), id, what));
    seen.add(id);
  }
  return seen;
}

/** Positions by id (null prototype): what the build's `lookup.groups` and `lookup.indicators` hold. */
type Positions = Record<string, number>;

/**
 * `duplicates` for the tree's groups or indicators, with the same issues, keeping the ids as
 * positions by id (the first of each): for a valid catalogue those are the build's lookups, so
 * 100,000 ids are hashed into one table instead of into a set and then a table. Ids that are not
 * all strings (data of the wrong shape) are kept in a set, as `duplicates` keeps them.
 */
function treeIds(
  entries: readonly { readonly id: string }[],
  pathOfEntry: (index: number) => readonly PathSegment[],
  what: { id: string; en: string },
  issues: Issue[],
): Positions | ReadonlySet<string> {
  if (!entries.every((entry) => typeof entry.id === 'string')) return duplicates(entries, ownId, (_, i) => pathOfEntry(i), what, issues);
  const positions = Object.create(null) as Positions;
  for (let i = 0; i < entries.length; i++) {
    const { id } = entries[i]!;
    if (id in positions) issues.push(duplicateIssue(pathOfEntry(i), id, what));
    else positions[id] = i;
  }
  return positions;
}

/** Whether `ids` (from treeIds) holds `id`, as the set would. */
const holds = (ids: Positions | ReadonlySet<string>, id: string): boolean => (ids instanceof Set ? ids.has(id) : typeof id === 'string' && id in ids);

/**
 * Ids are shown in terminals, tables and file names and typed back by users: one holding a
 * control, line-breaking or bidirectional character (an escape sequence, a "Trojan source"
 * reordering) is refused, whichever kind of id it is.
 */
function checkIdCharacters(definition: CatalogueDefinition, tree: Tree, issues: Issue[]): void {
  // Where an id sits: a fixed path, or a tree node's path plus the field (built only for an issue):
  // group `position`, or indicator `position` when `indicator`.
  const check = (id: unknown, at: readonly PathSegment[], position = -1, indicator = false): void => {
    if (typeof id !== 'string') return;
    const found = firstUnsafeCharacter(id);
    if (found === undefined) return;
    const code = `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    issues.push(
      catalogueIssue(
        'catalogue.id_invalid',
        position < 0 ? [...at] : [...(indicator ? indicatorPath : groupPath)(tree, position), ...at],
        `Id tidak boleh memuat karakter kendali, pemisah baris, atau karakter arah teks (${code}).`,
        `An id may not contain a control, line-separator or text-direction character (${code}).`,
        { expected: 'an id without control characters', received: code },
      ),
    );
  };
  const ID = ['id'];
  check(definition.id, ID);
  definition.tiers.forEach((tier, i) => check(tier.id, ['tiers', i, 'id']));
  definition.scales.forEach((scale, i) => check(scale.id, ['scales', i, 'id']));
  definition.predicates.forEach((band, i) => check(band.id, ['predicates', i, 'id']));
  // No closure or path per node: a catalogue of 100,000 indicators checks 200,000 ids.
  for (let g = 0; g < tree.groups.length; g++) check(tree.groups[g]!.id, ID, g);
  for (let i = 0; i < tree.indicators.length; i++) {
    const { id, codes } = tree.indicators[i]!;
    check(id, ID, i, true);
    if (codes !== undefined) for (let k = 0; k < codes.length; k++) check(codes[k], ['codes', k], i, true);
  }
}

const ownId = (entry: { readonly id: string }): string => entry.id;

function checkScales(scales: readonly Scale[], issues: Issue[]): void {
  duplicates(scales, ownId, (_, i) => ['scales', i], { id: 'skala', en: 'scale' }, issues);
  scales.forEach((scale, i) => {
    const path = ['scales', i];
    if (!Number.isInteger(scale.min) || !Number.isInteger(scale.max) || scale.min < 0 || scale.min >= scale.max) {
      issues.push(
        catalogueIssue(
          'catalogue.scale_invalid',
          path,
          `Skala "${scale.id}" harus memiliki min dan max bulat dengan 0 ≤ min < max.`,
          `Scale "${scale.id}" must have whole-number min and max with 0 ≤ min < max.`,
          { received: `${scale.min}..${scale.max}` },
        ),
      );
      return;
    }
    for (let level = scale.min; level <= scale.max; level++) {
      const index = level - scale.min;
      const entry = scale.levels[index];
      if (entry === undefined || entry.level !== level) {
        issues.push(
          catalogueIssue(
            'catalogue.scale_gap',
            [...path, 'levels', index],
            `Skala "${scale.id}" harus mendefinisikan setiap tingkat ${scale.min}–${scale.max} berurutan; tingkat ${level} tidak ada.`,
            `Scale "${scale.id}" must define every level ${scale.min}–${scale.max} in order; level ${level} is missing.`,
            { expected: String(level), received: entry?.level },
          ),
        );
        return;
      }
    }
    if (scale.values !== undefined && scale.values !== 'whole' && scale.values !== 'fractional') {
      issues.push(
        catalogueIssue(
          'catalogue.scale_invalid',
          [...path, 'values'],
          `Nilai "values" skala "${scale.id}" harus "whole" atau "fractional".`,
          `The "values" of scale "${scale.id}" must be "whole" or "fractional".`,
          { expected: '"whole" | "fractional"', received: scale.values },
        ),
      );
    }
    if (scale.levels.length !== scale.max - scale.min + 1) {
      issues.push(
        catalogueIssue(
          'catalogue.scale_invalid',
          [...path, 'levels'],
          `Skala "${scale.id}" memiliki tingkat di luar ${scale.min}–${scale.max}.`,
          `Scale "${scale.id}" has levels outside ${scale.min}–${scale.max}.`,
        ),
      );
    }
  });
}

/**
 * Alternative indicator codes name one indicator each: a code used twice (on one indicator or
 * two), or equal to an indicator's id, would make a user's input ambiguous.
 */
function checkCodes(tree: Tree, ids: Positions | ReadonlySet<string>, issues: Issue[]): void {
  const owners = new Map<string, string>();
  tree.indicators.forEach((def, i) => {
    def.codes?.forEach((code, k) => {
      const at = (): PathSegment[] => [...indicatorPath(tree, i), 'codes', k];
      const owner = owners.get(code);
      if (holds(ids, code)) {
        issues.push(
          catalogueIssue(
            'catalogue.code_conflict',
            at(),
            `Kode "${code}" pada indikator "${def.id}" sama dengan id indikator; kode tambahan tidak boleh menyamai id mana pun.`,
            `Code "${code}" of indicator "${def.id}" equals an indicator id; alternative codes may not equal any id.`,
            { received: code },
          ),
        );
      } else if (owner !== undefined) {
        issues.push(
          catalogueIssue(
            'catalogue.code_conflict',
            at(),
            `Kode "${code}" pada indikator "${def.id}" sudah dipakai oleh indikator "${owner}".`,
            `Code "${code}" of indicator "${def.id}" is already used by indicator "${owner}".`,
            { received: code },
          ),
        );
      }
      owners.set(code, def.id);
    });
  });
}

/**
 * Checks the tree's structure in pre-order: tiers, child kinds, empty groups, scale references,
 * numbers. Returns whether the tree is whole (no missing or mixed children), so weights mean something.
 */
function checkTree(definition: CatalogueDefinition, tree: Tree, issues: Issue[]): boolean {
  let whole = definition.groups.length > 0;
  if (definition.groups.length === 0) {
    issues.push(
      catalogueIssue('catalogue.empty_group', ['groups'], 'Katalog tidak memiliki kelompok.', 'The catalogue has no groups.'),
    );
  }
  const tierIndex = new Map(definition.tiers.map((tier, i) => [tier.id, i]));
  const scaleIds = new Set(definition.scales.map((scale) => scale.id));
  // A group's tier, or its parent's when its own is unknown: what its children must be below.
  // By position: pre-order places every parent first.
  const tiers: number[] = new Array(tree.groups.length);
  for (let g = 0; g < tree.groups.length; g++) {
    const group = tree.groups[g]!;
    const parent = tree.parent[g]!;
    const parentTier = parent < 0 ? -1 : tiers[parent]!;
    const tier = tierIndex.get(group.tier);
    tiers[g] = tier ?? parentTier;
    if (tier === undefined) {
      issues.push(
        catalogueIssue(
          'catalogue.unknown_tier',
          [...groupPath(tree, g), 'tier'],
          `Tingkatan "${group.tier}" pada kelompok "${group.id}" tidak ada dalam "tiers".`,
          `Tier "${group.tier}" of group "${group.id}" is not in "tiers".`,
          { expected: definition.tiers.map((t) => t.id).join(' | '), received: group.tier },
        ),
      );
    } else if (tier <= parentTier) {
      issues.push(
        catalogueIssue(
          'catalogue.tier_order',
          [...groupPath(tree, g), 'tier'],
          `Kelompok "${group.id}" (${group.tier}) harus berada pada tingkatan di bawah induknya.`,
          `Group "${group.id}" (${group.tier}) must be on a tier below its parent's.`,
        ),
      );
    }
    if ((group.groups !== undefined) === (group.indicators !== undefined)) {
      issues.push(
        catalogueIssue(
          'catalogue.group_children',
          groupPath(tree, g),
          `Kelompok "${group.id}" harus memiliki tepat satu dari "groups" atau "indicators".`,
          `Group "${group.id}" must have exactly one of "groups" or "indicators".`,
        ),
      );
      whole = false;
      continue;
    }
    // Its children: its sub-groups, or (without any) its own indicators.
    if (tree.subgroups[g]!.length === 0 && tree.from[g] === tree.to[g]) {
      issues.push(catalogueIssue('catalogue.empty_group', groupPath(tree, g), `Kelompok "${group.id}" kosong.`, `Group "${group.id}" is empty.`));
      whole = false;
      continue;
    }
    if (group.groups) continue;
    for (let i = tree.from[g]!; i < tree.to[g]!; i++) {
      const indicator = tree.indicators[i]!;
      if (!scaleIds.has(indicator.scale)) {
        issues.push(
          catalogueIssue(
            'catalogue.unknown_scale',
            [...indicatorPath(tree, i), 'scale'],
            `Skala "${indicator.scale}" pada indikator "${indicator.id}" tidak ada dalam "scales".`,
            `Scale "${indicator.scale}" of indicator "${indicator.id}" is not in "scales".`,
            { expected: [...scaleIds].join(' | '), received: indicator.scale },
          ),
        );
      }
      if (!Number.isInteger(indicator.number) || indicator.number < 1) {
        issues.push(
          catalogueIssue(
            'catalogue.invalid_value',
            [...indicatorPath(tree, i), 'number'],
            `Nomor indikator "${indicator.id}" harus bilangan bulat positif.`,
            `The number of indicator "${indicator.id}" must be a positive whole number.`,
            { received: indicator.number },
          ),
        );
      }
    }
  }
  return whole;
}

/** Checks criteria checklists (each scale's once) and measures. */
function checkLevels(definition: CatalogueDefinition, tree: Tree, issues: Issue[]): void {
  const scales = new Map<string, Scale>();
  definition.scales.forEach((scale, i) => {
    if (scales.has(scale.id)) return;
    scales.set(scale.id, scale);
    checkScaleCriteria(scale, ['scales', i], issues);
  });
  for (let i = 0; i < tree.indicators.length; i++) {
    const def = tree.indicators[i]!;
    if (def.measure === undefined && def.criteria === undefined) continue;
    const path = indicatorPath(tree, i);
    const scale = scales.get(def.scale);
    if (def.measure !== undefined) checkMeasure(def.measure, scale, def.id, [...path, 'measure'], issues);
    checkIndicatorCriteria(def, scale, path, issues);
  }
}

/** What the validator found: every issue, and (when there is none) the resolved weights and the id lookups for the build. */
export interface Validated {
  readonly issues: Issue[];
  readonly weights: ResolvedWeights | undefined;
  /** The positions by id of the groups and of the indicators, frozen; absent when the ids are not all strings. */
  readonly lookup?: Pick<Catalogue['lookup'], 'indicators' | 'groups'>;
}

/** Every issue of a definition, and (when there is none) its resolved weights and id lookups for the build. */
export function validateDefinition(definition: CatalogueDefinition, tree: Tree): Validated {
  const issues: Issue[] = [];
  checkIdCharacters(definition, tree, issues);
  duplicates(definition.tiers, ownId, (_, i) => ['tiers', i], { id: 'tingkatan', en: 'tier' }, issues);
  checkScales(definition.scales, issues);
  const whole = checkTree(definition, tree, issues);
  const groupIds = treeIds(tree.groups, (g) => groupPath(tree, g), { id: 'kelompok', en: 'group' }, issues);
  const indicatorIds = treeIds(tree.indicators, (i) => indicatorPath(tree, i), { id: 'indikator', en: 'indicator' }, issues);
  // One id, one thing: `include: ["5"]` or a report row "5" must not be able to mean two things.
  for (let i = 0; i < tree.indicators.length; i++) {
    const { id } = tree.indicators[i]!;
    if (holds(groupIds, id)) {
      issues.push(
        catalogueIssue(
          'catalogue.duplicate_id',
          [...indicatorPath(tree, i), 'id'],
          `Id "${id}" dipakai oleh kelompok dan indikator sekaligus.`,
          `The id "${id}" is used by both a group and an indicator.`,
          { received: id },
        ),
      );
    }
  }
  checkCodes(tree, indicatorIds, issues);
  // The index range spans the valid scales; without one there is nothing to check bands against.
  const validScales = definition.scales.filter((scale) => Number.isSafeInteger(scale.min) && Number.isSafeInteger(scale.max));
  if (definition.scales.length === 0) {
    issues.push(
      catalogueIssue('catalogue.scale_invalid', ['scales'], 'Katalog tidak memiliki skala tingkat.', 'The catalogue has no level scales.'),
    );
  }
  const range = {
    min: Math.min(...validScales.map((scale) => scale.min)),
    max: Math.max(...validScales.map((scale) => scale.max)),
  };
  if (validScales.length > 0) {
    duplicates(definition.predicates, ownId, (_, i) => ['predicates', i], { id: 'predikat', en: 'predicate' }, issues);
    checkPredicates(definition.predicates, range, issues);
  }
  checkLevels(definition, tree, issues);
  // Weights are checked whatever else is wrong (every issue at once), unless the tree itself is
  // broken: an empty group would only be reported again as a weight that does not add up.
  const weights = whole ? checkWeights(tree, definition.totalWeight, issues) : undefined;
  if (!weights) return { issues, weights: undefined };
  const totalUnits = mul(weights.total, weightScale(weights.indicators)).num;
  // Stryker disable next-line EqualityOperator: the left side is a multiple of 2n and MAX_SAFE_INTEGER is odd, so they are never equal
  if (totalUnits * BigInt(Math.max(range.max, 1)) * 2n > BigInt(Number.MAX_SAFE_INTEGER)) {
    issues.push(
      catalogueIssue(
        'catalogue.weight_too_fine',
        ['groups'],
        'Bobot terlalu rinci untuk dihitung tepat dengan bilangan bulat aman; sederhanakan bobotnya.',
        'The weights are too fine-grained for exact safe-integer scoring; simplify them.',
      ),
    );
    return { issues, weights: undefined };
  }
  if (issues.length > 0) return { issues, weights: undefined };
  if (groupIds instanceof Set || indicatorIds instanceof Set) return { issues, weights };
  return { issues, weights, lookup: { indicators: Object.freeze(indicatorIds as Positions), groups: Object.freeze(groupIds as Positions) } };
}
