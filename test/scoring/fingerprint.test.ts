import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { verifyFingerprint } from '../../src/scoring/fingerprint.js';
import { score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';

describe('result fingerprint', () => {
  const levels = uniformLevels(permenpanrb592020, 3);
  const result = score(permenpanrb592020, { agency: 'Kota Contoh', year: 2024, levels });

  it('is a sha256 that verifies against the result', () => {
    expect(result.meta.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(verifyFingerprint(result)).toBe(true);
  });

  it('is deterministic and independent of key order', () => {
    const reversed = Object.fromEntries(Object.entries(levels).reverse());
    const again = score(permenpanrb592020, { levels: reversed, year: 2024, agency: 'Kota Contoh' });
    expect(again.meta.fingerprint).toBe(result.meta.fingerprint);
  });

  it('changes with a level, the metadata or the options', () => {
    const fingerprints = new Set([
      result.meta.fingerprint,
      score(permenpanrb592020, { agency: 'Kota Contoh', year: 2024, levels: { ...levels, 12: 4 } }).meta.fingerprint,
      score(permenpanrb592020, { agency: 'Kota Lain', year: 2024, levels }).meta.fingerprint,
      score(permenpanrb592020, { agency: 'Kota Contoh', year: 2024, levels }, { rounding: 'halfEven' }).meta.fingerprint,
    ]);
    expect(fingerprints.size).toBe(4);
  });

  it('detects an edited result', () => {
    const edited = { ...result, indicators: result.indicators.map((i) => (i.id === '5' ? { ...i, level: 4 } : i)) };
    expect(verifyFingerprint(edited)).toBe(false);
    expect(verifyFingerprint({ ...result, assessment: { agency: 'Other' } })).toBe(false);
  });

  it('records missing and not-applicable indicators as given', () => {
    const { 7: _seven, ...rest } = levels;
    const partial = score(permenpanrb592020, { levels: { ...rest, 8: 'na' } }, { missing: 'partial', allowNotApplicable: true });
    expect(verifyFingerprint(partial)).toBe(true);
    const minimum = score(permenpanrb592020, { levels: { ...levels, 8: 'na' } }, { notApplicable: 'minimum', allowNotApplicable: true });
    expect(minimum.meta.fingerprint).not.toBe(partial.meta.fingerprint);
  });
});
