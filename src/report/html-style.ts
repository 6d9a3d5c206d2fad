/** The rules both HTML reports (a result's, a city's) share: colours, type, tables, the index card. */
export const BASE_CSS = `
:root { --ink: #1d2733; --muted: #5b6776; --line: #d5dbe3; --accent: #1f5fa8; --good: #2e7d4f; --weak: #b4532a; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
h1 { font-size: 22px; margin: 0; }
.subject { color: var(--muted); margin: 2px 0 0; font-size: 14px; }
.index-card { border: 2px solid var(--accent); border-radius: 8px; padding: 10px 18px; text-align: center; min-width: 150px; }
.index-value { font-size: 40px; font-weight: 700; line-height: 1.1; }
.index-predicate { font-size: 16px; font-weight: 600; color: var(--accent); }
.meta { color: var(--muted); font-size: 12px; }
.notice { border-left: 4px solid var(--weak); padding: 6px 10px; background: #fbf1ec; }
figure { margin: 0; }
.chart { max-width: 100%; height: auto; font-size: 11px; }
.chart .grid { stroke: var(--line); }
.chart .target { fill: none; stroke: var(--weak); stroke-width: 1.5; stroke-dasharray: 5 4; }
table { border-collapse: collapse; width: 100%; font-size: 11.5px; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eef2f7; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
footer { margin-top: 18px; color: var(--muted); font-size: 10.5px; border-top: 1px solid var(--line); padding-top: 6px; word-break: break-all; }
`;

/** The report's stylesheet: inline, print-friendly on A4, no web fonts (nothing to fetch). */
// A pure call, not a template with `${BASE_CSS}`: a bundler keeps a template it cannot prove free of side effects.
export const REPORT_CSS = /* @__PURE__ */ [BASE_CSS, `
@page { size: A4; margin: 12mm; }
main { max-width: 186mm; margin: 0 auto; padding: 16px 12px 24px; }
header { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 3px solid var(--accent); padding-bottom: 8px; }
h2 { font-size: 15px; margin: 20px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 3px; }
.summary { display: flex; gap: 18px; align-items: center; margin-top: 14px; }
.meta dt { float: left; clear: left; width: 120px; }
.meta dd { margin: 0 0 2px 124px; word-break: break-all; }
.charts { display: flex; flex-wrap: wrap; gap: 10px; justify-content: space-between; align-items: flex-start; margin-top: 12px; }
figcaption { font-weight: 600; font-size: 13px; margin-bottom: 4px; }
.chart .ring { fill: none; stroke: var(--line); }
.chart .axis, .chart .value { fill: rgba(31, 95, 168, 0.28); stroke: var(--accent); stroke-width: 2; }
.chart .dot { fill: var(--accent); }
.chart .label .axis-id, .chart .bar-id { font-weight: 700; }
.chart .bar.meets { fill: var(--good); }
.chart .bar.below { fill: var(--weak); }
.chart .tick, .chart .target-label { fill: var(--muted); }
td:last-child { white-space: nowrap; }
tr.below-target td.level { color: var(--weak); font-weight: 700; }
tr.group-row td { background: #f6f8fb; font-weight: 600; }
.delta-up { color: var(--good); }
.delta-down { color: var(--weak); }
@media print {
  main { padding: 0; max-width: none; }
  h2 { break-after: avoid; }
  tr, figure, .summary { break-inside: avoid; }
  th { background: #eef2f7 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .chart .bar, .chart .value { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`].join('');
