import type { Language } from '../index.js';
import type { Frontier } from '../analysis.js';
import { formatDecimal } from '../report.js';
import { svg } from './dom.js';

const WIDTH = 640;
const HEIGHT = 300;
const PAD = { left: 56, right: 16, top: 16, bottom: 44 };

/**
 * The cost–index frontier as an inline SVG step chart: each point is a least cost (x) and the
 * highest index it buys (y). The numbers only place the marks; every label is the library's own
 * display string.
 */
export function frontierChart(frontier: Frontier, lang: Language, labels: { readonly title: string; readonly cost: string; readonly index: string }): SVGElement {
  const points = frontier.points;
  // Pixel positions only: the values shown are the strings the library computed exactly.
  const costs = points.map((point) => Number(point.cost));
  const indexes = points.map((point) => Number(point.index.value));
  const maxCost = Math.max(1, ...costs);
  const low = Math.min(...indexes);
  const high = Math.max(...indexes);
  const span = high - low || 1;
  const x = (cost: number) => PAD.left + (cost / maxCost) * (WIDTH - PAD.left - PAD.right);
  const y = (index: number) => HEIGHT - PAD.bottom - ((index - low) / span) * (HEIGHT - PAD.top - PAD.bottom);
  const steps = points.flatMap((_, i) => {
    const here = `${x(costs[i] as number)},${y(indexes[i] as number)}`;
    const next = costs[i + 1];
    return next === undefined ? [here] : [here, `${x(next)},${y(indexes[i] as number)}`];
  });
  const first = points[0];
  const last = points[points.length - 1];
  return svg(
    'svg',
    { class: 'frontier-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': 'frontier-title frontier-desc' },
    svg('title', { id: 'frontier-title' }, labels.title),
    svg(
      'desc',
      { id: 'frontier-desc' },
      first === undefined || last === undefined ? '' : `${labels.cost} ${formatDecimal(first.cost, lang)} → ${formatDecimal(first.index.value, lang)}; ${labels.cost} ${formatDecimal(last.cost, lang)} → ${formatDecimal(last.index.value, lang)}`,
    ),
    svg('line', { x1: PAD.left, y1: HEIGHT - PAD.bottom, x2: WIDTH - PAD.right, y2: HEIGHT - PAD.bottom, class: 'axis' }),
    svg('line', { x1: PAD.left, y1: PAD.top, x2: PAD.left, y2: HEIGHT - PAD.bottom, class: 'axis' }),
    svg('text', { x: (WIDTH + PAD.left) / 2, y: HEIGHT - 8, 'text-anchor': 'middle', class: 'axis-label' }, labels.cost),
    svg('text', { x: 14, y: HEIGHT / 2, 'text-anchor': 'middle', transform: `rotate(-90 14 ${HEIGHT / 2})`, class: 'axis-label' }, labels.index),
    svg('text', { x: PAD.left - 6, y: y(low) + 4, 'text-anchor': 'end', class: 'tick' }, formatDecimal(first?.index.value, lang)),
    svg('text', { x: PAD.left - 6, y: y(high) + 4, 'text-anchor': 'end', class: 'tick' }, formatDecimal(last?.index.value, lang)),
    svg('text', { x: x(maxCost), y: HEIGHT - PAD.bottom + 16, 'text-anchor': 'end', class: 'tick' }, formatDecimal(last?.cost, lang)),
    svg('polyline', { points: steps.join(' '), class: 'frontier-line', fill: 'none' }),
    ...points.map((point, i) => svg('circle', { cx: x(costs[i] as number), cy: y(indexes[i] as number), r: 4, class: 'frontier-point', 'data-cost': point.cost, 'data-index': point.index.value })),
  );
}
