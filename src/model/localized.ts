/**
 * A text in both languages the library speaks: Indonesian (`id`, the official one) and English.
 * @category Model
 */
export interface Localized {
  readonly id: string;
  readonly en: string;
}

/** A language the library can write in. @category Model */
export type Language = keyof Localized;

/** The supported languages. @category Model */
export const LANGUAGES: readonly Language[] = /* @__PURE__ */ Object.freeze(['id', 'en']);
