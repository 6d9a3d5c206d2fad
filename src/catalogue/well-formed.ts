import { MAX_DEPTH } from './forbidden-keys.js';
import { DECIMAL, WEIGHT } from '../model/schemas.js';

/*
 * The fast path of defineCatalogue: one pass that checks a catalogue's shape and copies it, as
 * the zod schema (model/schemas.ts) does, but without zod's per-node bookkeeping, which costs
 * most of the time on a catalogue of 100,000 indicators. It only answers "well-formed, and here
 * is the schema's copy" or "ask the schema": anything it does not accept (any unknown or
 * forbidden key, a wrong type, nesting near MAX_DEPTH) goes the schema's way, which says what is
 * wrong. A property test (test/catalogue/well-formed.test.ts) holds it to the schema: it accepts
 * exactly what the schema accepts, and its copy equals the schema's, key order included.
 *
 * The copy is frozen as it is made (nothing changes it after): the catalogue's deepFreeze then
 * skips the definition's half a million objects of a large catalogue instead of walking them.
 *
 * Each check mirrors zod's: a field is read with `key in` and `record[key]` (own or inherited),
 * unknown keys are found with for-in, an optional field present as `undefined` stays so, and the
 * copy has the schema's keys in the schema's order.
 */

// The tables below are built by calls marked /* @__PURE__ */: tsup bundles this module into the
// main entry's file, where unmarked top-level calls would stay in every app that imports `score`
// (0.7 kB gzipped) even though only defineCatalogue uses them.

/** What a check returns for a value it does not accept. */
const REJECT: unique symbol = /* @__PURE__ */ Symbol('reject');

/** Checks a value and returns its copy (the value itself for a primitive), or REJECT. */
type Check = (value: unknown, depth: number) => unknown;

const anyString: Check = (value) => (typeof value === 'string' ? value : REJECT);
const text: Check = (value) => (typeof value === 'string' && value.length >= 1 ? value : REJECT);
const integer: Check = (value) => (Number.isSafeInteger(value) ? value : REJECT);
const boolean: Check = (value) => (typeof value === 'boolean' ? value : REJECT);
const matching =
  (pattern: RegExp): Check =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? value : REJECT;
const decimal = /* @__PURE__ */ matching(DECIMAL);
const weight = /* @__PURE__ */ matching(WEIGHT);
const scaleValues: Check = (value) => (value === 'whole' || value === 'fractional' ? value : REJECT);

function list(item: Check): Check {
  return (value, depth) => {
    if (!Array.isArray(value)) return REJECT;
    const copy: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const checked = item(value[i], depth);
      if (checked === REJECT) return REJECT;
      copy[i] = checked;
    }
    return Object.freeze(copy);
  };
}

/** A field of an object: its check, and whether it may be absent. */
type Field = readonly [check: Check, optional?: 'optional'];

/** A strict object: exactly the given fields (in this order), no other key. */
function object(fields: Readonly<Record<string, Field>>): Check {
  const keys = Object.keys(fields);
  const checks = keys.map((key) => fields[key]![0]);
  const optional = keys.map((key) => fields[key]![1] === 'optional');
  const known = new Set(keys);
  return (value, depth) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return REJECT;
    const record = value as Record<string, unknown>;
    for (const key in record) if (!known.has(key)) return REJECT;
    const copy: Record<string, unknown> = {};
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      if (!(key in record)) {
        if (optional[k]) continue;
        return REJECT;
      }
      const member = record[key];
      if (member === undefined && optional[k]) {
        copy[key] = undefined;
        continue;
      }
      const checked = checks[k]!(member, depth);
      if (checked === REJECT) return REJECT;
      copy[key] = checked;
    }
    return Object.freeze(copy);
  };
}

/**
 * A text in both languages: object({ id: [text], en: [text] }) written out, with the same answers
 * and copy. It is the most frequent object (a catalogue of 100,000 one-indicator groups has
 * 200,000), and a literal copy is made much faster than one built key by key.
 */
const localized: Check = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return REJECT;
  for (const key in value) if (key !== 'id' && key !== 'en') return REJECT;
  if (!('id' in value && 'en' in value)) return REJECT;
  const { id, en } = value as { id: unknown; en: unknown };
  return text(id, 0) === REJECT || text(en, 0) === REJECT ? REJECT : Object.freeze({ id, en });
};
const criterion = /* @__PURE__ */ object({ id: [text], text: [localized] });
const levelCriteria = /* @__PURE__ */ object({ level: [integer], criteria: [/* @__PURE__ */ list(criterion)] });
const measure = /* @__PURE__ */ object({
  min: [decimal],
  max: [decimal],
  bands: [/* @__PURE__ */ list(/* @__PURE__ */ object({ min: [decimal], max: [decimal], level: [integer] }))],
  name: [localized, 'optional'],
});
const indicator = /* @__PURE__ */ object({
  id: [text],
  number: [integer],
  name: [localized],
  aliases: [/* @__PURE__ */ list(anyString), 'optional'],
  codes: [/* @__PURE__ */ list(text), 'optional'],
  scale: [text],
  weight: [weight, 'optional'],
  notApplicable: [boolean, 'optional'],
  criteria: [/* @__PURE__ */ list(levelCriteria), 'optional'],
  measure: [measure, 'optional'],
});

/**
 * How deep groups may nest here. A group nested n deep sits at path length 2n, and the deepest
 * object below it (a criterion's text) 7 further: kept within MAX_DEPTH, beyond which
 * forbiddenKeyIssues refuses the data, so whatever this path accepts it would accept too.
 * Deeper (or cyclic) data goes the schema's way.
 */
const MAX_NESTING = /* @__PURE__ */ Math.floor((MAX_DEPTH - 7) / 2);

const group: Check = (value, depth) => (depth >= MAX_NESTING ? REJECT : groupFields(value, depth + 1));
const groupFields = /* @__PURE__ */ object({
  id: [text],
  tier: [text],
  name: [localized],
  weight: [weight, 'optional'],
  groups: [/* @__PURE__ */ list(group), 'optional'],
  indicators: [/* @__PURE__ */ list(indicator), 'optional'],
});

const catalogue = /* @__PURE__ */ object({
  $schema: [anyString, 'optional'],
  id: [text],
  revision: [text],
  title: [localized],
  legalBasis: [/* @__PURE__ */ list(localized)],
  years: [/* @__PURE__ */ list(integer)],
  provenance: [/* @__PURE__ */ list(localized), 'optional'],
  tiers: [/* @__PURE__ */ list(/* @__PURE__ */ object({ id: [text], label: [localized], plural: [localized] }))],
  scales: [
    /* @__PURE__ */ list(
      /* @__PURE__ */ object({
        id: [text],
        name: [localized],
        min: [integer],
        max: [integer],
        values: [scaleValues, 'optional'],
        levels: [
          /* @__PURE__ */ list(
            /* @__PURE__ */ object({
              level: [integer],
              name: [localized],
              meaning: [localized],
              aliases: [/* @__PURE__ */ list(anyString), 'optional'],
              criteria: [/* @__PURE__ */ list(criterion), 'optional'],
            }),
          ),
        ],
      }),
    ),
  ],
  predicates: [/* @__PURE__ */ list(/* @__PURE__ */ object({ id: [text], label: [localized], min: [decimal], max: [decimal], maturity: [localized, 'optional'] }))],
  totalWeight: [weight, 'optional'],
  targets: [/* @__PURE__ */ object({ index: [decimal], level: [integer] }), 'optional'],
  groups: [/* @__PURE__ */ list(group)],
  base: [/* @__PURE__ */ object({ id: [text], revision: [anyString], checksum: [anyString] }), 'optional'],
});

/**
 * The copy `catalogueSchema().safeParse(data)` would return, when `data` is a well-formed
 * catalogue that forbiddenKeyIssues finds nothing in; undefined for anything else (then ask
 * the schema). Never throws: data that throws while read (a getter) is left to the schema too.
 */
export function wellFormedCatalogue(data: unknown): Record<string, unknown> | undefined {
  try {
    const checked = catalogue(data, 0);
    return checked === REJECT ? undefined : (checked as Record<string, unknown>);
  } catch {
    return undefined;
  }
}
