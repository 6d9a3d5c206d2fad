import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumText, canonicalJson } from '../../src/catalogue/checksum.js';
import type { IndicatorStatus } from '../../src/model/result.js';
import { fingerprintOf } from '../../src/scoring/fingerprint.js';
import { DEFAULT_SCORE_OPTIONS } from '../../src/scoring/resolve-options.js';

/** The fingerprint as first specified: JSON.stringify of every id and level. The fast path must match it. */
function reference(ids: string[], statuses: IndicatorStatus[], levels: (number | string | null)[]): string {
  let text = '';
  ids.forEach((id, i) => {
    if (statuses[i] === 'missing') return;
    text += `${JSON.stringify(id)}=${statuses[i] === 'assessed' ? JSON.stringify(levels[i]) : '"na"'};`;
  });
  return checksumText(['spbe-index fingerprint v1', 'sha256:c', '1.0.0', canonicalJson(DEFAULT_SCORE_OPTIONS), canonicalJson({}), text].join('\n'));
}

describe('fingerprint text', () => {
  it('is the JSON text of every id and level, whatever the ids and levels look like', () => {
    const id = fc.oneof(fc.constantFrom('1', '35.1', 'A-1', 'x_y', 'a"b', 'é', '\\', ' 1', ''), fc.string());
    const level = fc.oneof(fc.integer({ min: -5, max: 10 }), fc.constantFrom(-0, 0.5, '7/3', Number.NaN, Number.POSITIVE_INFINITY, null));
    const status = fc.constantFrom<IndicatorStatus>('assessed', 'missing', 'not-applicable', 'not-applicable-minimum');
    fc.assert(
      fc.property(fc.array(fc.tuple(id, level, status), { maxLength: 20 }), (rows) => {
        const ids = rows.map((row) => row[0]);
        const levels = rows.map((row) => row[1]);
        const statuses = rows.map((row) => row[2]);
        const actual = fingerprintOf({ catalogueChecksum: 'sha256:c', libraryVersion: '1.0.0', options: DEFAULT_SCORE_OPTIONS, metadata: {}, ids, statuses, levels });
        expect(actual).toBe(reference(ids, statuses, levels));
      }),
      { numRuns: 300 },
    );
  });
});
