import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';

const all3 = uniformLevels(catalogue, 3);

/* The result built from the kernel: groups in tree order, contributions, the fingerprint. */

describe('result shape', () => {
  it('lists domains and aspects of the catalogue in order, and every group in tree order', () => {
    const result = score(catalogue, { levels: all3 });
    expect(result.domains.map((group) => group.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(result.aspects.map((group) => group.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    expect(result.groups.map((group) => group.id)).toEqual(['D1', 'A1', 'D2', 'A2', 'A3', 'A4', 'D3', 'A5', 'A6', 'D4', 'A7', 'A8']);
    expect(result.indicators.map((indicator) => indicator.level)).toEqual(Array(47).fill(3));
  });

  it('carries a fingerprint that verifies and changes with any level', async () => {
    const { verifyFingerprint } = await import('../../src/scoring/fingerprint.js');
    const result = score(catalogue, { levels: all3 });
    expect(verifyFingerprint(result)).toBe(true);
    expect(score(catalogue, { levels: all3 }).meta.fingerprint).toBe(result.meta.fingerprint);
    expect(score(catalogue, { levels: { ...all3, '47': 4 } }).meta.fingerprint).not.toBe(result.meta.fingerprint);
  });
});
