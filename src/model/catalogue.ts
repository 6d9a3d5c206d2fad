import type { Localized } from './localized.js';

/*
 * Two forms of a catalogue:
 * - `CatalogueDefinition`: plain data as authored (JSON-friendly, weights as decimal strings);
 * - `Catalogue`: the validated, compiled, frozen form every scoring function takes, with weights
 *   as integers on a common scale.
 */

/**
 * One checklist item of a maturity level. Levels are cumulative: level n is reached when every
 * criterion of every level up to n is met.
 * @category Catalogue
 */
export interface CriterionDefinition {
  /** Stable id, unique within the indicator's (or scale's) checklist ("2a", "p3.1"). */
  readonly id: string;
  readonly text: Localized;
}

/** One level of a maturity scale. @category Catalogue */
export interface LevelDefinition {
  readonly level: number;
  readonly name: Localized;
  readonly meaning: Localized;
  /** Other names seen in official documents for this level (e.g. "Terstandarisasi"). */
  readonly aliases?: readonly string[];
  /**
   * General criteria of this level, applying to every indicator on the scale that has no
   * criteria of its own. When any level of a scale has criteria, every level above the
   * minimum must have at least one.
   */
  readonly criteria?: readonly CriterionDefinition[];
}

/** The criteria of one level of one indicator (overriding its scale's). @category Catalogue */
export interface LevelCriteriaDefinition {
  readonly level: number;
  readonly criteria: readonly CriterionDefinition[];
}

/**
 * A band of a measured value: values `v` with `min <= v < max` (the last band also includes its
 * `max`) map to `level`. Bounds are decimal strings.
 * @category Catalogue
 */
export interface MeasureBandDefinition {
  readonly min: string;
  readonly max: string;
  readonly level: number;
}

/**
 * A measured value that bands map to a level, such as a user-satisfaction survey value in
 * [-4, 4] banded to levels 1–5. Bands are listed lowest first and cover `min..max` exactly.
 * @category Catalogue
 */
export interface MeasureDefinition {
  readonly min: string;
  readonly max: string;
  readonly bands: readonly MeasureBandDefinition[];
  /** What is measured, for reports ("Indeks kepuasan pengguna"). */
  readonly name?: Localized;
}

/** A maturity level scale (e.g. process capability 1–5). @category Catalogue */
export interface ScaleDefinition {
  readonly id: string;
  readonly name: Localized;
  readonly min: number;
  readonly max: number;
  /**
   * Which values an assessment may give on this scale: `"whole"` (the default) takes only the
   * levels `min..max`; `"fractional"` takes any exact value in `[min, max]` ("7/6", "1.26"), for
   * instruments whose indicator values aggregate several questions (PermenPANRB 8/2026).
   */
  readonly values?: ScaleValues;
  /** One entry per level from `min` to `max`, in order. */
  readonly levels: readonly LevelDefinition[];
}

/** Whether a scale takes whole levels only or any exact value in its range. @category Catalogue */
export type ScaleValues = 'whole' | 'fractional';

/**
 * A predikat band: values `v` with `min <= v < max` (the top band also includes its `max`).
 * Bounds are decimal strings.
 * @category Catalogue
 */
export interface PredicateDefinition<P extends string = string> {
  readonly id: P;
  readonly label: Localized;
  readonly min: string;
  readonly max: string;
  /** The maturity name the instrument gives this band (8/2026: "Berkembang" / "Developing"). */
  readonly maturity?: Localized;
}

/** A leaf of the catalogue tree: one assessed indicator. @category Catalogue */
export interface IndicatorDefinition {
  /** Stable id used in assessments ("1".."47", "35.1"). */
  readonly id: string;
  /** The indicator's number as printed in the regulation. */
  readonly number: number;
  readonly name: Localized;
  /** Other names seen in official reports; matched when importing spreadsheets. */
  readonly aliases?: readonly string[];
  /**
   * Other codes users write for this indicator ("I5", "3.1"). Accepted wherever a user names an
   * indicator (assessments, CSV, plan costs, CLI options); results always use `id`.
   */
  readonly codes?: readonly string[];
  /** Id of the scale in `scales`. */
  readonly scale: string;
  /**
   * Weight as a decimal string ("1.30") or an exact fraction ("10/3"); omitted when the parent
   * group's weight is shared equally.
   */
  readonly weight?: string;
  /** Whether an assessment may mark this indicator not applicable ("na"). */
  readonly notApplicable?: boolean;
  /**
   * The indicator's own criteria per level, replacing its scale's general criteria. Levels
   * above the scale minimum must each be listed with at least one criterion.
   */
  readonly criteria?: readonly LevelCriteriaDefinition[];
  /** A measured value that bands map to a level (assessments then give `{ value }`). */
  readonly measure?: MeasureDefinition;
}

/**
 * An inner node of the catalogue tree (a domain, an aspect, ...). It holds either sub-groups or
 * indicators. Its weight, when given, must equal the sum of its children's weights; children
 * without a weight share what remains equally.
 * @category Catalogue
 */
export interface GroupDefinition {
  readonly id: string;
  /** Id of the tier in `tiers` ("domain", "aspect"). */
  readonly tier: string;
  readonly name: Localized;
  readonly weight?: string;
  readonly groups?: readonly GroupDefinition[];
  readonly indicators?: readonly IndicatorDefinition[];
}

/** A level of the tree ("domain", "aspect"), top first. @category Catalogue */
export interface TierDefinition {
  readonly id: string;
  readonly label: Localized;
  /** Plural label, for headings ("Domain", "Aspek"). */
  readonly plural: Localized;
}

/** Official targets a report compares against. @category Catalogue */
export interface TargetsDefinition {
  /** Target for the index and each group, as a decimal string ("2.6"). */
  readonly index: string;
  /** Target level for each indicator. */
  readonly level: number;
}

/** Where a derived catalogue comes from. @category Catalogue */
export interface CatalogueBase {
  readonly id: string;
  readonly revision: string;
  readonly checksum: string;
}

/**
 * A catalogue as authored: plain, JSON-serialisable data.
 * @category Catalogue
 */
export interface CatalogueDefinition<P extends string = string> {
  readonly id: string;
  readonly revision: string;
  readonly title: Localized;
  /** Regulations the catalogue rests on. */
  readonly legalBasis: readonly Localized[];
  /** Evaluation years the catalogue applies to. */
  readonly years: readonly number[];
  /** Where facts come from, and which rest on a single source. */
  readonly provenance?: readonly Localized[];
  readonly tiers: readonly TierDefinition[];
  readonly scales: readonly ScaleDefinition[];
  /** Predikat bands, highest first. */
  readonly predicates: readonly PredicateDefinition<P>[];
  /** The declared total weight ("100"); when given, the weights must add up to it. */
  readonly totalWeight?: string;
  readonly targets?: TargetsDefinition;
  readonly groups: readonly GroupDefinition[];
  /** Set on derived catalogues: the catalogue this one was derived from. */
  readonly base?: CatalogueBase;
}

/** A predikat band of a compiled catalogue. @category Catalogue */
export interface Predicate<P extends string = string> {
  readonly id: P;
  readonly label: Localized;
  /** Inclusive lower bound, decimal string. */
  readonly min: string;
  /** Exclusive upper bound (inclusive for the top band), decimal string. */
  readonly max: string;
  /** `min` as a reduced fraction of safe integers, for exact comparisons on the hot path. */
  readonly lower: { readonly num: number; readonly den: number };
  /** The band's maturity name, or null when the instrument names none. */
  readonly maturity: Localized | null;
}

/** A compiled scale. @category Catalogue */
export interface Scale extends ScaleDefinition {}

/** A compiled indicator: its resolved weight and place in the tree. @category Catalogue */
export interface Indicator {
  readonly id: string;
  readonly number: number;
  readonly name: Localized;
  readonly aliases: readonly string[];
  /** Other codes accepted for this indicator in input (never in results). */
  readonly codes: readonly string[];
  readonly scale: Scale;
  /** Resolved weight in the catalogue's own units ("1.3", or "10/3" for an equal share of 20 over 6). */
  readonly weight: string;
  /** Weight as an integer on the catalogue's common scale (`weight × weightScale`). */
  readonly units: number;
  readonly notApplicable: boolean;
  /**
   * The criteria checklist per level, `min..max` in order: the indicator's own, else its
   * scale's; null when neither has criteria.
   */
  readonly criteria: readonly LevelCriteriaDefinition[] | null;
  /** The measured value and its bands, or null for an assessed level. */
  readonly measure: MeasureDefinition | null;
  /** Ids of the groups above this indicator, top first. */
  readonly groupPath: readonly string[];
  /** Position in `Catalogue.indicators`. */
  readonly position: number;
}

/** A compiled group. @category Catalogue */
export interface Group {
  readonly id: string;
  readonly tier: string;
  readonly name: Localized;
  readonly weight: string;
  readonly units: number;
  /** Id of the parent group, or null at the top. */
  readonly parent: string | null;
  /** Depth in the tree, 0 at the top. */
  readonly depth: number;
  /** Ids of the direct children (groups or indicators). */
  readonly children: readonly string[];
  /** Whether the children are groups or indicators. */
  readonly childKind: 'group' | 'indicator';
  /** Indicators in this group's subtree are `indicators[from..to)`. */
  readonly from: number;
  readonly to: number;
}

/**
 * A validated, compiled and frozen catalogue: what `score` and every analysis function take.
 * Build one with `defineCatalogue`, or import a built-in one.
 * @category Catalogue
 */
export interface Catalogue<P extends string = string> {
  readonly id: string;
  readonly revision: string;
  readonly title: Localized;
  readonly legalBasis: readonly Localized[];
  readonly years: readonly number[];
  readonly provenance: readonly Localized[];
  readonly base: CatalogueBase | null;
  /** "sha256:<hex>" over the canonical definition. */
  readonly checksum: string;
  readonly tiers: readonly TierDefinition[];
  readonly scales: readonly Scale[];
  /** Predikat bands, highest first. */
  readonly predicates: readonly Predicate<P>[];
  readonly targets: TargetsDefinition | null;
  /** Every group in tree order (pre-order). */
  readonly groups: readonly Group[];
  /** Every indicator in tree order. */
  readonly indicators: readonly Indicator[];
  /** Sum of all weights in the catalogue's own units ("100"). */
  readonly totalWeight: string;
  /** Sum of all weights on the common integer scale. */
  readonly totalUnits: number;
  /** Integer units per catalogue weight unit (a reduced fraction string). */
  readonly weightScale: string;
  /** Lowest and highest level over all scales: the range of every index. */
  readonly range: { readonly min: number; readonly max: number };
  /** Positions by id (null-prototype objects): `indicators[lookup.indicators[id]]`. */
  readonly lookup: {
    readonly indicators: Readonly<Record<string, number>>;
    readonly groups: Readonly<Record<string, number>>;
    /** Positions by alternative code ("I5", "3.1"), for reading input only. */
    readonly codes: Readonly<Record<string, number>>;
  };
  /** The definition this catalogue was compiled from (frozen). */
  readonly definition: CatalogueDefinition<P>;
}

/** The predikat id union of a catalogue type. @category Catalogue */
export type PredicateId<C> = C extends Catalogue<infer P> ? P : string;
