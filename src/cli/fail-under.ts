import { compare, parseFraction } from '../arithmetic/rational.js';
import { parseDecimal } from '../arithmetic/decimal-string.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Language } from '../model/localized.js';
import type { ScoreResult } from '../model/result.js';
import { formatDecimal } from '../report/number-format.js';
import { UsageError } from './errors.js';
import type { Flag } from './options.js';

export const FAIL_UNDER_FLAG: Flag = {
  type: 'string',
  value: { id: '<indeks|predikat>', en: '<index|predikat>' },
  help: {
    id: 'kode keluar 4 bila indeks eksak di bawah angka ini (3.5) atau predikat di bawah id ini (baik)',
    en: 'exit code 4 when the exact index is below this number (3.5) or the predikat below this id (baik)',
  },
};

/**
 * Whether a result falls below the `--fail-under` bar: a number is compared with the exact index
 * (not its rounded display), a predikat id with the result's predikat by band order. Returns the
 * line to print when it does, undefined when the result clears the bar.
 */
export function failUnder(catalogue: Catalogue, result: ScoreResult, bar: string, lang: Language): string | undefined {
  const number = parseDecimal(bar.replace(',', '.'));
  if (number !== undefined) {
    const exact = parseFraction(result.index.exact);
    if (exact === undefined || compare(exact, number) >= 0) return undefined;
    const shown = formatDecimal(result.index.value, lang);
    const wanted = formatDecimal(bar.replace(',', '.'), lang);
    return lang === 'id'
      ? `Indeks ${shown} (eksak ${result.index.exact}) di bawah --fail-under ${wanted}.`
      : `The index ${shown} (exactly ${result.index.exact}) is below --fail-under ${wanted}.`;
  }
  const rank = (id: string): number => catalogue.predicates.findIndex((band) => band.id === id);
  const wanted = rank(bar);
  if (wanted === -1) {
    const ids = catalogue.predicates.map((band) => band.id).join(', ');
    throw new UsageError({
      id: `--fail-under "${bar}" bukan angka maupun id predikat katalog ini (${ids}).`,
      en: `--fail-under "${bar}" is neither a number nor a predikat id of this catalogue (${ids}).`,
    });
  }
  // Bands are ordered by their lower bound; compare bounds so that the band order is not assumed.
  const got = catalogue.predicates[rank(result.index.predicate.id)];
  const need = catalogue.predicates[wanted];
  if (got === undefined || need === undefined || BigInt(got.lower.num) * BigInt(need.lower.den) >= BigInt(need.lower.num) * BigInt(got.lower.den)) return undefined;
  return lang === 'id'
    ? `Predikat ${got.label.id} di bawah --fail-under ${need.label.id}.`
    : `The predikat ${got.label.en} is below --fail-under ${need.label.en}.`;
}
