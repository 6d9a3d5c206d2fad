import type {
  CriterionDefinition,
  IndicatorDefinition,
  LevelCriteriaDefinition,
  ScaleDefinition,
} from '../model/catalogue.js';
import type { Issue, PathSegment } from '../model/issue.js';
import { catalogueIssue } from './catalogue-issues.js';

/**
 * Checks criteria checklists: a scale's general criteria per level, or an indicator's own. Under the
 * cumulative rule every level above the minimum needs at least one criterion, or a level could
 * be skipped without meeting anything; the minimum may have none (it holds with nothing met).
 */

function duplicateCriteria(
  lists: readonly { criteria: readonly CriterionDefinition[]; path: readonly PathSegment[] }[],
  owner: { id: string; en: string },
  issues: Issue[],
): void {
  const seen = new Set<string>();
  for (const { criteria, path } of lists) {
    criteria.forEach((criterion, i) => {
      if (seen.has(criterion.id)) {
        issues.push(
          catalogueIssue(
            'catalogue.duplicate_id',
            [...path, i, 'id'],
            `Id kriteria "${criterion.id}" dipakai lebih dari sekali pada ${owner.id}.`,
            `The criterion id "${criterion.id}" is used more than once in ${owner.en}.`,
            { received: criterion.id },
          ),
        );
      }
      seen.add(criterion.id);
    });
  }
}

function missingLevel(path: readonly PathSegment[], owner: { id: string; en: string }, level: number): Issue {
  return catalogueIssue(
    'catalogue.criteria_invalid',
    path,
    `Kriteria ${owner.id} harus mencantumkan setidaknya satu kriteria untuk tingkat ${level}.`,
    `The criteria of ${owner.en} must list at least one criterion for level ${level}.`,
    { expected: `criteria for level ${level}` },
  );
}

/** Checks a scale's general criteria, when it has any. */
export function checkScaleCriteria(scale: ScaleDefinition, path: readonly PathSegment[], issues: Issue[]): void {
  if (!scale.levels.some((level) => (level.criteria?.length ?? 0) > 0)) return;
  const owner = `skala "${scale.id}"`;
  const ownerEn = `scale "${scale.id}"`;
  scale.levels.forEach((level, i) => {
    if (level.level > scale.min && (level.criteria?.length ?? 0) === 0) {
      issues.push(missingLevel([...path, 'levels', i, 'criteria'], { id: owner, en: ownerEn }, level.level));
    }
  });
  duplicateCriteria(
    scale.levels.map((level, i) => ({ criteria: level.criteria ?? [], path: [...path, 'levels', i, 'criteria'] })),
    { id: owner, en: ownerEn },
    issues,
  );
}

/** Checks an indicator's own criteria against its scale (an unknown scale is reported elsewhere). */
export function checkIndicatorCriteria(
  indicator: IndicatorDefinition,
  scale: ScaleDefinition | undefined,
  path: readonly PathSegment[],
  issues: Issue[],
): void {
  const own = indicator.criteria;
  if (own === undefined || scale === undefined) return;
  const owner = `indikator "${indicator.id}"`;
  const ownerEn = `indicator "${indicator.id}"`;
  const byLevel = new Map<number, LevelCriteriaDefinition>();
  own.forEach((entry, i) => {
    if (!Number.isInteger(entry.level) || entry.level < scale.min || entry.level > scale.max || byLevel.has(entry.level)) {
      issues.push(
        catalogueIssue(
          'catalogue.criteria_invalid',
          [...path, 'criteria', i, 'level'],
          `Tingkat ${entry.level} pada kriteria ${owner} berulang atau di luar skala ${scale.min}–${scale.max}.`,
          `Level ${entry.level} in the criteria of ${ownerEn} is repeated or outside the scale ${scale.min}–${scale.max}.`,
          { expected: `${scale.min}..${scale.max}`, received: entry.level },
        ),
      );
      return;
    }
    byLevel.set(entry.level, entry);
  });
  for (let level = scale.min + 1; level <= scale.max; level++) {
    if ((byLevel.get(level)?.criteria.length ?? 0) === 0) {
      issues.push(missingLevel([...path, 'criteria'], { id: owner, en: ownerEn }, level));
    }
  }
  duplicateCriteria(
    own.map((entry, i) => ({ criteria: entry.criteria, path: [...path, 'criteria', i, 'criteria'] })),
    { id: owner, en: ownerEn },
    issues,
  );
}
