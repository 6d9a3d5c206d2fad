import { coord, toDrawingNumber } from './chart-geometry.js';
import { escapeHtml } from './html-escape.js';

export interface Bar {
  readonly id: string;
  readonly name: string;
  readonly exact: string | null;
  /** Display string already formatted for the language. */
  readonly shown: string;
  /** Whether the exact value reaches the target (decided exactly by the caller). */
  readonly meetsTarget: boolean;
}

export interface BarScale {
  readonly max: number;
  /** Target as a decimal string ("2.6") and as shown ("2,6"). */
  readonly target: string | null;
  readonly targetShown: string;
  readonly title: string;
}

/**
 * Horizontal bars of group values (the domains) with a dashed line at the target, as inline
 * SVG. Bars that reach the target and bars that do not differ in colour and in pattern-free
 * text, so the chart also reads in black and white print.
 */
export function barChart(bars: readonly Bar[], scale: BarScale): string {
  const width = 366;
  const left = 44;
  const right = 56;
  const rowHeight = 34;
  const top = 22;
  const plot = width - left - right;
  const height = top + bars.length * rowHeight + 24;
  const x = (value: number): number => left + (plot * Math.max(0, Math.min(value, scale.max))) / scale.max;
  const parts: string[] = [];
  for (let level = 0; level <= scale.max; level++) {
    parts.push(`<line class="grid" x1="${coord(x(level))}" y1="${top - 6}" x2="${coord(x(level))}" y2="${height - 20}"/>`);
    parts.push(`<text class="tick" x="${coord(x(level))}" y="${height - 6}" text-anchor="middle">${level}</text>`);
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    const value = toDrawingNumber(bar.exact);
    const end = value === null ? x(0) : x(value);
    parts.push(`<text class="bar-id" x="${left - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(bar.id)}</text>`);
    parts.push(
      `<rect class="bar ${bar.meetsTarget ? 'meets' : 'below'}" x="${left}" y="${y + 4}" width="${coord(end - left)}" height="20"><title>${escapeHtml(`${bar.id} ${bar.name}: ${bar.shown}`)}</title></rect>`,
    );
    parts.push(`<text class="bar-value" x="${coord(end + 6)}" y="${y + 15}" dominant-baseline="middle">${escapeHtml(bar.shown)}</text>`);
  });
  const target = toDrawingNumber(scale.target);
  if (target !== null) {
    parts.push(`<line class="target" x1="${coord(x(target))}" y1="${top - 10}" x2="${coord(x(target))}" y2="${height - 20}"/>`);
    parts.push(`<text class="target-label" x="${coord(x(target))}" y="${top - 12}" text-anchor="middle">${escapeHtml(scale.targetShown)}</text>`);
  }
  return `<svg class="chart bars" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(scale.title)}</title>${parts.join('')}</svg>`;
}
