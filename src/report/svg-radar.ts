import { coord, toDrawingNumber } from './chart-geometry.js';
import { escapeHtml } from './html-escape.js';

export interface RadarPoint {
  /** Short axis label ("A1"). */
  readonly id: string;
  /** Full name, for the tooltip and the accessible description. */
  readonly name: string;
  /** Exact fraction, for the position. */
  readonly exact: string | null;
  /** Display string already formatted for the language ("3,70"). */
  readonly shown: string;
}

export interface RadarScale {
  readonly max: number;
  /** Target value as an exact decimal string ("2.6"), drawn as a dashed ring. */
  readonly target: string | null;
  readonly title: string;
  readonly legend: { readonly value: string; readonly target: string };
}

/**
 * A radar (spider) chart of group values as inline SVG: one axis per group, rings at every whole
 * level, the target as a dashed polygon and the values as a filled polygon. No script, no fonts
 * beyond the page's own.
 */
export function radarChart(points: readonly RadarPoint[], scale: RadarScale): string {
  const size = 296;
  const centre = size / 2;
  const radius = 98;
  const n = Math.max(points.length, 3);
  const angle = (i: number): number => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (i: number, value: number): [number, number] => {
    const r = (radius * Math.max(0, Math.min(value, scale.max))) / scale.max;
    return [centre + r * Math.cos(angle(i)), centre + r * Math.sin(angle(i))];
  };
  const polygon = (values: readonly number[]): string => values.map((v, i) => at(i, v).map(coord).join(',')).join(' ');
  const parts: string[] = [];
  for (let level = 1; level <= scale.max; level++) {
    parts.push(`<polygon class="ring" points="${polygon(points.map(() => level))}"/>`);
  }
  points.forEach((_, i) => {
    const [x, y] = at(i, scale.max);
    parts.push(`<line class="axis" x1="${centre}" y1="${centre}" x2="${coord(x)}" y2="${coord(y)}"/>`);
  });
  const target = toDrawingNumber(scale.target);
  if (target !== null) parts.push(`<polygon class="target" points="${polygon(points.map(() => target))}"/>`);
  parts.push(`<polygon class="value" points="${polygon(points.map((p) => toDrawingNumber(p.exact) ?? 0))}"/>`);
  points.forEach((point, i) => {
    const value = toDrawingNumber(point.exact);
    if (value !== null) {
      const [x, y] = at(i, value);
      parts.push(`<circle class="dot" cx="${coord(x)}" cy="${coord(y)}" r="3"><title>${escapeHtml(`${point.id} ${point.name}: ${point.shown}`)}</title></circle>`);
    }
    const [lx, ly] = at(i, scale.max * 1.16);
    const anchor = Math.abs(lx - centre) < 8 ? 'middle' : lx > centre ? 'start' : 'end';
    parts.push(
      `<text class="label" x="${coord(lx)}" y="${coord(ly)}" text-anchor="${anchor}" dominant-baseline="middle"><tspan class="axis-id">${escapeHtml(point.id)}</tspan> <tspan class="axis-value">${escapeHtml(point.shown)}</tspan></text>`,
    );
  });
  const legendY = size - 8;
  parts.push(
    `<g class="legend"><rect class="value" x="8" y="${legendY - 9}" width="12" height="8"/><text x="24" y="${legendY}">${escapeHtml(scale.legend.value)}</text>` +
      (target === null ? '' : `<line class="target" x1="130" y1="${legendY - 4}" x2="150" y2="${legendY - 4}"/><text x="156" y="${legendY}">${escapeHtml(scale.legend.target)}</text>`) +
      '</g>',
  );
  return `<svg class="chart radar" role="img" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(scale.title)}</title>${parts.join('')}</svg>`;
}
