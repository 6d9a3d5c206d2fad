import type { Language } from '../index.js';
import { formatDecimal } from '../report.js';

/** A fraction string ("11/400") as a percentage with one decimal, rounded half up exactly ("2,8 %"). */
export function percentOf(fraction: string, lang: Language): string {
  const [numText = '', denText = '1'] = fraction.split('/');
  if (!/^\d+$/u.test(numText) || !/^\d+$/u.test(denText) || denText === '0') return fraction;
  const tenths = (BigInt(numText) * 2000n + BigInt(denText)) / (2n * BigInt(denText));
  return `${formatDecimal(`${tenths / 10n}.${tenths % 10n}`, lang)} %`;
}
