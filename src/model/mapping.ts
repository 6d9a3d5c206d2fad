import type { Localized } from './localized.js';

/**
 * How one target indicator takes its value from source indicators: the mean, minimum or maximum
 * of their exact levels, or no value at all (`unmapped`).
 * @category Restatement
 */
export type MappingRule =
  | { readonly rule: 'mean' | 'min' | 'max'; readonly sources: readonly string[]; readonly rationale?: Localized }
  | { readonly rule: 'unmapped'; readonly rationale?: Localized };

/**
 * A mapping between two catalogues as plain data, such as examples/mappings/59-2020-to-8-2026.json.
 *
 * @example
 * ```json
 * { "from": "permenpanrb-59-2020", "to": "permenpanrb-8-2026", "indicative": true,
 *   "targets": { "1": { "rule": "mean", "sources": ["1", "10", "19"] }, "18": { "rule": "unmapped" } } }
 * ```
 * @category Restatement
 */
export interface CatalogueMapping {
  /** Id of the catalogue the source assessment or result is for. */
  readonly from: string;
  /** Id of the catalogue the restated assessment is for. */
  readonly to: string;
  readonly title?: Localized;
  /**
   * True when the mapping is an estimate rather than an official crosswalk: every output that
   * uses it must say so. No official crosswalk from 59/2020 to 8/2026 is known.
   */
  readonly indicative: boolean;
  readonly note?: Localized;
  /** The rule of each target indicator, by its id (or code). */
  readonly targets: Readonly<Record<string, MappingRule>>;
  readonly $schema?: string;
}
