import { describeValue, makeIssue, ownValue, SpbeError, unknownOptionIssues, type Issue } from '../model/issue.js';
import type { Language } from '../model/localized.js';

/**
 * Options every renderer takes.
 *
 * Renderers check their options as the library's functions do: an own key the renderer does not
 * take is an `options.unknown` issue with a "did you mean" (`{ lnag: 'en' }`), a `lang` other than
 * `id`/`en` (or a `detail` that is not a boolean) is `option.invalid`, and either throws a
 * `SpbeError` carrying the issues. Options are read as own properties only.
 *
 * @example
 * ```ts
 * renderTable(catalogue, result, { lang: 'en', detail: true });
 * ```
 * @category Reports
 */
export interface RenderOptions {
  /** Language of labels and number format; default `id`. */
  readonly lang?: Language;
  /** Add one row per indicator to table and Markdown output; default false. */
  readonly detail?: boolean;
}

/** The keys of {@link RenderOptions}, for the renderers that take exactly those. */
export const RENDER_OPTION_KEYS = { lang: true, detail: true } as const satisfies OptionKeys<RenderOptions>;

/** Every key of an options type, listed once: a key added to the type must be added here too. */
export type OptionKeys<T> = { readonly [K in keyof Required<T>]: true };

/** The values an option may take, for the options that take one of a few. */
const CHOICES: Readonly<Record<string, readonly unknown[]>> = {
  lang: ['id', 'en'],
  detail: [true, false],
  format: ['text', 'markdown'],
};

function choiceIssue(key: string, allowed: readonly unknown[], value: unknown, path: string[]): Issue {
  const list = allowed.map((choice) => JSON.stringify(choice)).join(', ');
  return makeIssue(
    'option.invalid',
    path,
    { id: `Opsi "${key}" harus salah satu dari ${list}.`, en: `Option "${key}" must be one of ${list}.` },
    { expected: allowed.join(' | '), received: describeValue(value) },
  );
}

/**
 * A language given outside an options object (`formatDecimal(x, lang)`, `levelShown(x, lang)`):
 * anything but "id"/"en" throws the `option.invalid` a renderer throws for a bad `lang` (path
 * `["lang"]`), never a quiet fallback to English.
 */
export function checkLanguage(lang: unknown): asserts lang is Language {
  if (lang !== 'id' && lang !== 'en') throw new SpbeError([choiceIssue('lang', CHOICES['lang'] as readonly unknown[], lang, ['lang'])]);
}

/**
 * A renderer's options, checked (see {@link RenderOptions}): throws a `SpbeError` with every
 * issue, else returns a copy holding the own keys only, so an inherited `lang` is not an option.
 */
export function renderOptions<T extends object>(options: T | undefined, known: OptionKeys<T>): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null)
    throw new SpbeError([
      makeIssue('option.invalid', ['options'], { id: 'Opsi harus berupa objek.', en: 'Options must be an object.' }, { expected: 'object', received: describeValue(options) }),
    ]);
  const own = { ...options };
  const issues: Issue[] = unknownOptionIssues(own, Object.keys(known), ['options']);
  for (const key of Object.keys(known)) {
    const allowed = CHOICES[key];
    const value = ownValue(own, key);
    if (allowed === undefined || value === undefined || allowed.includes(value)) continue;
    issues.push(choiceIssue(key, allowed, value, ['options', key]));
  }
  if (issues.length > 0) throw new SpbeError(issues);
  return own;
}
