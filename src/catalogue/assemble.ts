import { commonDenominator, formatExactDecimal, parseDecimal } from '../arithmetic/decimal-string.js';
import { bigGcd, mul, rational, type Rational } from '../arithmetic/rational.js';
import type {
  Catalogue,
  CatalogueDefinition,
  Group,
  Indicator,
  IndicatorDefinition,
  LevelCriteriaDefinition,
  Predicate,
  PredicateDefinition,
  Scale,
} from '../model/catalogue.js';
import { checksumOf } from './checksum.js';
import { deepFreeze } from './deep-freeze.js';
import { parseWeight } from './parse-weight.js';
import { rememberCatalogue } from './registry.js';
import type { ResolvedWeights } from './resolve-weights.js';
import { walkTree, type Tree } from './walk-tree.js';

/*
 * The one build path: walk the tree (walk-tree.ts), resolve the weights (resolve-weights.ts), put
 * them on one integer scale and assemble the frozen catalogue. compileCatalogue runs the validator
 * over the same walk and weights first; the built-in catalogues, valid by test, call
 * assembleCatalogue directly, so importing one does not pull in the validator and its messages.
 * Those that write every weight (59/2020, 8/2026) read them as written (writtenWeights), so that
 * importing one does not pull in the resolution of unwritten weights either.
 *
 * A new field of the catalogue format passes through here: the definition's indicator, band or
 * scale becomes the compiled one in indicatorOf or bandOf, or is kept as written (scales).
 */

/**
 * Integer units per weight unit: the common denominator of the indicator weights divided by the
 * gcd of the scaled weights, so every indicator weighs a smallest whole number of units.
 */
export function weightScale(indicatorWeights: readonly Rational[]): Rational {
  // Equal shares are one object (resolve-weights.ts): each distinct object is worked once.
  const distinct = [...new Set(indicatorWeights)];
  const denominator = commonDenominator(distinct);
  const divisor = distinct.reduce((acc, weight) => bigGcd(acc, mul(weight, rational(denominator)).num), 0n) || 1n;
  return rational(denominator, divisor);
}

/** An indicator's own checklist, min..max. */
function ownChecklist(criteria: readonly LevelCriteriaDefinition[], scale: Scale): LevelCriteriaDefinition[] {
  const levels: LevelCriteriaDefinition[] = [];
  for (let level = scale.min; level <= scale.max; level++) {
    levels.push({ level, criteria: criteria.find((entry) => entry.level === level)?.criteria ?? [] });
  }
  return levels;
}

/** A scale's general checklist, or null when it has no criteria. */
function scaleChecklist(scale: Scale): LevelCriteriaDefinition[] | null {
  if (!scale.levels.some((level) => (level.criteria?.length ?? 0) > 0)) return null;
  return scale.levels.map((level) => ({ level: level.level, criteria: level.criteria ?? [] }));
}

/** The parts indicators share: their scale's checklist (one per scale) and an empty list. */
interface Shared {
  readonly checklists: Map<Scale, LevelCriteriaDefinition[] | null>;
  readonly none: readonly string[];
}

/** A weight's decimal text and integer units, worked once per distinct weight object. */
type Weighed = readonly [text: string, units: number];

/** The compiled form of one indicator definition. */
function indicatorOf(def: IndicatorDefinition, scale: Scale, [weight, units]: Weighed, groupPath: readonly string[], position: number, shared: Shared): Indicator {
  let checklist = def.criteria === undefined ? shared.checklists.get(scale) : ownChecklist(def.criteria, scale);
  if (checklist === undefined) shared.checklists.set(scale, (checklist = scaleChecklist(scale)));
  return {
    id: def.id,
    number: def.number,
    name: def.name,
    aliases: def.aliases ?? shared.none,
    codes: def.codes ?? shared.none,
    scale,
    weight,
    units,
    notApplicable: def.notApplicable ?? false,
    criteria: checklist,
    measure: def.measure ?? null,
    groupPath,
    position,
  };
}

/** The compiled form of one predikat band. */
function bandOf<P extends string>(band: PredicateDefinition<P>): Predicate<P> {
  const { id, label, min, max } = band;
  // Scoring compares against the lower bound in safe integers (the validator refuses any other).
  const lower = parseDecimal(min)!;
  return { id, label, min, max, lower: { num: Number(lower.num), den: Number(lower.den) }, maturity: band.maturity ?? null };
}

/*
 * The lookups are flat (numbers only) and frozen where they are built: deepFreeze then skips
 * them, instead of walking every key of a dictionary-mode object of 100,000 ids.
 */

/** Positions by alternative code (null prototype); the validator refuses clashing codes. */
function codeIndex(indicators: readonly Indicator[]): Readonly<Record<string, number>> {
  const index = Object.create(null) as Record<string, number>;
  for (const indicator of indicators) {
    for (const code of indicator.codes) index[code] = indicator.position;
  }
  return Object.freeze(index);
}

/** Positions by id (null prototype). */
function positionIndex(entries: readonly { readonly id: string }[]): Readonly<Record<string, number>> {
  const index = Object.create(null) as Record<string, number>;
  for (let position = 0; position < entries.length; position++) index[entries[position]!.id] = position;
  return Object.freeze(index);
}

/** The weight of each group and indicator (by tree position) and the total. */
type Weights = Pick<ResolvedWeights, 'groups' | 'indicators' | 'total'>;

/**
 * The weights of a definition that writes every group's and indicator's weight and the total:
 * what `resolveWeights` finds for it, without the resolution of unwritten ones (the builtins
 * test compiles each built-in through the validator and compares).
 */
export function writtenWeights(tree: Tree, total: string | undefined): Weights {
  const read = (text: string | undefined) => parseWeight(text) as Rational;
  return { groups: tree.groups.map((def) => read(def.weight)), indicators: tree.indicators.map((def) => read(def.weight)), total: read(total) };
}

/** The groups' and indicators' positions by id. */
type Ids = Pick<Catalogue['lookup'], 'indicators' | 'groups'>;

const idsOf = (tree: Tree): Ids => ({ indicators: positionIndex(tree.indicators), groups: positionIndex(tree.groups) });

/**
 * Builds the frozen catalogue from a valid definition (a private copy), its walk and its weights,
 * with the id lookups the validator made when it made them.
 */
export function buildCatalogue<P extends string>(definition: CatalogueDefinition<P>, tree: Tree, resolved: Weights, ids = idsOf(tree)): Catalogue<P> {
  return frozenCatalogue(definition, tree, resolved, checksumOf(definition), ids);
}

/** buildCatalogue with the definition's checksum and the id lookups already known. */
function frozenCatalogue<P extends string>(definition: CatalogueDefinition<P>, tree: Tree, resolved: Weights, checksum: string, ids: Ids): Catalogue<P> {
  const { total } = resolved;
  const scale = weightScale(resolved.indicators);
  const unitsOf = (weight: Rational): number => Number(mul(weight, scale).num);
  const weighed = new Map<Rational, Weighed>();
  const weigh = (weight: Rational): Weighed => {
    let found = weighed.get(weight);
    if (found === undefined) weighed.set(weight, (found = [formatExactDecimal(weight), unitsOf(weight)]));
    return found;
  };
  const scales = definition.scales as readonly Scale[];
  const scaleById = new Map(scales.map((entry) => [entry.id, entry]));
  const shared: Shared = { checklists: new Map(), none: [] };
  const { lineage } = tree;
  const indicators = tree.indicators.map((def, position) =>
    indicatorOf(def, scaleById.get(def.scale) as Scale, weigh(resolved.indicators[position]!), lineage[tree.owner[position]!]!, position, shared),
  );
  const groups = tree.groups.map((def, position): Group => {
    const path = lineage[position]!;
    const [weight, units] = weigh(resolved.groups[position]!);
    return {
      id: def.id,
      tier: def.tier,
      name: def.name,
      weight,
      units,
      parent: path[path.length - 2] ?? null,
      depth: path.length - 1,
      // A valid group has exactly one of the two lists.
      children: (def.groups ?? def.indicators)!.map((child) => child.id),
      childKind: def.groups ? 'group' : 'indicator',
      from: tree.from[position]!,
      to: tree.to[position]!,
    };
  });
  const catalogue: Catalogue<P> = {
    id: definition.id,
    revision: definition.revision,
    title: definition.title,
    legalBasis: definition.legalBasis,
    years: definition.years,
    provenance: definition.provenance ?? [],
    base: definition.base ?? null,
    checksum,
    tiers: definition.tiers,
    scales,
    predicates: definition.predicates.map(bandOf),
    targets: definition.targets ?? null,
    groups,
    indicators,
    totalWeight: formatExactDecimal(total),
    totalUnits: unitsOf(total),
    weightScale: formatExactDecimal(scale),
    range: {
      min: Math.min(...scales.map((entry) => entry.min)),
      max: Math.max(...scales.map((entry) => entry.max)),
    },
    lookup: { ...ids, codes: codeIndex(indicators) },
    definition,
  };
  // Findable by checksum: analysing a result of this catalogue need not be handed it again.
  return rememberCatalogue(deepFreeze(catalogue));
}

/**
 * Builds the frozen catalogue of a definition already known to be valid (the built-in ones), its
 * weights found by `weigh`: `resolveWeights`, or `writtenWeights` when every weight is written. On
 * invalid input the result is unspecified: use compileCatalogue, which validates first.
 */
export function assembleCatalogue<P extends string>(input: CatalogueDefinition<P>, weigh: Weigh): Catalogue<P> {
  return assembleBuiltIn(input, weigh, checksumOf(input));
}

/**
 * assembleCatalogue with the definition's checksum already known: a built-in catalogue's, which
 * the build computes with checksumOf (scripts/build-defines.ts), so that importing one neither
 * hashes its definition nor carries the checksum writer into a browser bundle.
 */
export function assembleBuiltIn<P extends string>(input: CatalogueDefinition<P>, weigh: Weigh, checksum: string): Catalogue<P> {
  // Work on a private copy: the caller's object is neither frozen nor kept.
  const definition = structuredClone(input);
  const tree = walkTree(definition.groups);
  return frozenCatalogue(definition, tree, weigh(tree, definition.totalWeight) as Weights, checksum, idsOf(tree));
}

/** How a built-in's weights are found: `resolveWeights`, or `writtenWeights` when all are written. */
type Weigh = (tree: Tree, total: string | undefined) => Weights | undefined;
