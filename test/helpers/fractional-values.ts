import fc from 'fast-check';
import { D } from './oracle.js';

/**
 * An exact indicator value in [1, 5] as an assessment may give it: a fraction "n/d" (d up to 12),
 * or, where it terminates, the same value as a decimal string or a JSON number.
 */
export const fractionalValue: fc.Arbitrary<string | number> = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.nat({ max: 4 * 12 }))
  .map(([den, over]) => ({ den, num: den + (over % (4 * den + 1)) }))
  .chain(({ num, den }) =>
    fc.constantFrom<string | number>(`${num}/${den}`, ...(10 % den === 0 || 100 % den === 0 ? [new D(num).div(den).toString(), new D(num).div(den).toNumber()] : [])),
  );
