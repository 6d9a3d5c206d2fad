import { bigLcm, rational, type Rational } from './rational.js';

/**
 * Plain decimal strings as catalogues and targets write them: "1.30", "16.5", "100", "-0.25".
 * No exponent, no leading "+", no thousands separators: anything else is an input error,
 * never a guess.
 */
const DECIMAL_PATTERN = /^(-)?(0|[1-9]\d*)(?:\.(\d+))?$/;

/** Parses a decimal string exactly; undefined when it is not one. */
export function parseDecimal(text: string): Rational | undefined {
  if (text.length > 64) return undefined;
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return undefined;
  const fraction = match[3] ?? '';
  const digits = BigInt((match[2] as string) + fraction);
  const scale = 10n ** BigInt(fraction.length);
  return rational(match[1] ? -digits : digits, scale);
}

/**
 * Formats a rational as a terminating decimal with the fewest digits ("1.3", "16.5", "100"),
 * or as the fraction "n/d" when it does not terminate (20/6 becomes "10/3").
 */
export function formatExactDecimal(value: Rational): string {
  let den = value.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  if (den !== 1n) return `${value.num}/${value.den}`;
  const digits = Math.max(twos, fives);
  const scaled = (value.num * 10n ** BigInt(digits)) / value.den;
  return placeDecimalPoint((scaled < 0n ? -scaled : scaled).toString(), digits, scaled < 0n);
}

/** `digits` (a non-negative integer's) with the point `decimals` places from the right: "5", 2 → "0.05". */
export function placeDecimalPoint(digits: string, decimals: number, negative: boolean): string {
  const padded = digits.padStart(decimals + 1, '0');
  const whole = padded.slice(0, padded.length - decimals);
  const fraction = padded.slice(padded.length - decimals);
  const isZero = /^0*$/.test(padded);
  return `${negative && !isZero ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
}

/**
 * A display figure as Indonesian writes it: the decimal point becomes a comma ("68.4" → "68,4",
 * "+0.15" → "+0,15"); a whole number or a fraction ("10/3") is unchanged. The one home of this
 * job for reports, plan issues and assessment warnings.
 */
export function withDecimalComma(figure: string): string {
  return figure.replace('.', ',');
}

/** Least common multiple of the denominators: the factor that makes every value an integer. */
export function commonDenominator(values: readonly Rational[]): bigint {
  return values.reduce((acc, value) => bigLcm(acc, value.den), 1n);
}
