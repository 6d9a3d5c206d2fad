import type { Catalogue } from '../model/catalogue.js';

/*
 * The catalogues compiled in this process, by checksum, so that the analysis functions can find a
 * result's catalogue from `result.meta.catalogue.checksum` when none is passed. Held weakly: a
 * catalogue nobody else uses can still be garbage-collected, and is then no longer found. Every
 * compiled catalogue goes through assembleCatalogue, which registers it. Equal checksums mean equal
 * catalogues, so a later one simply takes the entry over.
 */

const compiled = new Map<string, WeakRef<Catalogue>>();

/** Registers a compiled catalogue under its checksum (weakly) and returns it. */
export function rememberCatalogue<C extends Catalogue>(catalogue: C): C {
  // Drop the entries of catalogues already collected, so the map only grows with live ones.
  for (const [checksum, ref] of compiled) if (!ref.deref()) compiled.delete(checksum);
  compiled.set(catalogue.checksum, new WeakRef(catalogue));
  return catalogue;
}

/** The catalogue with this checksum compiled in this process and still alive, if any. */
export function catalogueByChecksum(checksum: string): Catalogue | undefined {
  return compiled.get(checksum)?.deref();
}
