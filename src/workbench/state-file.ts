import { LANGUAGES, type Assessment, type AssessmentMetadata, type LevelInput } from '../index.js';
import { STATE_FORMAT } from './files.js';
import { metaOf, type CatalogueSource, type WorkbenchState } from './state.js';

/** The state as a JSON file the user keeps: only what they entered. */
export function stateText(state: WorkbenchState): string {
  return `${JSON.stringify({ format: STATE_FORMAT, version: 1, ...state }, null, 2)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function sourceOf(value: unknown): CatalogueSource | undefined {
  if (!isObject(value)) return undefined;
  if (value['kind'] === 'year' && typeof value['year'] === 'number' && Number.isInteger(value['year'])) return { kind: 'year', year: value['year'], ...(value['named'] === true ? { named: true } : {}) };
  if (value['kind'] === 'custom' && typeof value['name'] === 'string' && 'definition' in value) return { kind: 'custom', name: value['name'], definition: value['definition'] };
  return undefined;
}

/** The state in an exported file, or undefined when the file is not one (its levels are checked by scoring, not here). */
export function stateOf(value: unknown): WorkbenchState | undefined {
  if (!isObject(value) || value['format'] !== STATE_FORMAT || value['version'] !== 1) return undefined;
  const lang = LANGUAGES.find((entry) => entry === value['lang']);
  const source = sourceOf(value['source']);
  const levels = value['levels'];
  const meta = value['meta'];
  if (lang === undefined || source === undefined || !isObject(levels) || !isObject(meta)) return undefined;
  // The metadata is checked when it is scored, like a loaded assessment's.
  const city = isObject(value['city']) && Array.isArray(value['city']['units']) ? value['city'] : { units: [], responsibilities: null };
  return {
    lang,
    source,
    meta: metaOf(meta as AssessmentMetadata),
    levels: { ...(levels as Record<string, LevelInput>) },
    // Each unit is checked when it is rolled up, like a loaded file.
    city: { units: city['units'] as Assessment[], responsibilities: city['responsibilities'] ?? null },
  };
}
