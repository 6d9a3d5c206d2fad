import { Decimal } from 'decimal.js';

/** decimal.js as an independent oracle, on a private clone: the global configuration is never touched. */
export const D = Decimal.clone({ precision: 80 });
export type DecimalValue = InstanceType<typeof D>;

/** The exact fraction string "n/d" as a Decimal. */
export function fromFraction(text: string): DecimalValue {
  const [num, den = '1'] = text.split('/');
  return new D(num as string).div(den);
}

/** A value as the library displays it by default: two decimals, half up ("3.50"). */
export function displayHalfUp(value: DecimalValue): string {
  return value.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);
}

export const ORACLE_ROUNDING = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
} as const;
