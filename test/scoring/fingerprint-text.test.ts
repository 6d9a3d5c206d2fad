import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumText, canonicalJson } from '../../src/catalogue/checksum.js';
import type { IndicatorStatus } from '../../src/model/result.js';
import { fingerprintOf } from '../../src/scoring/fingerprint.js';
import { DEFAULT_SCORE_OPTIONS } from '../../src/scoring/resolve-options.js';

/**
 * The fingerprint text, as specified (format v2): a header, the catalogue checksum, the library
 * version, every option in a fixed order, the metadata as canonical JSON, and one entry per
 * indicator in catalogue order ("na" when not applicable, empty when missing).
 */
function reference(statuses: IndicatorStatus[], levels: (number | string | null)[]): string {
  const o = DEFAULT_SCORE_OPTIONS;
  const entries = statuses.map((status, i) => (status === 'missing' ? '' : status === 'assessed' ? String(levels[i]) : 'na'));
  return checksumText(
    [
      'spbe-index fingerprint v2',
      'sha256:c',
      '1.0.0',
      [o.decimals, o.rounding, o.predicateFrom, o.allowZero, o.missing, o.notApplicable, JSON.stringify(o.allowNotApplicable)].join(' '),
      canonicalJson({}),
      entries.join(','),
    ].join('\n'),
  );
}

describe('fingerprint text', () => {
  it('is the specified text for any levels and statuses', () => {
    const level = fc.oneof(fc.integer({ min: -5, max: 10 }), fc.constantFrom(0.5, '7/3'));
    const status = fc.constantFrom<IndicatorStatus>('assessed', 'missing', 'not-applicable', 'not-applicable-minimum');
    fc.assert(
      fc.property(fc.array(fc.tuple(level, status), { maxLength: 50 }), (rows) => {
        const levels = rows.map((row) => row[0]);
        const statuses = rows.map((row) => row[1]);
        const actual = fingerprintOf({ catalogueChecksum: 'sha256:c', libraryVersion: '1.0.0', options: DEFAULT_SCORE_OPTIONS, metadata: {}, statuses, levels });
        expect(actual).toBe(reference(statuses, levels));
      }),
      { numRuns: 300 },
    );
  });

  it('tells missing, not applicable and assessed apart, and changes with any level or option', () => {
    const base = { catalogueChecksum: 'sha256:c', libraryVersion: '1.0.0', options: DEFAULT_SCORE_OPTIONS, metadata: {} };
    const print = (statuses: IndicatorStatus[], levels: (number | null)[], options = DEFAULT_SCORE_OPTIONS) =>
      fingerprintOf({ ...base, options, statuses, levels });
    const all = [
      print(['assessed', 'assessed'], [3, 4]),
      print(['assessed', 'assessed'], [3, 5]),
      print(['assessed', 'missing'], [3, null]),
      print(['assessed', 'not-applicable'], [3, null]),
      print(['missing', 'assessed'], [null, 3]),
      print(['assessed', 'assessed'], [3, 4], { ...DEFAULT_SCORE_OPTIONS, decimals: 3 }),
      print(['assessed', 'assessed'], [3, 4], { ...DEFAULT_SCORE_OPTIONS, allowNotApplicable: ['2'] }),
    ];
    expect(new Set(all).size).toBe(all.length);
  });
});
