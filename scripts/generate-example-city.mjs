// Generates the example city (Pemerintah Kota Contoh): 30 OPD self-assessments for 2024 and
// 2025 (PermenPANRB 59/2020) and 2026 (Indeks Pemerintah Digital, PermenPANRB 8/2026), who owns
// which indicator (JSON and CSV), the city's costs, and the earlier years' city results for the
// report's trend. Deterministic: the same files on every run. Needs `npm run build` first.
//
//   node scripts/generate-example-city.mjs
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from '../dist/analysis.js';
import { permenpanrb592020 } from '../dist/catalogues/permenpanrb-59-2020.js';
import { permenpanrb82026 } from '../dist/catalogues/permenpanrb-8-2026.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CITY = 'Pemerintah Kota Contoh';

/** The OPD: file name, unit id (its `agency`) and how far along it is (0 weak … 4 strong). */
const OPD = [
  ['diskominfo', 'Diskominfo', 4],
  ['bappeda', 'Bappeda', 3],
  ['bpkad', 'BPKAD', 3],
  ['bkpsdm', 'BKPSDM', 2],
  ['inspektorat', 'Inspektorat', 2],
  ['bagian-organisasi', 'Bagian Organisasi', 3],
  ['bagian-hukum', 'Bagian Hukum', 2],
  ['bagian-pbj', 'Bagian Pengadaan Barang dan Jasa', 3],
  ['dispusip', 'Dinas Perpustakaan dan Kearsipan', 1],
  ['dpmptsp', 'DPMPTSP', 4],
  ['disdukcapil', 'Disdukcapil', 3],
  ['dinkes', 'Dinas Kesehatan', 2],
  ['rsud', 'RSUD Kota Contoh', 2],
  ['disdik', 'Dinas Pendidikan', 1],
  ['dinsos', 'Dinas Sosial', 1],
  ['dishub', 'Dinas Perhubungan', 2],
  ['dlh', 'Dinas Lingkungan Hidup', 1],
  ['dpupr', 'Dinas PUPR', 2],
  ['disperkim', 'Dinas Perumahan dan Kawasan Permukiman', 1],
  ['satpol-pp', 'Satpol PP', 0],
  ['bpbd', 'BPBD', 1],
  ['disnaker', 'Dinas Tenaga Kerja', 1],
  ['dinkopukm', 'Dinas Koperasi dan UKM', 0],
  ['disdag', 'Dinas Perdagangan', 1],
  ['dkpp', 'Dinas Ketahanan Pangan dan Pertanian', 0],
  ['dp3ap2kb', 'DP3AP2KB', 1],
  ['disbudpar', 'Dinas Kebudayaan dan Pariwisata', 1],
  ['bapenda', 'Bapenda', 3],
  ['kesbangpol', 'Kesbangpol', 0],
  ['setwan', 'Sekretariat DPRD', 1],
];
const ID = Object.fromEntries(OPD.map(([file, id]) => [file, id]));

/** 59/2020: indicator → owners (the first is the lead where there are several). */
const OWNERS_2020 = {
  1: ['diskominfo', 'bappeda'], 2: ['diskominfo', 'bappeda'], 3: ['diskominfo'], 4: ['diskominfo'], 5: ['diskominfo'],
  6: ['diskominfo'], 7: ['diskominfo'], 8: ['diskominfo'], 9: ['inspektorat', 'diskominfo'], 10: ['bagian-organisasi'],
  11: ['bappeda', 'diskominfo'], 12: ['bappeda', 'diskominfo'], 13: ['bappeda', 'bpkad'], 14: ['bagian-organisasi'],
  15: ['diskominfo', 'dishub', 'dlh', 'disdik', 'dinsos', 'disnaker', 'disdag'], 16: ['diskominfo'], 17: ['diskominfo'],
  18: ['diskominfo'], 19: ['bagian-organisasi', 'diskominfo'], 20: ['diskominfo', 'bappeda'], 21: ['inspektorat'],
  22: ['diskominfo', 'bpbd'], 23: ['diskominfo', 'bappeda'], 24: ['bpkad', 'diskominfo'], 25: ['bkpsdm'], 26: ['dispusip', 'bkpsdm'],
  27: ['bagian-organisasi'], 28: ['diskominfo'], 29: ['inspektorat', 'diskominfo'], 30: ['inspektorat', 'diskominfo'],
  31: ['inspektorat', 'diskominfo'], 32: ['bappeda'], 33: ['bpkad'], 34: ['bpkad', 'bapenda'], 35: ['bagian-pbj'], 36: ['bkpsdm'],
  37: ['dispusip', 'setwan'], 38: ['bpkad'], 39: ['inspektorat'], 40: ['bagian-organisasi'], 41: ['bkpsdm'],
  42: ['diskominfo', 'bagian-organisasi', 'satpol-pp'], 43: ['diskominfo'], 44: ['bagian-hukum', 'setwan'],
  45: ['dpmptsp', 'dinkopukm', 'disdag'], 46: ['disdukcapil', 'dinsos', 'dp3ap2kb'], 47: ['dinkes', 'rsud', 'disdik', 'dkpp'],
};
// Every OPD owns something: the rest share the sector services and applications.
const EXTRA_2020 = { dpupr: [15, 45], disperkim: [45], bpbd: [47], disbudpar: [15, 45], kesbangpol: [42], satpol_pp: [] };

/** Pemdi 2026 (20 indicators): indicator → owners, the lead first. */
const OWNERS_2026 = {
  1: ['diskominfo', 'bagian-organisasi'], 2: ['diskominfo', 'bagian-organisasi'], 3: ['bkpsdm'], 4: ['diskominfo', 'bappeda'],
  5: ['diskominfo', 'bappeda'], 6: ['bappeda', 'dpupr', 'disperkim'], 7: ['diskominfo', 'bappeda'], 8: ['diskominfo', 'bagian-hukum'],
  9: ['inspektorat', 'diskominfo'], 10: ['diskominfo', 'bpbd'], 11: ['diskominfo'], 12: ['diskominfo'],
  13: ['diskominfo', 'dishub', 'dlh', 'disdik', 'dinsos', 'disnaker', 'disdag', 'disbudpar', 'dinkopukm', 'dkpp'],
  14: ['diskominfo'], 15: ['bagian-organisasi', 'bappeda', 'bpkad'], 16: ['diskominfo', 'bpkad', 'bapenda', 'bkpsdm'],
  17: ['dpmptsp', 'disdukcapil', 'dinkes', 'rsud', 'diskominfo'], 18: ['diskominfo', 'bappeda', 'dp3ap2kb'],
  19: ['diskominfo', 'dpmptsp', 'satpol-pp', 'kesbangpol'], 20: ['bagian-organisasi', 'dpmptsp', 'disdukcapil', 'dinkes', 'rsud', 'bagian-pbj', 'dispusip', 'setwan'],
};

/**
 * 2026: a Pemdi indicator value need not be whole (pemdi.md section 3: it aggregates several
 * questions, and assessor results carry values such as 1.26, 2.5 and 7/6). Eight OPDs give such
 * a value, near the whole level drawn for it, in every form an assessment takes: decimal strings,
 * a fraction string and JSON numbers (read by their shortest decimal, 3.25 is 13/4).
 */
const FRACTIONAL_2026 = {
  diskominfo: { 10: '2.5', 14: 3.25 },
  bappeda: { 6: '2.75', 15: 1.5 },
  bkpsdm: { 3: '1.26' },
  inspektorat: { 9: '2.6' },
  dinkes: { 20: 1.25 },
  rsud: { 17: '2.5' },
  'satpol-pp': { 19: '7/6' },
  disdukcapil: { 20: '3.75' },
};

/** A deterministic sequence (a linear congruential generator), one per file. */
function sequence(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function seedOf(text) {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/** Which indicators each OPD owns, as ids. */
function ownedBy(owners, extra = {}) {
  const owned = Object.fromEntries(OPD.map(([file]) => [file, []]));
  for (const [indicator, list] of Object.entries(owners)) for (const file of list) owned[file].push(indicator);
  for (const [key, list] of Object.entries(extra)) for (const indicator of list) owned[key.replace('_', '-')].push(String(indicator));
  for (const file of Object.keys(owned)) owned[file] = [...new Set(owned[file])].sort((a, b) => Number(a) - Number(b));
  return owned;
}

/** A level from the OPD's strength and a draw, within 1..5: most near 2–4, the strong higher. */
function level(strength, draw, lift) {
  const base = 1 + Math.floor(strength * 0.45 + draw * 2.2) + lift;
  return Math.max(1, Math.min(5, base));
}

function write(file, value) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function clear(dir) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (name.endsWith('.json')) rmSync(join(dir, name));
}

/** One year's assessments, one file per OPD. */
function year(catalogue, owned, yearNumber, lift, exact = {}) {
  const dir = join(root, 'examples', 'opd', String(yearNumber));
  clear(dir);
  const units = [];
  for (const [file, id, strength] of OPD) {
    const next = sequence(seedOf(`${catalogue.id}/${file}`));
    const levels = {};
    for (const indicator of owned[file]) {
      const draw = next();
      // A year later, some indicators moved up one level (the same draws, so the rest stay put).
      const raised = next() < 0.35 ? lift : 0;
      levels[indicator] = level(strength, draw, raised);
    }
    // The exact values replace drawn levels in place (the other draws stay put); only owned ones.
    for (const [indicator, value] of Object.entries(exact[file] ?? {})) {
      if (!(indicator in levels)) throw new Error(`${file} does not own indicator ${indicator}`);
      levels[indicator] = value;
    }
    // No catalogue field: the year picks it (59/2020 to 2025, the Indeks Pemerintah Digital from 2026).
    const assessment = { $schema: '../../../docs/schema/assessment.schema.json', agency: id, year: yearNumber, levels };
    write(join(dir, `${file}.json`), assessment);
    units.push(assessment);
  }
  return units;
}

function responsibilities(catalogue, owners, extra, name) {
  const owned = ownedBy(owners, extra);
  const indicators = {};
  for (const indicator of catalogue.indicators) {
    const list = OPD.filter(([file]) => owned[file].includes(indicator.id)).map(([file]) => file);
    const lead = owners[indicator.id]?.[0];
    const ids = list.map((file) => ID[file]);
    indicators[indicator.id] = ids.length > 1 && lead !== undefined ? { owners: ids, lead: ID[lead] } : ids;
  }
  write(join(root, 'examples', 'city', `${name}.json`), { $schema: '../../docs/schema/responsibilities.schema.json', catalogue: catalogue.id, indicators });
  const rows = ['indikator;opd;utama'];
  for (const [indicator, entry] of Object.entries(indicators)) {
    const ids = Array.isArray(entry) ? entry : entry.owners;
    const lead = Array.isArray(entry) ? undefined : entry.lead;
    for (const id of ids) rows.push(`${indicator};${id};${id === lead ? 'ya' : ''}`);
  }
  writeFileSync(join(root, 'examples', 'city', `${name}.csv`), `${rows.join('\r\n')}\r\n`);
  return { indicators };
}

const owned2020 = ownedBy(OWNERS_2020, EXTRA_2020);
const owned2026 = ownedBy(OWNERS_2026);
const resp2020 = responsibilities(permenpanrb592020, OWNERS_2020, EXTRA_2020, 'responsibilities-59-2020');
const resp2026 = responsibilities(permenpanrb82026, OWNERS_2026, {}, 'responsibilities-8-2026');
const units2024 = year(permenpanrb592020, owned2020, 2024, 0);
const units2025 = year(permenpanrb592020, owned2020, 2025, 1);
year(permenpanrb82026, owned2026, 2026, 0, FRACTIONAL_2026);

// The earlier years' city results, as `spbe rollup --format json` would write them (without the
// units' own results, which the trend does not read).
const options = (resp) => ({ strategy: 'owner', responsibilities: resp, name: CITY, unitResults: false });
write(join(root, 'examples', 'city', 'kota-contoh-2024.json'), rollup(permenpanrb592020, units2024, options(resp2020)));
write(join(root, 'examples', 'city', 'kota-contoh-2025.json'), rollup(permenpanrb592020, units2025, options(resp2020)));

// What a step costs the city: audits and security cost more, a few OPDs cannot move this year.
write(join(root, 'examples', 'city', 'costs-59-2020.json'), {
  defaultCost: [1, 1, 2, 4],
  costs: { 13: [1, 2, 3, 5], 22: [1, 2, 3, 6], 29: [1, 2, 4, 6], 30: [1, 2, 4, 6], 31: [1, 3, 5, 8] },
  caps: { 31: 4 },
  units: { Diskominfo: { defaultCost: [1, 1, 1, 2] }, 'Satpol PP': { locked: ['42'] }, Kesbangpol: { locked: ['42'] } },
});
write(join(root, 'examples', 'city', 'costs-8-2026.json'), {
  defaultCost: [1, 1, 2, 3],
  costs: { 9: [1, 2, 4, 6], 11: [2, 3, 5, 8], 12: [1, 2, 4, 6] },
  units: { Diskominfo: { defaultCost: [1, 1, 1, 2] }, Kesbangpol: { locked: ['19'] } },
});
console.log('examples/opd/{2024,2025,2026} and examples/city written');
