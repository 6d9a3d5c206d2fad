import { coord, toDrawingNumber } from './chart-geometry.js';
import { escapeHtml } from './html-escape.js';
import type { TrendPoint } from './city-sections.js';

export interface TrendScale {
  readonly max: number;
  readonly title: string;
  /** The label of the mark where the instrument changes. */
  readonly changeLabel: string;
}

/**
 * The city's index over the years as inline SVG: one line per instrument (catalogue); where the
 * instrument changes the line stops, a dashed rule marks the change, and a new line starts, so
 * values of two instruments are never drawn as one continuous line.
 */
export function trendChart(points: readonly TrendPoint[], scale: TrendScale): string {
  const width = 560;
  const height = 220;
  const left = 36;
  const right = 20;
  const top = 26;
  const bottom = 30;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const step = points.length > 1 ? plotWidth / (points.length - 1) : 0;
  const x = (k: number): number => (points.length > 1 ? left + k * step : left + plotWidth / 2);
  const y = (value: number): number => top + plotHeight - (plotHeight * Math.max(0, Math.min(value, scale.max))) / scale.max;
  const parts: string[] = [];
  for (let level = 0; level <= scale.max; level++) {
    parts.push(`<line class="grid" x1="${left}" y1="${coord(y(level))}" x2="${width - right}" y2="${coord(y(level))}"/>`);
    parts.push(`<text class="tick" x="${left - 6}" y="${coord(y(level))}" text-anchor="end" dominant-baseline="middle">${level}</text>`);
  }
  // Consecutive points of one instrument form one segment.
  const segments: number[][] = [];
  points.forEach((point, k) => {
    if (k === 0 || point.instrumentChanged) segments.push([]);
    (segments[segments.length - 1] as number[]).push(k);
  });
  segments.forEach((segment, s) => {
    const coords = segment.map((k) => `${coord(x(k))},${coord(y(toDrawingNumber(points[k]?.exact ?? null) ?? 0))}`);
    if (segment.length > 1) parts.push(`<polyline class="trend-line series-${s % 2}" points="${coords.join(' ')}"/>`);
    const first = segment[0] as number;
    if (s > 0) {
      const at = (x(first - 1) + x(first)) / 2;
      parts.push(`<line class="instrument-change" x1="${coord(at)}" y1="${top - 14}" x2="${coord(at)}" y2="${height - bottom}"/>`);
      parts.push(`<text class="change-label" x="${coord(at)}" y="${top - 16}" text-anchor="middle">${escapeHtml(scale.changeLabel)}</text>`);
    }
  });
  points.forEach((point, k) => {
    const value = toDrawingNumber(point.exact) ?? 0;
    const series = segments.findIndex((segment) => segment.includes(k)) % 2;
    parts.push(
      `<circle class="trend-dot series-${series}" cx="${coord(x(k))}" cy="${coord(y(value))}" r="4"><title>${escapeHtml(`${point.year} · ${point.catalogue}: ${point.value} (${point.predicate})`)}</title></circle>`,
    );
    parts.push(`<text class="trend-value" x="${coord(x(k))}" y="${coord(y(value) - 9)}" text-anchor="middle">${escapeHtml(point.value)}</text>`);
    parts.push(`<text class="tick" x="${coord(x(k))}" y="${height - bottom + 16}" text-anchor="middle">${escapeHtml(point.year)}</text>`);
  });
  return `<svg class="chart trend" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(scale.title)}</title>${parts.join('')}</svg>`;
}
