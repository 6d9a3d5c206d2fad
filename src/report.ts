/**
 * `spbe-index/report`: rendering results for people. Text tables for a terminal, CSV for a
 * spreadsheet, Markdown, a self-contained HTML report with SVG charts, and the texts of
 * comparisons, plans, roll-ups and explanations, in Indonesian or English. Its own entry so
 * that an app that only scores never bundles the labels, the stylesheet and the chart code.
 * @packageDocumentation
 */

export { formatDecimal } from './report/number-format.js';
export { levelShown } from './report/exact-display.js';
export type { RenderOptions } from './report/render-options.js';
export { renderTable } from './report/table.js';
export { renderCsv } from './report/csv-output.js';
export { renderMarkdown } from './report/markdown.js';
export { renderHtml, type HtmlExtras, type HtmlOptions } from './report/html.js';
export { renderComparisonMarkdown, renderComparisonTable } from './report/comparison-text.js';
export { renderPlanMarkdown, renderPlanTable } from './report/plan-text.js';
export { renderRollupTable } from './report/rollup-text.js';
export { renderExplanation, type RenderExplanationOptions } from './report/render-explanation.js';
export { renderCityHtml } from './report/city-html.js';
export { renderCityMarkdown, renderCityTable } from './report/city-text.js';
export type { CityHistoryEntry, CityReportOptions } from './report/city-sections.js';
export { renderEstimateMarkdown, renderEstimateTable, type RestatedEstimate } from './report/estimate-section.js';
export { renderRestatementMarkdown, renderRestatementTable, type RestatementTextOptions } from './report/restatement-text.js';
