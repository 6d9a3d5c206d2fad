/**
 * Options every renderer takes.
 *
 * @example
 * ```ts
 * renderTable(catalogue, result, { lang: 'en', detail: true });
 * ```
 * @category Reports
 */
export interface RenderOptions {
  /** Language of labels and number format; default `id`. */
  readonly lang?: 'id' | 'en';
  /** Add one row per indicator to table and Markdown output; default false. */
  readonly detail?: boolean;
}
