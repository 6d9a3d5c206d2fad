/**
 * Assessments whose exact index is a tie at the third decimal (x.xx5): the official rule rounds
 * them up, binary floats often round them down. Found by a seeded search, plus one constructed
 * to hit the domain reference's example value 4.745 exactly.
 */
import { score, type Catalogue } from 'spbe-index';
import { floatScore, type FloatCatalogue } from './float-baseline.js';
import { mulberry32, randomLevels } from './random.js';

export interface TieCase {
  readonly label: string;
  readonly levels: Record<string, number>;
  readonly exact: string;
  readonly library: string;
  readonly float: string;
  readonly floatRaw: string;
}

function tieCase(catalogue: Catalogue, fc: FloatCatalogue, label: string, levels: Record<string, number>): TieCase {
  const exact = score(catalogue, { levels });
  const float = floatScore(fc, { levels });
  return { label, levels, exact: exact.index.exact, library: exact.index.value, float: float.index.value, floatRaw: float.index.exact };
}

/** Every indicator at 5 except 42–47 and 21–25 at 4: Σ level·units = 9490, index exactly 4.745. */
export function constructed4745(catalogue: Catalogue): Record<string, number> {
  const lower = new Set(['42', '43', '44', '45', '46', '47', '21', '22', '23', '24', '25']);
  return Object.fromEntries(catalogue.indicators.map((indicator) => [indicator.id, lower.has(indicator.id) ? 4 : 5]));
}

/** Up to `count` random tie assessments that the float baseline displays wrongly. */
export function findTieCases(catalogue: Catalogue, fc: FloatCatalogue, count: number, seed = 2024): TieCase[] {
  const random = mulberry32(seed);
  const found: TieCase[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; attempt < 100_000 && found.length < count; attempt++) {
    const levels = randomLevels(catalogue.indicators, random);
    const candidate = tieCase(catalogue, fc, `random #${attempt}`, levels);
    if (candidate.float !== candidate.library && !seen.has(candidate.exact)) {
      seen.add(candidate.exact);
      found.push(candidate);
    }
  }
  return found;
}

export function constructedCase(catalogue: Catalogue, fc: FloatCatalogue): TieCase {
  return tieCase(catalogue, fc, 'constructed 4.745', constructed4745(catalogue));
}
