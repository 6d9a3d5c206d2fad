/** Issue codes of `safeCatalogueForYear` (spbe-index/catalogues). @category Errors */
export const CATALOGUE_YEAR_ISSUE_CODES = /* @__PURE__ */ Object.freeze(['year.invalid', 'year.before_2018'] as const);

/** An issue code of `safeCatalogueForYear`. @category Errors */
export type CatalogueYearIssueCode = (typeof CATALOGUE_YEAR_ISSUE_CODES)[number];
