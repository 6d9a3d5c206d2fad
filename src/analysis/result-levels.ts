import { parseFraction, rational, type Rational } from '../arithmetic/rational.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Issue, PathSegment } from '../model/issue.js';
import type { IndicatorStatus, ScoreResult } from '../model/result.js';
import { analysisIssue, catalogueMismatch } from './analysis-issues.js';
import { checkResult } from './check-result.js';

/**
 * Reads the levels back out of a result, by catalogue position, after checking that the result
 * belongs to the catalogue. Results may come from files, so nothing is assumed about their shape.
 */
export interface ResultLevels {
  /** The level that entered the score per catalogue position, or null. */
  readonly levels: readonly (Rational | null)[];
  readonly statuses: readonly IndicatorStatus[];
}

const STATUSES: ReadonlySet<string> = new Set(['assessed', 'missing', 'not-applicable', 'not-applicable-minimum']);

function invalid(path: readonly PathSegment[], id: string, en: string, received?: unknown): Issue {
  return analysisIssue('analysis.result_invalid', path, id, en, received === undefined ? {} : { received });
}

function readLevel(level: unknown): Rational | null | undefined {
  if (level === null) return null;
  if (typeof level === 'number') return Number.isSafeInteger(level) ? rational(level) : undefined;
  if (typeof level === 'string') return parseFraction(level);
  return undefined;
}

export function readResultLevels(
  result: ScoreResult,
  catalogue: Catalogue,
  issues: Issue[],
  path: readonly PathSegment[] = [],
): ResultLevels | undefined {
  const problems = checkResult(result, [...path]);
  if (problems.length > 0) {
    issues.push(...problems);
    return undefined;
  }
  const raw = result as unknown as { meta?: { catalogue?: { id?: unknown; checksum?: unknown } }; indicators?: unknown };
  // Stryker disable next-line OptionalChaining: checkResult has already passed, so the result and its meta are objects
  const meta = raw?.meta?.catalogue;
  // Stryker disable next-line LogicalOperator,BlockStatement: checkResult has already passed, so meta.catalogue.checksum is a string and indicators a list: every operand is false
  if (!meta || typeof meta.checksum !== 'string' || !Array.isArray(raw.indicators)) {
    // Stryker disable next-line StringLiteral: unreachable after checkResult (see the condition above)
    issues.push(invalid(path, 'Hasil penilaian tidak lengkap atau rusak.', 'The score result is incomplete or malformed.'));
    return undefined;
  }
  if (meta.checksum !== catalogue.checksum) {
    issues.push(catalogueMismatch([...path, 'meta', 'catalogue'], { id: String(meta.id), checksum: meta.checksum }, catalogue));
    return undefined;
  }
  // Stryker disable next-line ArrayDeclaration: levels are returned only when every position was seen, so every slot is set
  const levels = new Array<Rational | null>(catalogue.indicators.length).fill(null);
  // Stryker disable next-line ArrayDeclaration,StringLiteral: statuses are returned only when every position was seen, so every slot is set
  const statuses = new Array<IndicatorStatus>(catalogue.indicators.length).fill('missing');
  const seen = new Array<boolean>(catalogue.indicators.length).fill(false);
  const before = issues.length;
  (raw.indicators as unknown[]).forEach((entry, k) => {
    const item = entry as { id?: unknown; level?: unknown; status?: unknown } | null;
    // Stryker disable next-line OptionalChaining: checkResult has already passed, so every entry is an object
    const position = typeof item?.id === 'string' ? catalogue.lookup.indicators[item.id] : undefined;
    if (item === null || position === undefined || typeof item.status !== 'string' || !STATUSES.has(item.status)) {
      issues.push(invalid([...path, 'indicators', k], `Indikator ke-${k + 1} dalam hasil tidak dikenali.`, `Indicator entry ${k + 1} of the result is not recognised.`));
      return;
    }
    const level = readLevel(item.level);
    const status = item.status as IndicatorStatus;
    const entered = status === 'assessed' || status === 'not-applicable-minimum';
    if (level === undefined || (level === null) === entered) {
      issues.push(invalid([...path, 'indicators', k, 'level'], `Tingkat indikator ${String(item.id)} dalam hasil tidak sah.`, `The level of indicator ${String(item.id)} in the result is not valid.`, item.level));
      return;
    }
    levels[position] = level;
    statuses[position] = status;
    seen[position] = true;
  });
  const entriesValid = issues.length === before;
  seen.forEach((present, position) => {
    if (!present && entriesValid) {
      // Stryker disable next-line OptionalChaining: position ranges over the catalogue's indicators, so the entry exists
      const id = catalogue.indicators[position]?.id ?? String(position);
      issues.push(invalid([...path, 'indicators'], `Indikator ${id} tidak ada dalam hasil.`, `Indicator ${id} is not in the result.`));
    }
  });
  return issues.length === before ? { levels, statuses } : undefined;
}
