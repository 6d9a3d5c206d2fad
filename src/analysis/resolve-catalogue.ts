import { isCompiledCatalogue } from '../catalogue/is-compiled.js';
import { catalogueByChecksum } from '../catalogue/registry.js';
import type { Catalogue } from '../model/catalogue.js';
import type { Issue, SafeResult } from '../model/issue.js';
import { analysisIssue, catalogueUnknown } from './analysis-issues.js';
import { checkShape } from './read-result.js';

/*
 * The catalogue argument of the analysis functions. The convention is catalogue first and
 * required, as in `score(catalogue, assessment)`: `explain(catalogue, result)`,
 * `plan(catalogue, result, target, options)`. The call forms of 0.1 (result first, catalogue
 * optional second) keep working for one minor version through `@deprecated` overloads; they are
 * told apart here, in one place, and only they fall back on the catalogues compiled in this
 * process (src/catalogue/registry.ts).
 */

/** An analysis call's arguments, sorted out. */
export interface AnalysisCall {
  /** The catalogue: the one given, or (deprecated forms only) the one compiled with the result's checksum. */
  readonly catalogue: Catalogue;
  readonly result: unknown;
  /** The arguments after the catalogue and the result (target, options). */
  readonly rest: readonly unknown[];
}

/** The checksum a result records, when it records one. */
function recordedCatalogue(result: unknown): { id: string; checksum: string } | undefined {
  const meta = (result as { meta?: { catalogue?: { id?: unknown; checksum?: unknown } } } | null)?.meta?.catalogue;
  if (typeof meta !== 'object' || meta === null || typeof meta.checksum !== 'string') return undefined;
  return { id: typeof meta.id === 'string' ? meta.id : '?', checksum: meta.checksum };
}

/** Whether a value looks like a score result (an object with `meta` and `indicators`), for telling call forms apart. */
function looksLikeResult(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'meta' in value && 'indicators' in value;
}

/**
 * The catalogue of a deprecated short call: the one compiled in this process whose checksum the
 * result records. When there is none, or the checksum cannot be read, the issues are what the
 * result's shape check finds (a non-object result, an unreadable checksum), then
 * `analysis.catalogue_unknown` for a readable but unknown checksum.
 */
export function catalogueOfResult(result: unknown): SafeResult<Catalogue> {
  const recorded = recordedCatalogue(result);
  if (recorded === undefined) return { success: false, issues: checkShape(result) };
  const found = catalogueByChecksum(recorded.checksum);
  if (found !== undefined) return { success: true, output: found };
  return { success: false, issues: [...checkShape(result), catalogueUnknown(['meta', 'catalogue', 'checksum'], recorded.id, recorded.checksum)] };
}

/** The first argument is neither a catalogue nor (in a deprecated form) a result. */
export function catalogueInvalid(received: unknown): Issue {
  return analysisIssue(
    'analysis.catalogue_invalid',
    ['catalogue'],
    'Argumen pertama harus berupa katalog yang telah dikompilasi (misalnya permenpanrb592020 atau hasil defineCatalogue).',
    'The first argument must be a compiled catalogue (such as permenpanrb592020 or what defineCatalogue returns).',
    { received },
  );
}

/**
 * Sorts out the arguments of an analysis call made in any of its forms:
 * - `(catalogue, result, ...rest)`: the convention;
 * - `(result, catalogue, ...rest)`: deprecated (0.1);
 * - `(result, ...rest)`: deprecated (0.1); the catalogue is the one compiled in this process with
 *   the result's checksum (see `catalogueOfResult`).
 *
 * A first argument that is not a catalogue, followed by more than one argument, is read as a
 * deprecated form only when it looks like a result; anything else is `analysis.catalogue_invalid`.
 *
 * @example
 * ```ts
 * const call = analysisCall([first, second, third]); // plan: rest = [target, options]
 * ```
 */
export function analysisCall(args: readonly unknown[]): SafeResult<AnalysisCall> {
  const [first, second] = args;
  if (isCompiledCatalogue(first)) return { success: true, output: { catalogue: first, result: second, rest: args.slice(2) } };
  if (isCompiledCatalogue(second)) return { success: true, output: { catalogue: second, result: first, rest: args.slice(2) } };
  // One argument can only be a deprecated short call; two, where neither is a catalogue, are one
  // only when the first looks like a result.
  if (args.length > 1 && second !== undefined && !looksLikeResult(first)) return { success: false, issues: [catalogueInvalid(first)] };
  const found = catalogueOfResult(first);
  if (!found.success) return found;
  return { success: true, output: { catalogue: found.output, result: first, rest: args.slice(1) } };
}

/** A `compare` call's arguments, sorted out. */
export interface CompareCall {
  /** The catalogue of each result: given, or undefined in the deprecated form (found later by checksum). */
  readonly catalogues: readonly [Catalogue | undefined, Catalogue | undefined];
  readonly before: unknown;
  readonly after: unknown;
  readonly options: unknown;
}

function isCataloguePair(value: unknown): value is readonly [Catalogue, Catalogue] {
  return Array.isArray(value) && value.length === 2 && isCompiledCatalogue(value[0]) && isCompiledCatalogue(value[1]);
}

/**
 * Sorts out the arguments of `compare` in any of its forms:
 * - `(catalogue, before, after, options?)`: the convention, both results of one catalogue;
 * - `([beforeCatalogue, afterCatalogue], before, after, options?)`: results of two catalogues;
 * - `(before, after, options?)`: deprecated (0.1); each result's catalogue is the one compiled in
 *   this process with its checksum.
 * A first argument that is neither, followed by two results (or by three arguments), is
 * `analysis.catalogue_invalid`.
 */
export function compareCall(args: readonly unknown[]): SafeResult<CompareCall> {
  const [first, second, third, fourth] = args;
  if (isCompiledCatalogue(first)) return { success: true, output: { catalogues: [first, first], before: second, after: third, options: fourth } };
  if (isCataloguePair(first)) return { success: true, output: { catalogues: [first[0], first[1]], before: second, after: third, options: fourth } };
  if (args.length > 3 || (looksLikeResult(second) && looksLikeResult(third))) return { success: false, issues: [catalogueInvalid(first)] };
  return { success: true, output: { catalogues: [undefined, undefined], before: first, after: second, options: third } };
}
