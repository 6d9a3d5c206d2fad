import type { Catalogue, CatalogueDefinition } from '../model/catalogue.js';
import { capped, SpbeError, type Issue, type PathSegment, type SafeResult } from '../model/issue.js';
import { catalogueSchema } from '../model/schemas.js';
import { unreadableCatalogue } from './catalogue-issues.js';
import { safeCompileOwnDefinition } from './compile.js';
import { forbiddenKeyIssues } from './forbidden-keys.js';
import { validateDefinition } from './validate.js';
import { wellFormedCatalogue } from './well-formed.js';
import { walkTree } from './walk-tree.js';
import { fromZodIssues } from './zod-issues.js';

const within = (a: readonly PathSegment[], b: readonly PathSegment[]): boolean => a.every((key, i) => b[i] === key);

/**
 * When the shape is wrong in places, the meaning is still checked where it can be, so that every
 * problem is reported at once: the validator runs on the raw data (it may fail on a badly shaped
 * part, which then simply adds nothing), and only issues away from every shape issue are kept.
 */
function meaningDespiteShape(data: unknown, shapeIssues: readonly Issue[]): Issue[] {
  try {
    const definition = data as CatalogueDefinition;
    const { issues } = validateDefinition(definition, walkTree(definition.groups));
    return issues.filter((issue) => !shapeIssues.some((shape) => within(shape.path, issue.path) || within(issue.path, shape.path)));
  } catch {
    return [];
  }
}

/**
 * Validates any input as a catalogue (a parsed JSON file, or an object) and compiles it into the
 * same frozen form the built-in catalogues have. Returns every issue instead of throwing: first
 * forbidden keys and the shape (zod), then the meaning (ids, tree, scales, weights, predikat
 * bands, criteria, measures).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { safeDefineCatalogue } from 'spbe-index';
 *
 * const outcome = safeDefineCatalogue(JSON.parse(readFileSync('opd-catalogue.json', 'utf8')));
 * if (!outcome.success) {
 *   for (const issue of outcome.issues) console.error(issue.code, issue.path.join('.'), issue.message.en);
 * }
 * ```
 * @category Catalogue
 */
export function safeDefineCatalogue<const D>(data: D): SafeResult<Catalogue<BandIdsOf<D>>> {
  // The ids are those of the definition's bands, which the build keeps as written.
  return capped(defineUncapped(data)) as SafeResult<Catalogue<BandIdsOf<D>>>;
}

/**
 * The predikat (band) ids of a definition known to the compiler: the literal ids of a definition
 * written in place or typed as `CatalogueDefinition<"tinggi" | "rendah">`, so that the catalogue,
 * its results and a plan target's `predicate` are typed by them; `string` for data read at run
 * time (a parsed JSON file).
 *
 * @example
 * ```ts
 * type Ids = BandIdsOf<{ predicates: readonly [{ id: 'tinggi' }, { id: 'rendah' }] }>; // "tinggi" | "rendah"
 * ```
 * @category Catalogue
 */
export type BandIdsOf<D> = D extends { readonly predicates: readonly { readonly id: infer P extends string }[] }
  ? string extends P
    ? string
    : P
  : string;

function defineUncapped(data: unknown): SafeResult<Catalogue> {
  try {
    // Most catalogues are well-formed: then one pass checks and copies them (well-formed.ts),
    // as the schema would; the rest go the schema's way, which says what is wrong.
    const wellFormed = wellFormedCatalogue(data);
    if (wellFormed !== undefined) return compileParsed(wellFormed);
    const forbidden = forbiddenKeyIssues(data);
    if (forbidden.some((issue) => issue.code === 'catalogue.invalid_value')) return { success: false, issues: forbidden };
    // A forbidden key always fails the parse: every object of the schema is strict (pinned in
    // test/catalogue/define.test.ts), so a parsed catalogue has none.
    const parsed = catalogueSchema().safeParse(data, { reportInput: true });
    if (!parsed.success) {
      const shape = fromZodIssues(parsed.error.issues);
      return { success: false, issues: [...forbidden, ...shape, ...meaningDespiteShape(data, [...forbidden, ...shape])] };
    }
    return compileParsed(parsed.data);
  } catch {
    return unreadableCatalogue('Katalog tidak dapat dibaca sebagai data biasa.', 'The catalogue could not be read as plain data.', 'plain JSON data');
  }
}

/**
 * Compiles the schema's copy of a catalogue. `$schema` only points editors at the JSON Schema;
 * it is not part of the catalogue. The copy is nobody else's, so it is compiled without another.
 */
function compileParsed(parsed: Record<string, unknown>): SafeResult<Catalogue> {
  const { $schema: _schema, ...definition } = parsed;
  return safeCompileOwnDefinition(definition as unknown as CatalogueDefinition);
}

/**
 * Validates and compiles a catalogue; throws a {@link SpbeError} carrying every issue when it is
 * not valid. Use it for your own catalogues (an OPD evaluation, a provincial variant, next year's
 * instrument); the result scores exactly like the built-in ones.
 *
 * @example
 * ```ts
 * import { defineCatalogue, score } from 'spbe-index';
 *
 * const opd = defineCatalogue({
 *   id: 'opd-internal-2025', revision: '1',
 *   title: { id: 'Evaluasi internal OPD', en: 'Internal department evaluation' },
 *   legalBasis: [], years: [2025],
 *   tiers: [{ id: 'aspect', label: { id: 'Aspek', en: 'Aspect' }, plural: { id: 'Aspek', en: 'Aspects' } }],
 *   scales: [processScale], predicates: bands, totalWeight: '100',
 *   groups: [{ id: 'A1', tier: 'aspect', name: { id: 'Layanan', en: 'Services' }, weight: '100',
 *     indicators: [{ id: '1', number: 1, name: { id: 'Layanan A', en: 'Service A' }, scale: 'process' }] }],
 * });
 * score(opd, { levels: { '1': 3 } }).index.value; // "3.00"
 * ```
 * @category Catalogue
 */
export function defineCatalogue<const D>(data: D): Catalogue<BandIdsOf<D>> {
  const outcome = safeDefineCatalogue(data);
  if (!outcome.success) throw new SpbeError(outcome.issues);
  return outcome.output;
}
