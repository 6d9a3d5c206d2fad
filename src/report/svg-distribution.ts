import { coord, toDrawingNumber } from './chart-geometry.js';
import { escapeHtml } from './html-escape.js';

export interface DistributionScale {
  readonly max: number;
  readonly title: string;
  /** Exact quartiles and extremes of the unit indexes. */
  readonly min: string;
  readonly q1: string;
  readonly median: string;
  readonly q3: string;
  readonly maxValue: string;
  /** The index target (a decimal string), drawn as a dashed line. */
  readonly target: string;
  readonly targetShown: string;
}

export interface DistributionDot {
  readonly unit: string;
  readonly exact: string;
  readonly shown: string;
}

/**
 * The distribution of the unit indexes as inline SVG: a box from the first to the third
 * quartile with the median, whiskers to the extremes, one dot per unit (its name and value in a
 * tooltip) and the index target as a dashed line.
 */
export function distributionChart(dots: readonly DistributionDot[], scale: DistributionScale): string {
  const width = 560;
  const left = 20;
  const right = 20;
  const top = 22;
  const rows = 4;
  const height = top + 40 + rows * 8 + 24;
  const plot = width - left - right;
  const x = (exact: string): number => left + (plot * Math.max(0, Math.min(toDrawingNumber(exact) ?? 0, scale.max))) / scale.max;
  const parts: string[] = [];
  for (let level = 0; level <= scale.max; level++) {
    const at = coord(left + (plot * level) / scale.max);
    parts.push(`<line class="grid" x1="${at}" y1="${top - 6}" x2="${at}" y2="${height - 20}"/>`);
    parts.push(`<text class="tick" x="${at}" y="${height - 6}" text-anchor="middle">${level}</text>`);
  }
  const mid = top + 20;
  parts.push(`<line class="whisker" x1="${coord(x(scale.min))}" y1="${mid}" x2="${coord(x(scale.maxValue))}" y2="${mid}"/>`);
  parts.push(`<rect class="box" x="${coord(x(scale.q1))}" y="${mid - 12}" width="${coord(x(scale.q3) - x(scale.q1))}" height="24"/>`);
  parts.push(`<line class="median" x1="${coord(x(scale.median))}" y1="${mid - 12}" x2="${coord(x(scale.median))}" y2="${mid + 12}"/>`);
  dots.forEach((dot, k) => {
    parts.push(
      `<circle class="unit-dot" cx="${coord(x(dot.exact))}" cy="${mid + 22 + (k % rows) * 8}" r="3"><title>${escapeHtml(`${dot.unit}: ${dot.shown}`)}</title></circle>`,
    );
  });
  parts.push(`<line class="target" x1="${coord(x(scale.target))}" y1="${top - 10}" x2="${coord(x(scale.target))}" y2="${height - 20}"/>`);
  parts.push(`<text class="target-label" x="${coord(x(scale.target))}" y="${top - 12}" text-anchor="middle">${escapeHtml(scale.targetShown)}</text>`);
  return `<svg class="chart distribution" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(scale.title)}</title>${parts.join('')}</svg>`;
}
