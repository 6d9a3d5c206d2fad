/**
 * How much one level of each indicator is worth in the index and in every group above it: the
 * kernel's own weight shares (src/scoring/kernel/shares.ts), so analysis never re-derives them.
 */
export { sharesOf, type IndicatorShares } from '../scoring/kernel/shares.js';
