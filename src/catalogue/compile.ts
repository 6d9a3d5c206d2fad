import type { Catalogue, CatalogueDefinition } from '../model/catalogue.js';
import type { SafeResult } from '../model/issue.js';
import { buildCatalogue } from './assemble.js';
import { validateDefinition } from './validate.js';
import { walkTree } from './walk-tree.js';

/**
 * Validates a catalogue definition and compiles it into the frozen form scoring uses, or returns
 * every issue found: the checks of its meaning (ids, tree, scales, weights, predikat bands,
 * criteria, measures) run over the same tree walk and weight resolution the build then uses. The
 * definition's shape is assumed (typed data); for any input, use `safeDefineCatalogue`.
 * @category Catalogue
 */
export function compileCatalogue<P extends string>(input: CatalogueDefinition<P>): SafeResult<Catalogue<P>> {
  // Work on a private copy: the caller's object is neither frozen nor kept.
  const definition = structuredClone(input);
  const tree = walkTree(definition.groups);
  const { issues, weights } = validateDefinition(definition, tree);
  if (issues.length > 0 || !weights) return { success: false, issues };
  return { success: true, output: buildCatalogue(definition, tree, weights) };
}
