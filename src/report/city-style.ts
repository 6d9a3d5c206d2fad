import { BASE_CSS } from './html-style.js';

/**
 * The city report's stylesheet (inline, nothing to fetch): the report's own rules plus the heat
 * map's. Printed on landscape A4; the map's columns share the page width (fixed layout), so no
 * cell is cut, and its header row repeats on every printed page.
 */
export const CITY_CSS = /* @__PURE__ */ [BASE_CSS, `
@page { size: A4 landscape; margin: 10mm; }
main { max-width: 1400px; margin: 0 auto; padding: 16px 14px 24px; }
header { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid var(--accent); padding-bottom: 8px; gap: 12px; }
h2 { font-size: 15px; margin: 22px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 3px; }
h3 { font-size: 13px; margin: 14px 0 4px; }
.summary { display: flex; gap: 18px; align-items: center; margin-top: 14px; flex-wrap: wrap; }
.meta dt { float: left; clear: left; width: 150px; }
.meta dd { margin: 0 0 2px 154px; word-break: break-word; }
.note { color: var(--muted); font-size: 12px; margin: 4px 0; }
.columns { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
.columns > div { flex: 1 1 420px; min-width: 0; }
tr.total td { font-weight: 700; border-top: 2px solid var(--line); }
.chart .tick, .chart .target-label, .chart .change-label { fill: var(--muted); }
.chart .box { fill: rgba(31, 95, 168, 0.18); stroke: var(--accent); }
.chart .median, .chart .whisker { stroke: var(--accent); stroke-width: 2; }
.chart .unit-dot { fill: var(--ink); opacity: 0.7; }
.chart .trend-line { fill: none; stroke-width: 2.5; }
.chart .trend-line.series-0 { stroke: var(--accent); }
.chart .trend-line.series-1 { stroke: var(--good); }
.chart .trend-dot.series-0 { fill: var(--accent); }
.chart .trend-dot.series-1 { fill: var(--good); }
.chart .trend-value { font-weight: 600; }
.chart .instrument-change { stroke: var(--weak); stroke-width: 1.5; stroke-dasharray: 4 3; }
.heat-wrap { overflow: auto; max-height: 78vh; border: 1px solid var(--line); }
table.heat { border-collapse: separate; border-spacing: 0; table-layout: fixed; font-size: 10.5px; }
table.heat col.unit-col { width: 190px; }
table.heat th, table.heat td { padding: 2px 1px; border-bottom: 1px solid #fff; border-right: 1px solid #fff; text-align: center; white-space: nowrap; overflow: hidden; }
table.heat thead th { position: sticky; top: 0; z-index: 2; background: #eef2f7; font-weight: 600; }
table.heat tbody th { position: sticky; left: 0; z-index: 1; background: #fff; text-align: left; font-weight: 500; text-overflow: ellipsis; padding-left: 4px; border-right: 1px solid var(--line); }
table.heat thead th.corner { left: 0; z-index: 3; text-align: left; padding-left: 4px; }
table.heat td { font-variant-numeric: tabular-nums; }
table.heat td.aside { opacity: 0.45; background-image: repeating-linear-gradient(135deg, transparent 0 3px, rgba(255, 255, 255, 0.8) 3px 5px); }
table.heat td.missing { background: #fff; color: var(--muted); }
table.heat td.not-applicable { background: #f1f1f1; color: var(--muted); }
table.heat tr.city-row th, table.heat tr.city-row td { border-top: 2px solid var(--ink); font-weight: 700; }
table.heat tr.city-row td { font-size: 0.86em; letter-spacing: -0.02em; }
.heat .b0, .legend .b0 { background: #d7301f; color: #fff; }
.heat .b1, .legend .b1 { background: #fc8d59; color: #1d2733; }
.heat .b2, .legend .b2 { background: #fee08b; color: #1d2733; }
.heat .b3, .legend .b3 { background: #a6d96a; color: #1d2733; }
.heat .b4, .legend .b4 { background: #1a9641; color: #fff; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; margin: 8px 0; font-size: 11.5px; list-style: none; padding: 0; }
.legend .swatch { display: inline-block; min-width: 22px; padding: 1px 4px; margin-right: 4px; text-align: center; border: 1px solid var(--line); font-weight: 600; }
.legend .swatch.aside { opacity: 0.45; }
ol.indicator-names { columns: 3 260px; column-gap: 18px; font-size: 10.5px; margin: 6px 0 0; padding-left: 0; list-style: none; }
ol.indicator-names li { break-inside: avoid; display: grid; grid-template-columns: 26px 1fr; }
section.unit-actions { break-inside: avoid; }
@media print {
  main { padding: 0; max-width: none; }
  h2, h3 { break-after: avoid; }
  tr, figure, .summary { break-inside: avoid; }
  .heat-wrap { overflow: visible; max-height: none; border: 0; }
  table.heat { width: 100% !important; min-width: 0 !important; font-size: 7px; }
  table.heat col.unit-col { width: 34mm; }
  table.heat thead { display: table-header-group; }
  table.heat thead th, table.heat tbody th { position: static; }
  table.heat th, table.heat td { padding: 1px 0; }
  table.heat tbody th { white-space: normal; overflow-wrap: anywhere; padding-left: 2px; }
  th, td, .heat td, .legend .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`].join('');
