import { formatExactDecimal } from '../arithmetic/decimal-string.js';
import { add, compare, div, mul, ZERO, type Rational } from '../arithmetic/rational.js';
import type { Catalogue, CatalogueDefinition, GroupDefinition, IndicatorDefinition } from '../model/catalogue.js';
import { capped, SpbeError, type Issue, type SafeResult } from '../model/issue.js';
import type { Localized } from '../model/localized.js';
import { catalogueIssue } from './catalogue-issues.js';
import { safeCompileCatalogue } from './compile.js';
import { parseWeight } from './parse-weight.js';
import { isCompiledCatalogue } from './is-compiled.js';

/**
 * What a derived catalogue changes in its base.
 * @category Catalogue
 */
export interface CatalogueChanges {
  /** The derived catalogue's own id (required: results must never be confused with the base's). */
  readonly id: string;
  /** Defaults to the base's revision. */
  readonly revision?: string;
  /** Defaults to the base's title. */
  readonly title?: Localized;
  /** Defaults to the base's years. */
  readonly years?: readonly number[];
  /** Keep only these indicators; a group id keeps every indicator under it. */
  readonly include?: readonly string[];
  /** Drop these indicators (applied after `include`); a group id drops every indicator under it. */
  readonly exclude?: readonly string[];
  /**
   * New weights by group or indicator id (decimal strings, or exact fractions such as "10/3").
   * An indicator's new weight changes its share within its group and its group's weight; a
   * group's new weight scales everything under it proportionally.
   */
  readonly weights?: Readonly<Record<string, string>>;
  /**
   * The derived total. By default the sum of what remains (the base's "100" becomes, say, "31"
   * after removing indicators); when given, the top-level groups are scaled proportionally to it.
   */
  readonly totalWeight?: string;
  /** Notes appended to the base's provenance. */
  readonly provenance?: readonly Localized[];
}

const CHANGE_KEYS = new Set(['id', 'revision', 'title', 'years', 'include', 'exclude', 'weights', 'totalWeight', 'provenance']);

type Node =
  | { kind: 'group'; def: Omit<GroupDefinition, 'groups' | 'indicators' | 'weight'>; weight: Rational; children: Node[] }
  | { kind: 'indicator'; def: IndicatorDefinition; weight: Rational };

function scaleNode(node: Node, factor: Rational): void {
  node.weight = mul(node.weight, factor);
  if (node.kind === 'group') for (const child of node.children) scaleNode(child, factor);
}

function toDefinition(node: Node): GroupDefinition | IndicatorDefinition {
  const weight = formatExactDecimal(node.weight);
  if (node.kind === 'indicator') return { ...node.def, weight };
  const children = node.children.map(toDefinition);
  // Stryker disable next-line OptionalChaining: a group node always has a child (build() returns null for an empty group), so `?.` never short-circuits.
  const key = node.children[0]?.kind === 'group' ? 'groups' : 'indicators';
  return { ...node.def, weight, [key]: children } as GroupDefinition;
}

function invalid(path: (string | number)[], id: string, en: string, received?: unknown): Issue {
  return catalogueIssue('catalogue.derive_invalid', path, id, en, received === undefined ? {} : { received });
}

/** Checks the changes' shape by hand (no zod on this path). */
function checkChanges(changes: unknown, issues: Issue[]): changes is CatalogueChanges {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    issues.push(invalid([], 'Perubahan harus berupa objek.', 'The changes must be an object.', changes));
    return false;
  }
  const record = changes as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!CHANGE_KEYS.has(key)) issues.push(invalid([key], `Kunci "${key}" tidak dikenal.`, `Unknown key "${key}".`, key));
  }
  const text = (value: unknown) => typeof value === 'string' && value.length > 0;
  const localized = (value: unknown) =>
    typeof value === 'object' && value !== null && text((value as Localized).id) && text((value as Localized).en);
  const list = (value: unknown, item: (v: unknown) => boolean) => Array.isArray(value) && value.every(item);
  const checks: [string, (value: unknown) => boolean, string][] = [
    ['revision', text, 'string'],
    ['title', localized, '{ id, en }'],
    ['years', (v) => list(v, Number.isInteger), 'integer[]'],
    ['include', (v) => list(v, (id) => typeof id === 'string'), 'string[]'],
    ['exclude', (v) => list(v, (id) => typeof id === 'string'), 'string[]'],
    ['weights', (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((w) => typeof w === 'string'), '{ [id]: string }'],
    ['totalWeight', (v) => typeof v === 'string', 'string'],
    ['provenance', (v) => list(v, localized), '{ id, en }[]'],
  ];
  if (!text(record.id)) issues.push(invalid(['id'], 'Katalog turunan wajib memiliki id sendiri.', 'A derived catalogue needs its own id.', record.id));
  for (const [key, valid, expected] of checks) {
    if (record[key] !== undefined && !valid(record[key])) {
      issues.push(
        catalogueIssue('catalogue.derive_invalid', [key], `"${key}" harus bertipe ${expected}.`, `"${key}" must be of type ${expected}.`, {
          expected,
          received: record[key],
        }),
      );
    }
  }
  return issues.length === 0;
}

/** Original indicator definitions by id, so their own criteria and measures carry over as written. */
function indicatorDefinitions(groups: readonly GroupDefinition[], into = new Map<string, IndicatorDefinition>()) {
  for (const group of groups) {
    if (group.groups) indicatorDefinitions(group.groups, into);
    // Stryker disable next-line ArrayDeclaration: a non-empty fallback only adds entries keyed `undefined`, which no indicator id ever looks up.
    for (const indicator of group.indicators ?? []) into.set(indicator.id, indicator);
  }
  return into;
}

/**
 * Derives a new catalogue from an existing one and returns every issue instead of throwing. See
 * {@link deriveCatalogue}.
 *
 * @example
 * ```ts
 * import { safeDeriveCatalogue } from 'spbe-index';
 * import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
 *
 * const outcome = safeDeriveCatalogue(permenpanrb592020, { id: 'bappeda-2025', include: ['A2'] });
 * if (outcome.success) outcome.output.totalWeight; // "10"
 * ```
 * @category Catalogue
 */
export function safeDeriveCatalogue<P extends string>(base: Catalogue<P>, changes: CatalogueChanges): SafeResult<Catalogue<P>> {
  return capped(deriveUncapped(base, changes));
}

function deriveUncapped<P extends string>(base: Catalogue<P>, changes: CatalogueChanges): SafeResult<Catalogue<P>> {
  if (!isCompiledCatalogue(base)) {
    return {
      success: false,
      issues: [
        catalogueIssue(
          'catalogue.invalid_type',
          ['base'],
          'Katalog dasar harus katalog terkompilasi (bawaan atau dari defineCatalogue).',
          'The base must be a compiled catalogue (built-in or from defineCatalogue).',
          { expected: 'compiled catalogue', received: base },
        ),
      ],
    };
  }
  try {
    return derive(base, changes);
  } catch {
    // A getter or proxy in hand-made changes can throw while being read; report, never crash.
    return { success: false, issues: [invalid([], 'Perubahan tidak dapat dibaca sebagai data biasa.', 'The changes could not be read as plain data.')] };
  }
}

function derive<P extends string>(base: Catalogue<P>, changes: CatalogueChanges): SafeResult<Catalogue<P>> {
  const issues: Issue[] = [];
  if (!checkChanges(changes, issues)) return { success: false, issues };
  const { lookup, indicators, groups } = base;
  const idsUnder = (id: string): readonly string[] | undefined => {
    if (lookup.indicators[id] !== undefined) return [id];
    const position = lookup.groups[id];
    if (position === undefined) return undefined;
    const group = groups[position]!;
    return indicators.slice(group.from, group.to).map((indicator) => indicator.id);
  };
  const select = (key: 'include' | 'exclude'): Set<string> => {
    const chosen = new Set<string>();
    changes[key]?.forEach((id, i) => {
      const ids = idsUnder(id);
      if (ids === undefined) {
        issues.push(
          catalogueIssue(
            'catalogue.derive_unknown_id',
            [key, i],
            `"${id}" bukan indikator atau kelompok katalog ${base.id}.`,
            `"${id}" is not an indicator or group of catalogue ${base.id}.`,
            { received: id },
          ),
        );
      } else {
        for (const kept of ids) chosen.add(kept);
      }
    });
    return chosen;
  };
  const included = changes.include ? select('include') : new Set(indicators.map((indicator) => indicator.id));
  const excluded = select('exclude');
  const kept = new Set([...included].filter((id) => !excluded.has(id)));

  const overrides = new Map<string, Rational>();
  for (const [id, text] of Object.entries(changes.weights ?? {})) {
    const ids = idsUnder(id);
    if (ids === undefined || !ids.some((member) => kept.has(member))) {
      issues.push(
        catalogueIssue(
          'catalogue.derive_unknown_id',
          ['weights', id],
          `Bobot diberikan untuk "${id}", yang tidak ada dalam katalog turunan.`,
          `A weight is given for "${id}", which is not in the derived catalogue.`,
          { received: id },
        ),
      );
      continue;
    }
    const weight = parseWeight(text);
    if (weight === undefined || compare(weight, ZERO) <= 0) {
      issues.push(
        catalogueIssue(
          weight === undefined ? 'catalogue.weight_invalid' : 'catalogue.weight_not_positive',
          ['weights', id],
          `Bobot baru "${id}" harus berupa teks desimal positif.`,
          `The new weight of "${id}" must be a positive decimal string.`,
          { expected: 'decimal string > 0', received: text },
        ),
      );
      continue;
    }
    overrides.set(id, weight);
  }
  // Stryker disable next-line ConditionalExpression: parseWeight(undefined) is undefined too, so the guard only saves a call.
  const total = changes.totalWeight === undefined ? undefined : parseWeight(changes.totalWeight);
  if (changes.totalWeight !== undefined && (total === undefined || compare(total, ZERO) <= 0)) {
    issues.push(
      catalogueIssue('catalogue.weight_invalid', ['totalWeight'], 'Bobot total harus berupa teks desimal positif.', 'The total weight must be a positive decimal string.', {
        expected: 'decimal string > 0',
        received: changes.totalWeight,
      }),
    );
  }
  if (kept.size === 0) {
    issues.push(
      catalogueIssue('catalogue.derive_empty', ['include'], 'Katalog turunan tidak memiliki indikator.', 'The derived catalogue has no indicators left.'),
    );
  }
  if (issues.length > 0) return { success: false, issues };

  const originals = indicatorDefinitions(base.definition.groups);
  const build = (groupId: string): Node | null => {
    const group = groups[lookup.groups[groupId] as number]!;
    const children: Node[] = [];
    for (const childId of group.children) {
      if (group.childKind === 'group') {
        const child = build(childId);
        if (child) children.push(child);
      } else if (kept.has(childId)) {
        const indicator = indicators[lookup.indicators[childId] as number]!;
        const weight = overrides.get(childId) ?? (parseWeight(indicator.weight) as Rational);
        children.push({ kind: 'indicator', def: originals.get(childId) as IndicatorDefinition, weight });
      }
    }
    if (children.length === 0) return null;
    const sum = children.reduce((acc, child) => add(acc, child.weight), ZERO);
    const node: Node = { kind: 'group', def: { id: group.id, tier: group.tier, name: group.name }, weight: sum, children };
    const override = overrides.get(groupId);
    if (override) scaleNode(node, div(override, sum));
    return node;
  };
  const top = groups.filter((group) => group.parent === null).flatMap((group) => build(group.id) ?? []);
  const sum = top.reduce((acc, node) => add(acc, node.weight), ZERO);
  if (total) for (const node of top) scaleNode(node, div(total, sum));

  const { base: _previous, groups: _groups, totalWeight: declared, ...inherited } = base.definition;
  const definition: CatalogueDefinition<P> = {
    ...inherited,
    id: changes.id,
    revision: changes.revision ?? base.revision,
    title: changes.title ?? base.title,
    years: changes.years ?? base.years,
    provenance: [
      ...base.provenance,
      {
        id: `Diturunkan dari katalog ${base.id} revisi ${base.revision}.`,
        en: `Derived from catalogue ${base.id} revision ${base.revision}.`,
      },
      ...(changes.provenance ?? []),
    ],
    groups: top.map(toDefinition) as GroupDefinition[],
    ...(declared !== undefined || total !== undefined ? { totalWeight: formatExactDecimal(total ?? sum) } : {}),
    base: { id: base.id, revision: base.revision, checksum: base.checksum },
  };
  return safeCompileCatalogue(definition);
}

/**
 * Derives a new catalogue from an existing one: an OPD evaluation that keeps only the indicators
 * a department is responsible for, or a province that re-weights. Remaining indicators keep their
 * base weights unless re-weighted; groups left empty are dropped; group weights and the total are
 * the sums of what remains (unless given). The derived catalogue records its base (id, revision,
 * checksum) and is compiled and frozen like any other. Throws a {@link SpbeError} on bad changes.
 *
 * @example
 * ```ts
 * import { deriveCatalogue, score } from 'spbe-index';
 * import { permenpanrb592020 } from 'spbe-index/catalogues/permenpanrb-59-2020';
 *
 * const bappeda = deriveCatalogue(permenpanrb592020, {
 *   id: 'kota-contoh-bappeda-2025',
 *   title: { id: 'Evaluasi internal Bappeda', en: 'Internal evaluation: planning agency' },
 *   include: ['A2', '32', '33'],
 * });
 * bappeda.base?.id; // "permenpanrb-59-2020"
 * score(bappeda, { levels: { '11': 3, '12': 4, '13': 3, '14': 2, '32': 3, '33': 4 } }).index.value;
 * ```
 * @category Catalogue
 */
export function deriveCatalogue<P extends string>(base: Catalogue<P>, changes: CatalogueChanges): Catalogue<P> {
  const outcome = safeDeriveCatalogue(base, changes);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}

