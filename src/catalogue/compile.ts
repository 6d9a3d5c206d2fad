import type { Catalogue, CatalogueDefinition } from '../model/catalogue.js';
import type { SafeResult } from '../model/issue.js';
import { buildCatalogue } from './assemble.js';
import { unreadableCatalogue } from './catalogue-issues.js';
import { validateDefinition } from './validate.js';
import { walkTree } from './walk-tree.js';

/**
 * Validates a typed catalogue definition and compiles it into the frozen form scoring uses, or
 * returns every issue found: the checks of its meaning (ids, tree, scales, weights, predikat
 * bands, criteria, measures) run over the same tree walk and weight resolution the build then
 * uses. Never throws; data that is not shaped as a definition at all (`null`, a number) gets one
 * `catalogue.invalid_type` issue. For untyped input (a parsed JSON file), `safeDefineCatalogue`
 * also checks the shape and reports each shape problem.
 *
 * @example
 * ```ts
 * import { safeCompileCatalogue } from 'spbe-index';
 *
 * const outcome = safeCompileCatalogue(myDefinition);
 * if (outcome.success) outcome.output.totalUnits;
 * else for (const issue of outcome.issues) console.error(issue.code, issue.path.join('.'));
 * ```
 * @category Catalogue
 */
export function safeCompileCatalogue<P extends string>(input: CatalogueDefinition<P>): SafeResult<Catalogue<P>> {
  // Work on a private copy: the caller's object is neither frozen nor kept.
  return compile(input, structuredClone);
}

/**
 * safeCompileCatalogue for a definition nobody else holds (defineCatalogue's freshly parsed
 * copy): built and frozen in place, without a second copy.
 */
export function safeCompileOwnDefinition<P extends string>(definition: CatalogueDefinition<P>): SafeResult<Catalogue<P>> {
  return compile(definition, (own) => own);
}

function compile<P extends string>(input: CatalogueDefinition<P>, own: (input: CatalogueDefinition<P>) => CatalogueDefinition<P>): SafeResult<Catalogue<P>> {
  try {
    const definition = own(input);
    const tree = walkTree(definition.groups);
    const { issues, weights, lookup } = validateDefinition(definition, tree);
    if (issues.length > 0 || !weights) return { success: false, issues };
    return { success: true, output: buildCatalogue(definition, tree, weights, lookup) };
  } catch {
    return unreadableCatalogue(
      'Data ini bukan definisi katalog; periksa bentuknya dengan safeDefineCatalogue.',
      'This is not a catalogue definition; check its shape with safeDefineCatalogue.',
      'catalogue definition',
    );
  }
}

/**
 * The former name of {@link safeCompileCatalogue} (same argument, same result).
 * @deprecated Use `safeCompileCatalogue`; `compileCatalogue` goes in 0.3 (see docs/migrating.md).
 * @category Catalogue
 */
export const compileCatalogue: typeof safeCompileCatalogue = safeCompileCatalogue;
