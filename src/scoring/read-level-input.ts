import { formatExactDecimal } from '../arithmetic/decimal-string.js';
import type { Indicator } from '../model/catalogue.js';
import type { Issue, PathSegment } from '../model/issue.js';
import { criteriaLevel } from './level-from-criteria.js';
import { levelFromMeasure, readMeasuredValue } from './level-from-measure.js';
import * as levelInputIssues from './level-input-issues.js';
import * as assessmentIssues from './assessment-issues.js';

/**
 * The object forms of an indicator's input, off the hot path of plain numbers:
 * `{ criteria: [...] }` (level from the checklist) and `{ value }` (level from measure bands).
 * Returns the level, or undefined after pushing issues.
 */
export function readLevelObject(
  indicator: Indicator,
  raw: object,
  issues: Issue[],
  warnings: Issue[],
  key: string = indicator.id,
): number | undefined {
  const { id } = indicator;
  const path: PathSegment[] = ['levels', key];
  const keys = Object.keys(raw);
  const record = raw as Record<string, unknown>;
  if (Array.isArray(raw) || keys.length !== 1 || (keys[0] !== 'criteria' && keys[0] !== 'value')) {
    return void issues.push(levelInputIssues.inputInvalid(path, id, raw));
  }
  if (keys[0] === 'criteria') return readCriteria(indicator, record.criteria, [...path, 'criteria'], issues, warnings);
  const at = [...path, 'value'];
  if (indicator.measure === null) return void issues.push(levelInputIssues.noMeasure(at, id));
  const value = readMeasuredValue(record.value);
  if (value === undefined) return void issues.push(levelInputIssues.valueInvalid(at, id, record.value));
  const level = levelFromMeasure(indicator.measure, value);
  if (level === undefined) return void issues.push(levelInputIssues.valueOutOfRange(at, id, record.value, indicator.measure));
  // Say which levels came from another index, and from what value: a reader must see the conversion.
  const measured = indicator.measure.name ?? { id: 'nilai ukuran', en: 'measured value' };
  warnings.push(assessmentIssues.converted(key, id, measured, formatExactDecimal(value), level));
  return level;
}

/** Checks a list of met criterion ids against the indicator's checklist and derives the level. */
export function readCriteria(
  indicator: Indicator,
  raw: unknown,
  path: readonly PathSegment[],
  issues: Issue[],
  warnings: Issue[],
): number | undefined {
  const { id } = indicator;
  if (indicator.criteria === null) return void issues.push(levelInputIssues.noCriteria(path, id));
  if (!Array.isArray(raw)) return void issues.push(levelInputIssues.criteriaInvalid(path, id, raw));
  const known = new Set(indicator.criteria.flatMap((entry) => entry.criteria.map((criterion) => criterion.id)));
  const met = new Set<string>();
  let ok = true;
  raw.forEach((entry: unknown, i) => {
    if (typeof entry !== 'string') {
      ok = false;
      issues.push(levelInputIssues.criteriaInvalid([...path, i], id, entry));
    } else if (!known.has(entry)) {
      ok = false;
      issues.push(levelInputIssues.unknownCriterion([...path, i], id, entry));
    } else {
      met.add(entry);
    }
  });
  if (!ok) return undefined;
  const derived = criteriaLevel(indicator.criteria, met);
  for (const found of derived.inconsistencies) warnings.push(levelInputIssues.inconsistent(path, id, found));
  return derived.level;
}
