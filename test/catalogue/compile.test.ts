import { describe, expect, it } from 'vitest';
import { safeCompileCatalogue } from '../../src/catalogue/compile.js';
import type { CatalogueDefinition } from '../../src/model/catalogue.js';
import type { Issue, IssueCode, PathSegment } from '../../src/model/issue.js';
import { baseDefinition, withCriteria } from '../helpers/small-catalogue.js';

/**
 * Pins safeCompileCatalogue's meaning checks: each case breaks exactly one thing in the valid base
 * definition and lists every issue expected, with its code, path, both messages and details.
 */

type Def = Record<string, any>;

function compile(definition: Def) {
  return safeCompileCatalogue(definition as unknown as CatalogueDefinition);
}

function issuesOf(definition: Def): readonly Issue[] {
  const outcome = compile(definition);
  if (outcome.success) throw new Error('expected the catalogue to be rejected');
  return outcome.issues;
}

const issue = (code: IssueCode, path: PathSegment[], id: string, en: string, details: { expected?: string; received?: string } = {}): Issue => ({
  code,
  path,
  message: { id, en },
  ...details,
});

// Paths into the base definition.
const A1 = ['groups', 0, 'groups', 0];

const A2 = ['groups', 0, 'groups', 1];

const IND1 = [...A1, 'indicators', 0];

const IND5 = ['groups', 1, 'groups', 0, 'indicators', 0];

const M5 = [...IND5, 'measure'];

const text = (id: string, en: string) => ({ id, en });

const criteria = (level: number, ...ids: string[]) => ({ level, criteria: ids.map((id) => ({ id, text: text(`Kriteria ${id}`, `Criterion ${id}`) })) });

const scaleLevels = (min: number, max: number) =>
  Array.from({ length: max - min + 1 }, (_, k) => ({ level: min + k, name: text(`T${min + k}`, `L${min + k}`), meaning: text('Arti', 'Meaning') }));

/** A valid own checklist for a 1–5 indicator: one criterion per level 2..5. */
const ownChecklist = () => [criteria(2, 'a'), criteria(3, 'b'), criteria(4, 'c'), criteria(5, 'd')];

const setMeasure = (d: Def, measure: unknown) => ((d.groups[1].groups[0].indicators[0].measure = measure), d);

const band = (min: string, max: string, level: number) => ({ min, max, level });

const cases: [name: string, mutate: (d: Def) => Def, expected: Issue[]][] = [
  // ---- duplicate ids, each kind with its own wording
  [
    'a repeated tier id',
    (d) => (d.tiers.push({ ...d.tiers[1] }), d),
    [issue('catalogue.duplicate_id', ['tiers', 2, 'id'], 'Id tingkatan "aspect" dipakai lebih dari sekali.', 'The tier id "aspect" is used more than once.', { received: '"aspect"' })],
  ],
  [
    // The repeated scale differs (criteria missing above level 2): only the first of an id is checked further.
    'a repeated scale id',
    (d) => (d.scales.push({ ...d.scales[0], levels: d.scales[0].levels.map((l: Def) => (l.level === 2 ? { ...l, ...criteria(2, 'x') } : l)) }), d),
    [issue('catalogue.duplicate_id', ['scales', 1, 'id'], 'Id skala "p" dipakai lebih dari sekali.', 'The scale id "p" is used more than once.', { received: '"p"' })],
  ],
  [
    'a repeated predicate id',
    (d) => ((d.predicates[1].id = 'tinggi'), d),
    [issue('catalogue.duplicate_id', ['predicates', 1, 'id'], 'Id predikat "tinggi" dipakai lebih dari sekali.', 'The predicate id "tinggi" is used more than once.', { received: '"tinggi"' })],
  ],
  [
    'a repeated group id',
    (d) => ((d.groups[1].groups[0].id = 'A1'), d),
    [issue('catalogue.duplicate_id', ['groups', 1, 'groups', 0, 'id'], 'Id kelompok "A1" dipakai lebih dari sekali.', 'The group id "A1" is used more than once.', { received: '"A1"' })],
  ],
  [
    'a repeated indicator id',
    (d) => ((d.groups[0].groups[0].indicators[1].id = '1'), d),
    [issue('catalogue.duplicate_id', [...A1, 'indicators', 1, 'id'], 'Id indikator "1" dipakai lebih dari sekali.', 'The indicator id "1" is used more than once.', { received: '"1"' })],
  ],
  // ---- scales
  [
    'a fractional scale min (no valid scale left, so no predikat check)',
    (d) => ((d.scales[0].min = 1.5), d),
    [issue('catalogue.scale_invalid', ['scales', 0], 'Skala "p" harus memiliki min dan max bulat dengan 0 ≤ min < max.', 'Scale "p" must have whole-number min and max with 0 ≤ min < max.', { received: '"1.5..5"' })],
  ],
  [
    'a fractional scale max',
    (d) => ((d.scales[0].max = 5.5), d),
    [issue('catalogue.scale_invalid', ['scales', 0], 'Skala "p" harus memiliki min dan max bulat dengan 0 ≤ min < max.', 'Scale "p" must have whole-number min and max with 0 ≤ min < max.', { received: '"1..5.5"' })],
  ],
  [
    'a negative scale min (the range still counts it, so the bands no longer cover it)',
    (d) => ((d.scales[0].min = -1), d),
    [
      issue('catalogue.scale_invalid', ['scales', 0], 'Skala "p" harus memiliki min dan max bulat dengan 0 ≤ min < max.', 'Scale "p" must have whole-number min and max with 0 ≤ min < max.', { received: '"-1..5"' }),
      issue(
        'catalogue.predicate_outside_scale',
        ['predicates'],
        'Predikat harus mencakup tepat rentang indeks -1–5, dari yang tertinggi.',
        'Predicate bands must cover exactly the index range -1–5, highest first.',
        { expected: '-1..5', received: '"1..5"' },
      ),
    ],
  ],
  [
    'a scale with min equal to max',
    (d) => ((d.scales[0].min = 5), d),
    [
      issue('catalogue.scale_invalid', ['scales', 0], 'Skala "p" harus memiliki min dan max bulat dengan 0 ≤ min < max.', 'Scale "p" must have whole-number min and max with 0 ≤ min < max.', { received: '"5..5"' }),
      issue(
        'catalogue.predicate_outside_scale',
        ['predicates'],
        'Predikat harus mencakup tepat rentang indeks 5–5, dari yang tertinggi.',
        'Predicate bands must cover exactly the index range 5–5, highest first.',
        { expected: '5..5', received: '"1..5"' },
      ),
    ],
  ],
  [
    'a scale missing a middle level',
    (d) => (d.scales[0].levels.splice(2, 1), d),
    [
      issue(
        'catalogue.scale_gap',
        ['scales', 0, 'levels', 2],
        'Skala "p" harus mendefinisikan setiap tingkat 1–5 berurutan; tingkat 3 tidak ada.',
        'Scale "p" must define every level 1–5 in order; level 3 is missing.',
        { expected: '3', received: '4' },
      ),
    ],
  ],
  [
    'a scale missing its top level',
    (d) => (d.scales[0].levels.pop(), d),
    [
      issue(
        'catalogue.scale_gap',
        ['scales', 0, 'levels', 4],
        'Skala "p" harus mendefinisikan setiap tingkat 1–5 berurutan; tingkat 5 tidak ada.',
        'Scale "p" must define every level 1–5 in order; level 5 is missing.',
        { expected: '5', received: 'undefined' },
      ),
    ],
  ],
  [
    'a scale with a level beyond its max',
    (d) => (d.scales[0].levels.push({ ...d.scales[0].levels[4], level: 6 }), d),
    [issue('catalogue.scale_invalid', ['scales', 0, 'levels'], 'Skala "p" memiliki tingkat di luar 1–5.', 'Scale "p" has levels outside 1–5.')],
  ],
  [
    'a second scale widening the index range below and above',
    (d) => (d.scales.push({ id: 'q', name: text('Q', 'Q'), min: 0, max: 6, levels: scaleLevels(0, 6) }), d),
    [
      issue(
        'catalogue.predicate_outside_scale',
        ['predicates'],
        'Predikat harus mencakup tepat rentang indeks 0–6, dari yang tertinggi.',
        'Predicate bands must cover exactly the index range 0–6, highest first.',
        { expected: '0..6', received: '"1..5"' },
      ),
    ],
  ],
  // ---- tree
  [
    'an unknown tier (its children are then checked against the parent tier)',
    (d) => ((d.groups[1].tier = 'sektor'), d),
    [
      issue('catalogue.unknown_tier', ['groups', 1, 'tier'], 'Tingkatan "sektor" pada kelompok "D2" tidak ada dalam "tiers".', 'Tier "sektor" of group "D2" is not in "tiers".', {
        expected: 'domain | aspect',
        received: '"sektor"',
      }),
    ],
  ],
  [
    'children on the same tier as a parent that is not the first tier',
    (d) => (d.tiers.push({ id: 'sub', label: text('Sub', 'Sub'), plural: text('Sub', 'Subs') }), (d.groups[0].tier = 'aspect'), d),
    [
      issue('catalogue.tier_order', [...A1, 'tier'], 'Kelompok "A1" (aspect) harus berada pada tingkatan di bawah induknya.', "Group \"A1\" (aspect) must be on a tier below its parent's."),
      issue('catalogue.tier_order', [...A2, 'tier'], 'Kelompok "A2" (aspect) harus berada pada tingkatan di bawah induknya.', "Group \"A2\" (aspect) must be on a tier below its parent's."),
    ],
  ],
  [
    'a group with both groups and indicators',
    (d) => ((d.groups[1].indicators = []), d),
    [issue('catalogue.group_children', ['groups', 1], 'Kelompok "D2" harus memiliki tepat satu dari "groups" atau "indicators".', 'Group "D2" must have exactly one of "groups" or "indicators".')],
  ],
  [
    'an empty aspect',
    (d) => ((d.groups[0].groups[1].indicators = []), d),
    [issue('catalogue.empty_group', A2, 'Kelompok "A2" kosong.', 'Group "A2" is empty.')],
  ],
  [
    'no groups at all',
    (d) => ((d.groups = []), d),
    [issue('catalogue.empty_group', ['groups'], 'Katalog tidak memiliki kelompok.', 'The catalogue has no groups.')],
  ],
  [
    'an unknown scale on an indicator',
    (d) => ((d.groups[0].groups[0].indicators[0].scale = 'x'), d),
    [
      issue('catalogue.unknown_scale', [...IND1, 'scale'], 'Skala "x" pada indikator "1" tidak ada dalam "scales".', 'Scale "x" of indicator "1" is not in "scales".', {
        expected: 'p',
        received: '"x"',
      }),
    ],
  ],
  [
    'an unknown scale: own criteria and measure bands cannot be checked against it, and are not',
    (d) => {
      const indicator = d.groups[0].groups[0].indicators[0];
      indicator.scale = 'x';
      indicator.criteria = [criteria(9)];
      indicator.measure = { min: '0', max: '1', bands: [band('0', '1', 9)] };
      return d;
    },
    [
      issue('catalogue.unknown_scale', [...IND1, 'scale'], 'Skala "x" pada indikator "1" tidak ada dalam "scales".', 'Scale "x" of indicator "1" is not in "scales".', {
        expected: 'p',
        received: '"x"',
      }),
    ],
  ],
  [
    'an indicator number of zero',
    (d) => ((d.groups[0].groups[0].indicators[0].number = 0), d),
    [issue('catalogue.invalid_value', [...IND1, 'number'], 'Nomor indikator "1" harus bilangan bulat positif.', 'The number of indicator "1" must be a positive whole number.', { received: '0' })],
  ],
  [
    'a fractional indicator number',
    (d) => ((d.groups[0].groups[0].indicators[0].number = 1.5), d),
    [issue('catalogue.invalid_value', [...IND1, 'number'], 'Nomor indikator "1" harus bilangan bulat positif.', 'The number of indicator "1" must be a positive whole number.', { received: '1.5' })],
  ],
  // ---- predikat bands
  [
    'no predicate bands',
    (d) => ((d.predicates = []), d),
    [issue('catalogue.predicate_invalid', ['predicates'], 'Katalog tidak memiliki predikat.', 'The catalogue has no predicate bands.')],
  ],
  [
    'a predicate band with a non-decimal min (no coverage check follows)',
    (d) => ((d.predicates[1].min = 'x'), d),
    [
      issue('catalogue.predicate_invalid', ['predicates', 1], 'Predikat "sedang" harus memiliki min < max berupa teks desimal.', 'Predicate band "sedang" must have decimal-string bounds with min < max.', {
        received: '"x..3.5"',
      }),
    ],
  ],
  [
    'a predicate band with a non-decimal max',
    (d) => ((d.predicates[2].max = '2,5'), d),
    [
      issue('catalogue.predicate_invalid', ['predicates', 2], 'Predikat "rendah" harus memiliki min < max berupa teks desimal.', 'Predicate band "rendah" must have decimal-string bounds with min < max.', {
        received: '"1..2,5"',
      }),
    ],
  ],
  [
    'an empty predicate band (min = max)',
    (d) => ((d.predicates[0].min = '5'), d),
    [
      issue('catalogue.predicate_invalid', ['predicates', 0], 'Predikat "tinggi" harus memiliki min < max berupa teks desimal.', 'Predicate band "tinggi" must have decimal-string bounds with min < max.', {
        received: '"5..5"',
      }),
    ],
  ],
  [
    'predicate bands stopping short of the top',
    (d) => ((d.predicates[0].max = '4'), d),
    [
      issue(
        'catalogue.predicate_outside_scale',
        ['predicates'],
        'Predikat harus mencakup tepat rentang indeks 1–5, dari yang tertinggi.',
        'Predicate bands must cover exactly the index range 1–5, highest first.',
        { expected: '1..5', received: '"1..4"' },
      ),
    ],
  ],
  [
    'predicate bands starting above the bottom',
    (d) => ((d.predicates[2].min = '1.5'), d),
    [
      issue(
        'catalogue.predicate_outside_scale',
        ['predicates'],
        'Predikat harus mencakup tepat rentang indeks 1–5, dari yang tertinggi.',
        'Predicate bands must cover exactly the index range 1–5, highest first.',
        { expected: '1..5', received: '"1.5..5"' },
      ),
    ],
  ],
  [
    'overlapping predicate bands',
    (d) => ((d.predicates[1].max = '4'), d),
    [
      issue(
        'catalogue.predicate_overlap',
        ['predicates', 1, 'max'],
        'Predikat "sedang" tumpang tindih dengan "tinggi": max 4 melewati min 3.5.',
        'Predicate band "sedang" overlaps "tinggi": max 4 passes min 3.5.',
        { expected: '3.5', received: '"4"' },
      ),
    ],
  ],
  [
    'a gap between predicate bands',
    (d) => ((d.predicates[2].max = '2'), d),
    [
      issue(
        'catalogue.predicate_gap',
        ['predicates', 2, 'max'],
        'Ada celah antara predikat "rendah" (max 2) dan "sedang" (min 2.5).',
        'There is a gap between predicate bands "rendah" (max 2) and "sedang" (min 2.5).',
        { expected: '2.5', received: '"2"' },
      ),
    ],
  ],
  // ---- general criteria of a scale
  [
    'a scale level above the minimum without criteria',
    (d) => (delete withCriteria(d).scales[0].levels[2].criteria, d),
    [
      issue(
        'catalogue.criteria_invalid',
        ['scales', 0, 'levels', 2, 'criteria'],
        'Kriteria skala "p" harus mencantumkan setidaknya satu kriteria untuk tingkat 3.',
        'The criteria of scale "p" must list at least one criterion for level 3.',
        { expected: 'criteria for level 3' },
      ),
    ],
  ],
  [
    'a criterion id repeated across the levels of a scale',
    (d) => ((withCriteria(d).scales[0].levels[2].criteria[0].id = 'c2b'), d),
    [
      issue(
        'catalogue.duplicate_id',
        ['scales', 0, 'levels', 2, 'criteria', 0, 'id'],
        'Id kriteria "c2b" dipakai lebih dari sekali pada skala "p".',
        'The criterion id "c2b" is used more than once in scale "p".',
        { received: '"c2b"' },
      ),
    ],
  ],
  // ---- an indicator's own criteria
  [
    'own criteria with a level above the scale (and so missing the top level)',
    (d) => ((d.groups[0].groups[0].indicators[0].criteria = [...ownChecklist().slice(0, 3), criteria(6, 'd')]), d),
    [
      issue(
        'catalogue.criteria_invalid',
        [...IND1, 'criteria', 3, 'level'],
        'Tingkat 6 pada kriteria indikator "1" berulang atau di luar skala 1–5.',
        'Level 6 in the criteria of indicator "1" is repeated or outside the scale 1–5.',
        { expected: '1..5', received: '6' },
      ),
      issue(
        'catalogue.criteria_invalid',
        [...IND1, 'criteria'],
        'Kriteria indikator "1" harus mencantumkan setidaknya satu kriteria untuk tingkat 5.',
        'The criteria of indicator "1" must list at least one criterion for level 5.',
        { expected: 'criteria for level 5' },
      ),
    ],
  ],
  [
    'own criteria with a level below the scale',
    (d) => ((d.groups[0].groups[0].indicators[0].criteria = [criteria(0), ...ownChecklist()]), d),
    [
      issue(
        'catalogue.criteria_invalid',
        [...IND1, 'criteria', 0, 'level'],
        'Tingkat 0 pada kriteria indikator "1" berulang atau di luar skala 1–5.',
        'Level 0 in the criteria of indicator "1" is repeated or outside the scale 1–5.',
        { expected: '1..5', received: '0' },
      ),
    ],
  ],
  [
    'own criteria with a fractional level',
    (d) => ((d.groups[0].groups[0].indicators[0].criteria = [...ownChecklist(), criteria(2.5, 'e')]), d),
    [
      issue(
        'catalogue.criteria_invalid',
        [...IND1, 'criteria', 4, 'level'],
        'Tingkat 2.5 pada kriteria indikator "1" berulang atau di luar skala 1–5.',
        'Level 2.5 in the criteria of indicator "1" is repeated or outside the scale 1–5.',
        { expected: '1..5', received: '2.5' },
      ),
    ],
  ],
  [
    'own criteria repeating a level',
    (d) => ((d.groups[0].groups[0].indicators[0].criteria = [...ownChecklist(), criteria(3, 'e')]), d),
    [
      issue(
        'catalogue.criteria_invalid',
        [...IND1, 'criteria', 4, 'level'],
        'Tingkat 3 pada kriteria indikator "1" berulang atau di luar skala 1–5.',
        'Level 3 in the criteria of indicator "1" is repeated or outside the scale 1–5.',
        { expected: '1..5', received: '3' },
      ),
    ],
  ],
  [
    'own criteria with an empty list for a level',
    (d) => ((d.groups[0].groups[0].indicators[0].criteria = [...ownChecklist().slice(0, 3), criteria(5)]), d),
    [
      issue(
        'catalogue.criteria_invalid',
        [...IND1, 'criteria'],
        'Kriteria indikator "1" harus mencantumkan setidaknya satu kriteria untuk tingkat 5.',
        'The criteria of indicator "1" must list at least one criterion for level 5.',
        { expected: 'criteria for level 5' },
      ),
    ],
  ],
  [
    'own criteria repeating a criterion id across levels',
    (d) => ((d.groups[0].groups[0].indicators[0].criteria = [criteria(2, 'a'), criteria(3, 'b', 'a'), criteria(4, 'c'), criteria(5, 'd')]), d),
    [
      issue(
        'catalogue.duplicate_id',
        [...IND1, 'criteria', 1, 'criteria', 1, 'id'],
        'Id kriteria "a" dipakai lebih dari sekali pada indikator "1".',
        'The criterion id "a" is used more than once in indicator "1".',
        { received: '"a"' },
      ),
    ],
  ],
  // ---- measured values
  [
    'a measure with a non-decimal min',
    (d) => setMeasure(d, { min: 'x', max: '2', bands: [band('0', '2', 1)] }),
    [
      issue('catalogue.measure_invalid', M5, 'Ukuran indikator "5" harus memiliki min < max berupa teks desimal.', 'The measure of indicator "5" must have decimal-string bounds with min < max.', {
        received: '"x..2"',
      }),
    ],
  ],
  [
    'a measure with a non-decimal max',
    (d) => setMeasure(d, { min: '0', max: 'y', bands: [band('0', '2', 1)] }),
    [
      issue('catalogue.measure_invalid', M5, 'Ukuran indikator "5" harus memiliki min < max berupa teks desimal.', 'The measure of indicator "5" must have decimal-string bounds with min < max.', {
        received: '"0..y"',
      }),
    ],
  ],
  [
    'an empty measure range (min = max)',
    (d) => setMeasure(d, { min: '2', max: '2', bands: [band('2', '3', 1)] }),
    [
      issue('catalogue.measure_invalid', M5, 'Ukuran indikator "5" harus memiliki min < max berupa teks desimal.', 'The measure of indicator "5" must have decimal-string bounds with min < max.', {
        received: '"2..2"',
      }),
    ],
  ],
  [
    'a measure without bands',
    (d) => setMeasure(d, { min: '0', max: '2', bands: [] }),
    [issue('catalogue.measure_invalid', [...M5, 'bands'], 'Ukuran indikator "5" tidak memiliki pita.', 'The measure of indicator "5" has no bands.')],
  ],
  [
    'a measure band with a non-decimal max (no coverage check follows)',
    (d) => setMeasure(d, { min: '0', max: '2', bands: [band('0', '1', 1), band('1', 'x', 2)] }),
    [
      issue(
        'catalogue.measure_invalid',
        [...M5, 'bands', 1],
        'Pita 2 ukuran indikator "5" harus memiliki min < max berupa teks desimal.',
        'Band 2 of the measure of indicator "5" must have decimal-string bounds with min < max.',
        { received: '"1..x"' },
      ),
    ],
  ],
  [
    'a measure band with a non-decimal min',
    (d) => setMeasure(d, { min: '0', max: '2', bands: [band('x', '2', 1)] }),
    [
      issue(
        'catalogue.measure_invalid',
        [...M5, 'bands', 0],
        'Pita 1 ukuran indikator "5" harus memiliki min < max berupa teks desimal.',
        'Band 1 of the measure of indicator "5" must have decimal-string bounds with min < max.',
        { received: '"x..2"' },
      ),
    ],
  ],
  [
    'an empty measure band (min = max)',
    (d) => setMeasure(d, { min: '0', max: '2', bands: [band('0', '1', 1), band('1', '1', 2), band('1', '2', 3)] }),
    [
      issue(
        'catalogue.measure_invalid',
        [...M5, 'bands', 1],
        'Pita 2 ukuran indikator "5" harus memiliki min < max berupa teks desimal.',
        'Band 2 of the measure of indicator "5" must have decimal-string bounds with min < max.',
        { received: '"1..1"' },
      ),
    ],
  ],
  [
    'measure bands mapping to levels off the scale',
    (d) => setMeasure(d, { min: '0', max: '3', bands: [band('0', '1', 0), band('1', '2', 6), band('2', '3', 2.5)] }),
    [0, 6, 2.5].map((level, i) =>
      issue(
        'catalogue.measure_invalid',
        [...M5, 'bands', i, 'level'],
        `Pita ${i + 1} ukuran indikator "5" harus menunjuk tingkat 1–5.`,
        `Band ${i + 1} of the measure of indicator "5" must map to a level 1–5.`,
        { received: String(level) },
      ),
    ),
  ],
  [
    'measure bands ending above the max',
    (d) => setMeasure(d, { min: '0', max: '2', bands: [band('0', '1', 1), band('1', '3', 2)] }),
    [
      issue(
        'catalogue.measure_outside_range',
        [...M5, 'bands'],
        'Pita ukuran indikator "5" harus mencakup tepat 0–2, dari yang terendah.',
        'The bands of the measure of indicator "5" must cover exactly 0–2, lowest first.',
        { expected: '0..2', received: '"0..3"' },
      ),
    ],
  ],
  [
    'measure bands starting above the min',
    (d) => setMeasure(d, { min: '0', max: '2', bands: [band('0.5', '1', 1), band('1', '2', 2)] }),
    [
      issue(
        'catalogue.measure_outside_range',
        [...M5, 'bands'],
        'Pita ukuran indikator "5" harus mencakup tepat 0–2, dari yang terendah.',
        'The bands of the measure of indicator "5" must cover exactly 0–2, lowest first.',
        { expected: '0..2', received: '"0.5..2"' },
      ),
    ],
  ],
  [
    'overlapping measure bands',
    (d) => setMeasure(d, { min: '0', max: '3', bands: [band('0', '1', 1), band('1', '2.5', 2), band('2', '3', 3)] }),
    [
      issue(
        'catalogue.measure_overlap',
        [...M5, 'bands', 2, 'min'],
        'Pita 3 ukuran indikator "5" tumpang tindih dengan pita sebelumnya.',
        'Band 3 of the measure of indicator "5" overlaps the band before it.',
        { expected: '2.5', received: '"2"' },
      ),
    ],
  ],
  [
    'a gap between measure bands',
    (d) => setMeasure(d, { min: '0', max: '3', bands: [band('0', '1', 1), band('1', '2', 2), band('2.5', '3', 3)] }),
    [
      issue(
        'catalogue.measure_gap',
        [...M5, 'bands', 2, 'min'],
        'Ada celah sebelum pita 3 ukuran indikator "5".',
        'There is a gap before band 3 of the measure of indicator "5".',
        { expected: '2', received: '"2.5"' },
      ),
    ],
  ],
];

describe('safeCompileCatalogue: one broken thing, exactly its issues', () => {
  it('accepts the unbroken base definitions (with and without criteria and a measure)', () => {
    expect(compile(baseDefinition()).success).toBe(true);
    expect(compile(withCriteria(baseDefinition())).success).toBe(true);
    const own = baseDefinition();
    own.groups[0].groups[0].indicators[0].criteria = ownChecklist();
    expect(compile(own).success).toBe(true);
    // The minimum level may be listed, with no criteria (it holds with nothing met).
    own.groups[0].groups[0].indicators[0].criteria = [criteria(1), ...ownChecklist()];
    expect(compile(own).success).toBe(true);
    expect(compile(setMeasure(baseDefinition(), { min: '0', max: '3', bands: [band('0', '1', 1), band('1', '2', 3), band('2', '3', 5)] })).success).toBe(true);
  });

  it.each(cases)('%s', (_name, mutate, expected) => {
    expect(issuesOf(mutate(baseDefinition()))).toEqual(expected);
  });

  it('a catalogue without scales says so, and every indicator names the unknown scale', () => {
    const d = baseDefinition();
    d.scales = [];
    const issues = issuesOf(d);
    // The tree is walked first: seven unknown scales (none to expect), then the missing scales.
    expect(issues.slice(0, 7).map((i) => [i.code, i.expected, i.received])).toEqual(Array.from({ length: 7 }, () => ['catalogue.unknown_scale', '', '"p"']));
    expect(issues[7]).toEqual(issue('catalogue.scale_invalid', ['scales'], 'Katalog tidak memiliki skala tingkat.', 'The catalogue has no level scales.'));
    expect(issues).toHaveLength(8);
  });
});

describe('safeCompileCatalogue: the safe-integer weight limit', () => {
  const scaleWeights = (d: Def, suffix: string): Def => {
    const visit = (node: Def) => {
      if (typeof node.weight === 'string') node.weight += suffix;
      for (const child of [...(node.groups ?? []), ...(node.indicators ?? [])]) visit(child);
    };
    d.groups.forEach(visit);
    d.totalWeight += suffix;
    return d;
  };

  it('divides the weights by their common factor before checking the limit', () => {
    // Every weight ×10¹³: 10¹⁵ units before dividing by the gcd 10¹³, which would exceed the limit.
    const outcome = compile(scaleWeights(baseDefinition(), '0000000000000'));
    expect(outcome.success).toBe(true);
  });

  it('rejects weights whose total, times twice the top level, passes 2^53 − 1', () => {
    // 13 decimals: total 100 is 10¹⁵ units, and 10¹⁵ · 5 · 2 = 10¹⁶ > 2^53 − 1 ≈ 9.007·10¹⁵.
    const d = baseDefinition();
    d.groups[0].groups[0].indicators[0].weight = '3.9999999999999';
    d.groups[0].groups[0].indicators[1].weight = '6.0000000000001';
    expect(issuesOf(d)).toEqual([
      issue(
        'catalogue.weight_too_fine',
        ['groups'],
        'Bobot terlalu rinci untuk dihitung tepat dengan bilangan bulat aman; sederhanakan bobotnya.',
        'The weights are too fine-grained for exact safe-integer scoring; simplify them.',
      ),
    ]);
  });

  it('accepts weights just inside the limit', () => {
    // 12 decimals: 10¹⁴ units, 10¹⁴ · 5 · 2 = 10¹⁵ < 2^53 − 1.
    const d = baseDefinition();
    d.groups[0].groups[0].indicators[0].weight = '3.999999999999';
    d.groups[0].groups[0].indicators[1].weight = '6.000000000001';
    expect(compile(d).success).toBe(true);
  });
});

describe('compiled id lookups', () => {
  /** Positions by id as the build made them before the validator handed its own over. */
  const expected = (entries: readonly { id: string }[]) => Object.assign(Object.create(null) as object, Object.fromEntries(entries.map((entry, i) => [entry.id, i])));

  it('are null-prototype, frozen positions by id in tree order, whether the validator or the build made them', () => {
    const cases: Def[] = [baseDefinition(), withCriteria(baseDefinition())];
    // Typed data whose ids are not all strings is not refused by the validator (no shape check);
    // its lookups are then made by the build, as before.
    const numeric = baseDefinition();
    numeric.groups[0].groups[0].indicators[0].id = 101;
    numeric.groups[1].id = 7;
    cases.push(numeric);
    for (const definition of cases) {
      const outcome = compile(definition);
      if (!outcome.success) throw new Error(outcome.issues[0]!.message.en);
      const { lookup, indicators, groups } = outcome.output;
      for (const [table, entries] of [
        [lookup.indicators, indicators],
        [lookup.groups, groups],
      ] as const) {
        expect(Object.getPrototypeOf(table)).toBeNull();
        expect(Object.isFrozen(table)).toBe(true);
        expect(Object.keys(table)).toEqual(Object.keys(expected(entries)));
        expect({ ...table }).toEqual({ ...expected(entries) });
      }
      expect(Object.keys(lookup)).toEqual(['indicators', 'groups', 'codes']);
    }
  });
});
