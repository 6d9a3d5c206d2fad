import { findIndicator, type Catalogue, type LevelInput } from '../index.js';

/** The id of the indicator a key names (its id, or a code such as "I5" or "1.5"), or undefined. */
export function indicatorIdOf(catalogue: Catalogue, key: string): string | undefined {
  const position = findIndicator(catalogue, key);
  return position === undefined ? undefined : catalogue.indicators[position]?.id;
}

/**
 * The key each indicator's entry is held under, by indicator id. The entries keep the keys a
 * loaded file used ("I5", "1.5", or the id), so the library's issues and warnings name the key
 * the user wrote, as `spbe` does for the same file.
 */
export function entryKeys(catalogue: Catalogue, levels: Readonly<Record<string, LevelInput>>): Map<string, string> {
  const keys = new Map<string, string>();
  for (const key of Object.keys(levels)) {
    const id = indicatorIdOf(catalogue, key);
    // Two keys for one indicator are the library's issue; the field shows the first.
    if (id !== undefined && !keys.has(id)) keys.set(id, key);
  }
  return keys;
}
