import { parseDecimal } from '../arithmetic/decimal-string.js';
import { compare, type Rational } from '../arithmetic/rational.js';
import type { MeasureDefinition, ScaleDefinition } from '../model/catalogue.js';
import type { Issue, PathSegment } from '../model/issue.js';
import { catalogueIssue } from './catalogue-issues.js';

/**
 * Checks a measured value's bands: decimal bounds, lowest band first, contiguous, covering
 * exactly `min..max`, each mapping to a level of the indicator's scale. Same band rule as the
 * predikat: `min <= v < max`, the last band also including its `max`.
 */
export function checkMeasure(
  measure: MeasureDefinition,
  scale: ScaleDefinition | undefined,
  indicatorId: string,
  path: readonly PathSegment[],
  issues: Issue[],
): void {
  const invalid = (at: readonly PathSegment[], id: string, en: string, received?: unknown): void => {
    issues.push(
      catalogueIssue('catalogue.measure_invalid', at, id, en, received === undefined ? {} : { received }),
    );
  };
  const min = parseDecimal(measure.min);
  const max = parseDecimal(measure.max);
  if (!min || !max || compare(min, max) >= 0) {
    invalid(
      path,
      `Ukuran indikator "${indicatorId}" harus memiliki min < max berupa teks desimal.`,
      `The measure of indicator "${indicatorId}" must have decimal-string bounds with min < max.`,
      `${measure.min}..${measure.max}`,
    );
    return;
  }
  if (measure.bands.length === 0) {
    invalid([...path, 'bands'], `Ukuran indikator "${indicatorId}" tidak memiliki pita.`, `The measure of indicator "${indicatorId}" has no bands.`);
    return;
  }
  const parsed: { min: Rational; max: Rational }[] = [];
  measure.bands.forEach((band, i) => {
    const bandMin = parseDecimal(band.min);
    const bandMax = parseDecimal(band.max);
    if (!bandMin || !bandMax || compare(bandMin, bandMax) >= 0) {
      invalid(
        [...path, 'bands', i],
        `Pita ${i + 1} ukuran indikator "${indicatorId}" harus memiliki min < max berupa teks desimal.`,
        `Band ${i + 1} of the measure of indicator "${indicatorId}" must have decimal-string bounds with min < max.`,
        `${band.min}..${band.max}`,
      );
    } else {
      parsed.push({ min: bandMin, max: bandMax });
    }
    if (scale && (!Number.isInteger(band.level) || band.level < scale.min || band.level > scale.max)) {
      invalid(
        [...path, 'bands', i, 'level'],
        `Pita ${i + 1} ukuran indikator "${indicatorId}" harus menunjuk tingkat ${scale.min}–${scale.max}.`,
        `Band ${i + 1} of the measure of indicator "${indicatorId}" must map to a level ${scale.min}–${scale.max}.`,
        band.level,
      );
    }
  });
  if (parsed.length !== measure.bands.length) return;
  const first = parsed[0]!;
  const last = parsed[parsed.length - 1]!;
  if (compare(first.min, min) !== 0 || compare(last.max, max) !== 0) {
    issues.push(
      catalogueIssue(
        'catalogue.measure_outside_range',
        [...path, 'bands'],
        `Pita ukuran indikator "${indicatorId}" harus mencakup tepat ${measure.min}–${measure.max}, dari yang terendah.`,
        `The bands of the measure of indicator "${indicatorId}" must cover exactly ${measure.min}–${measure.max}, lowest first.`,
        { expected: `${measure.min}..${measure.max}`, received: `${measure.bands[0]!.min}..${measure.bands[parsed.length - 1]!.max}` },
      ),
    );
  }
  for (let k = 0; k + 1 < parsed.length; k++) {
    const order = compare(parsed[k]!.max, parsed[k + 1]!.min);
    if (order === 0) continue;
    const overlap = order === 1;
    issues.push(
      catalogueIssue(
        overlap ? 'catalogue.measure_overlap' : 'catalogue.measure_gap',
        [...path, 'bands', k + 1, 'min'],
        overlap
          ? `Pita ${k + 2} ukuran indikator "${indicatorId}" tumpang tindih dengan pita sebelumnya.`
          : `Ada celah sebelum pita ${k + 2} ukuran indikator "${indicatorId}".`,
        overlap
          ? `Band ${k + 2} of the measure of indicator "${indicatorId}" overlaps the band before it.`
          : `There is a gap before band ${k + 2} of the measure of indicator "${indicatorId}".`,
        { expected: measure.bands[k]!.max, received: measure.bands[k + 1]!.min },
      ),
    );
  }
}
