import { commonDenominator, formatExactDecimal, parseDecimal } from '../arithmetic/decimal-string.js';
import { add, bigGcd, div, mul, rational, sub, ZERO, type Rational } from '../arithmetic/rational.js';
import type {
  Catalogue,
  CatalogueDefinition,
  Group,
  GroupDefinition,
  Indicator,
  IndicatorDefinition,
  LevelCriteriaDefinition,
  Scale,
  ScaleDefinition,
} from '../model/catalogue.js';
import { checksumOf } from './checksum.js';
import { deepFreeze } from './deep-freeze.js';
import { parseWeight } from './parse-weight.js';
import { rememberCatalogue } from './registry.js';

/*
 * Builds the compiled, frozen form of a definition that is already known to be valid: the one
 * build path, used by compileCatalogue after its checks and directly by the built-in catalogues
 * (whose validity a test pins), so that importing a catalogue does not pull in the validator and
 * its messages. On invalid input the result is unspecified: call compileCatalogue instead.
 */

type Node = GroupDefinition | IndicatorDefinition;

// Stryker disable next-line ArrayDeclaration: only valid definitions reach assembleCatalogue, and compile rejects a group with neither groups nor indicators (catalogue.empty_group)
const childrenOf = (node: Node): readonly Node[] => ('tier' in node ? (node.groups ?? node.indicators ?? []) : []);

/** Weights exactly as resolveWeights gives them for valid input: written, summed, or equal shares. */
function resolve(groups: readonly GroupDefinition[], declared: string | undefined): { weights: Map<Node, Rational>; total: Rational } {
  const intrinsics = new Map<Node, Rational | undefined>();
  const intrinsic = (node: Node): Rational | undefined => {
    let sum: Rational | undefined = ZERO;
    for (const child of childrenOf(node)) {
      const weight = intrinsic(child);
      sum = sum === undefined || weight === undefined ? undefined : add(sum, weight);
    }
    const own = node.weight === undefined ? ('tier' in node ? sum : undefined) : parseWeight(node.weight);
    intrinsics.set(node, own);
    return own;
  };
  // Every top-level group needs its intrinsic weight computed; only without a declared total are
  // they all known (with one, unweighted top-level groups share what the total leaves).
  const tops = groups.map((group) => intrinsic(group));
  const total =
    declared === undefined ? tops.reduce<Rational>((acc, weight) => add(acc, weight as Rational), ZERO) : (parseWeight(declared) as Rational);
  const weights = new Map<Node, Rational>();
  const assign = (nodes: readonly Node[], available: Rational): void => {
    let fixed = ZERO;
    let open = 0;
    for (const node of nodes) {
      const weight = intrinsics.get(node);
      if (weight === undefined) open++;
      else fixed = add(fixed, weight);
    }
    const share = open > 0 ? div(sub(available, fixed), rational(open)) : ZERO;
    for (const node of nodes) {
      const weight = intrinsics.get(node) ?? share;
      weights.set(node, weight);
      assign(childrenOf(node), weight);
    }
  };
  assign(groups, total);
  return { weights, total };
}

/** An indicator's checklist, min..max: its own criteria, else its scale's, else null. */
function checklistOf(indicator: IndicatorDefinition, scale: ScaleDefinition): LevelCriteriaDefinition[] | null {
  if (indicator.criteria !== undefined) {
    const levels: LevelCriteriaDefinition[] = [];
    for (let level = scale.min; level <= scale.max; level++) {
      levels.push({ level, criteria: indicator.criteria.find((entry) => entry.level === level)?.criteria ?? [] });
    }
    return levels;
  }
  if (!scale.levels.some((level) => (level.criteria?.length ?? 0) > 0)) return null;
  return scale.levels.map((level) => ({ level: level.level, criteria: level.criteria ?? [] }));
}

function nullPrototypeIndex(ids: readonly string[]): Record<string, number> {
  const index = Object.create(null) as Record<string, number>;
  ids.forEach((id, position) => {
    index[id] = position;
  });
  return index;
}

/** A value as a fraction of safe integers (what scoring compares predikat bounds against), if it is one. */
export function toSafeFraction(value: Rational): { num: number; den: number } | undefined {
  const num = Number(value.num);
  const den = Number(value.den);
  return Number.isSafeInteger(num) && Number.isSafeInteger(den) ? { num, den } : undefined;
}

/** Builds the frozen catalogue of a valid definition (see the module comment). */
export function assembleCatalogue<P extends string>(input: CatalogueDefinition<P>): Catalogue<P> {
  // Work on a private copy: the caller's object is neither frozen nor kept.
  const definition = structuredClone(input);
  const walkedGroups: { def: GroupDefinition; parent: string | null; depth: number }[] = [];
  const walkedIndicators: { def: IndicatorDefinition; groupPath: string[] }[] = [];
  const visit = (group: GroupDefinition, ancestors: string[]): void => {
    walkedGroups.push({ def: group, parent: ancestors[ancestors.length - 1] ?? null, depth: ancestors.length });
    const lineage = [...ancestors, group.id];
    group.groups?.forEach((child) => visit(child, lineage));
    for (const indicator of group.indicators ?? []) walkedIndicators.push({ def: indicator, groupPath: lineage });
  };
  for (const group of definition.groups) visit(group, []);

  const resolved = resolve(definition.groups, definition.totalWeight);
  // Put every weight on one integer scale: multiply by the common denominator, divide by the gcd.
  const indicatorWeights = walkedIndicators.map(({ def }) => resolved.weights.get(def) as Rational);
  const denominator = commonDenominator(indicatorWeights);
  const divisor = indicatorWeights.reduce((acc, weight) => bigGcd(acc, mul(weight, rational(denominator)).num), 0n) || 1n;
  const unitsOf = (weight: Rational): number => Number(mul(weight, rational(denominator, divisor)).num);

  const scales = definition.scales as readonly Scale[];
  const scaleById = new Map(scales.map((scale) => [scale.id, scale]));
  const indicators: Indicator[] = walkedIndicators.map(({ def, groupPath }, position) => {
    const weight = resolved.weights.get(def) as Rational;
    const scale = scaleById.get(def.scale) as Scale;
    return {
      id: def.id,
      number: def.number,
      name: def.name,
      aliases: def.aliases ?? [],
      scale,
      weight: formatExactDecimal(weight),
      units: unitsOf(weight),
      notApplicable: def.notApplicable ?? false,
      criteria: checklistOf(def, scale),
      measure: def.measure ?? null,
      groupPath,
      position,
    };
  });
  const groups: Group[] = walkedGroups.map(({ def, parent, depth }) => {
    const weight = resolved.weights.get(def) as Rational;
    // Indicators are in tree order, so a group's subtree is one contiguous range.
    const members = indicators.filter((indicator) => indicator.groupPath.includes(def.id));
    // Stryker disable next-line OptionalChaining: in a valid definition every group has at least one indicator below it (catalogue.empty_group), so members[0] exists
    const from = members[0]?.position ?? 0;
    return {
      id: def.id,
      tier: def.tier,
      name: def.name,
      weight: formatExactDecimal(weight),
      units: unitsOf(weight),
      parent,
      depth,
      // Stryker disable next-line ArrayDeclaration: a valid group has groups or indicators (catalogue.empty_group), so the [] fallback is never used
      children: (def.groups ?? def.indicators ?? []).map((child) => child.id),
      childKind: def.groups ? 'group' : 'indicator',
      from,
      to: from + members.length,
    };
  });
  // compileCatalogue refuses bounds that are not safe fractions; the fallback never applies to it.
  const lower = (min: string) => toSafeFraction(parseDecimal(min) as Rational) ?? { num: 0, den: 1 };
  const catalogue: Catalogue<P> = {
    id: definition.id,
    revision: definition.revision,
    title: definition.title,
    legalBasis: definition.legalBasis,
    years: definition.years,
    provenance: definition.provenance ?? [],
    base: definition.base ?? null,
    checksum: checksumOf(definition),
    tiers: definition.tiers,
    scales,
    predicates: definition.predicates.map((band) => ({ id: band.id, label: band.label, min: band.min, max: band.max, lower: lower(band.min) })),
    targets: definition.targets ?? null,
    groups,
    indicators,
    totalWeight: formatExactDecimal(resolved.total),
    totalUnits: unitsOf(resolved.total),
    weightScale: formatExactDecimal(rational(denominator, divisor)),
    range: {
      min: Math.min(...scales.map((scale) => scale.min)),
      max: Math.max(...scales.map((scale) => scale.max)),
    },
    lookup: {
      indicators: nullPrototypeIndex(indicators.map((indicator) => indicator.id)),
      groups: nullPrototypeIndex(groups.map((group) => group.id)),
    },
    definition,
  };
  // Findable by checksum: analysing a result of this catalogue need not be handed it again.
  return rememberCatalogue(deepFreeze(catalogue));
}
