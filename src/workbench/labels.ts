import type { Catalogue, Language, Localized } from '../index.js';
import { indexName } from '../report/labels.js';

/** Every fixed text of the workbench in both languages, in one table (like the reports' labels). */
export const LABELS = {
  // Before a catalogue is on screen (and in the built page's <title>); then workbenchTitle names its index.
  title: { id: 'Meja Kerja Indeks SPBE dan Pemerintah Digital', en: 'SPBE and Digital Government Index Workbench' },
  titleOf: { id: 'Meja Kerja {index}', en: '{index} Workbench' },
  tagline: {
    id: 'Semua perhitungan berjalan di peramban ini, tanpa jaringan. Tidak ada data yang disimpan atau dikirim kecuali Anda mengekspornya.',
    en: 'Everything is computed in this browser, with no network. Nothing is stored or sent unless you export it.',
  },
  switchLanguage: { id: 'English', en: 'Bahasa Indonesia' },
  switchLanguageName: { id: 'Ganti bahasa ke English', en: 'Switch the language to Bahasa Indonesia' },
  exportState: { id: 'Ekspor isian (JSON)', en: 'Export entries (JSON)' },
  importState: { id: 'Impor isian (JSON)', en: 'Import entries (JSON)' },
  stateImported: { id: 'Isian diimpor.', en: 'Entries imported.' },
  stateInvalid: { id: 'Berkas ini bukan ekspor isian meja kerja.', en: 'This file is not an export of the workbench entries.' },
  clearAll: { id: 'Kosongkan isian', en: 'Clear the entries' },
  // Catalogue
  catalogueSection: { id: 'Katalog', en: 'Catalogue' },
  evaluationYear: { id: 'Tahun evaluasi', en: 'Evaluation year' },
  customCatalogue: { id: 'Katalog sendiri (berkas JSON)', en: 'Own catalogue (JSON file)' },
  useBuiltin: { id: 'Kembali ke katalog bawaan', en: 'Back to the built-in catalogue' },
  agency: { id: 'Nama instansi', en: 'Agency name' },
  // Entry
  entrySection: { id: 'Isian tingkat per indikator', en: 'Level per indicator' },
  choose: { id: '— belum diisi —', en: '— not entered —' },
  notApplicable: { id: 'tidak berlaku (na)', en: 'not applicable (na)' },
  keptFromFile: { id: 'dari berkas', en: 'from the file' },
  valueHint: { id: 'Nilai {min}–{max}, boleh pecahan: 2,5 atau 7/6', en: 'Value {min}–{max}, fractions allowed: 2.5 or 7/6' },
  measured: { id: 'nilai terukur', en: 'measured value' },
  measureHint: { id: 'Nilai terukur {min}–{max}, dipetakan ke tingkat oleh katalog', en: 'Measured value {min}–{max}, mapped to a level by the catalogue' },
  criteria: { id: 'Kriteria tingkat ini', en: 'Criteria of this level' },
  // Result
  resultSection: { id: 'Hasil', en: 'Result' },
  nothingYet: { id: 'Isi tingkat indikator atau muat berkas untuk melihat hasil.', en: 'Enter indicator levels or load a file to see the result.' },
  exact: { id: 'Nilai eksak', en: 'Exact value' },
  coverage: { id: 'Cakupan', en: 'Coverage' },
  incomplete: {
    id: 'Penilaian belum lengkap: {n} indikator belum diisi; indeks dihitung dari yang sudah diisi.',
    en: 'Incomplete assessment: {n} indicators not entered yet; the index is computed from those entered.',
  },
  nextBand: { id: 'Ke predikat berikutnya', en: 'To the next rating' },
  nextBandText: { id: '+{gap} lagi ke {band} (batas {bound})', en: '+{gap} more to {band} (bound {bound})' },
  topBand: { id: 'Sudah di predikat tertinggi.', en: 'Already in the top rating.' },
  fragile: {
    id: 'Perhatian: tampilan {shown} menyiratkan predikat {display}, tetapi nilai eksak {exact} memberi {band}.',
    en: 'Note: the display {shown} suggests the rating {display}, but the exact value {exact} gives {band}.',
  },
  issues: { id: 'Masalah', en: 'Issues' },
  warnings: { id: 'Peringatan', en: 'Warnings' },
  weight: { id: 'Bobot', en: 'Weight' },
  value: { id: 'Indeks', en: 'Index' },
  predicate: { id: 'Predikat', en: 'Rating' },
  // Files
  filesSection: { id: 'Muat berkas', en: 'Load files' },
  filesHint: {
    id: 'Penilaian JSON atau CSV (ekspor Excel, pemisah ; atau ,), hasil JSON dari spbe score, atau katalog JSON. Pilih atau seret ke sini.',
    en: 'JSON or CSV assessments (Excel exports, ; or , separated), JSON results of spbe score, or a JSON catalogue. Pick them or drop them here.',
  },
  pickFiles: { id: 'Pilih berkas', en: 'Choose files' },
  loadedAssessment: { id: 'dimuat sebagai penilaian', en: 'loaded as the assessment' },
  loadedResult: { id: 'hasil dimuat: tingkatnya menjadi isian', en: 'result loaded: its levels became the entries' },
  loadedCatalogue: { id: 'dimuat sebagai katalog', en: 'loaded as the catalogue' },
  fileIssues: { id: 'tidak dapat dimuat', en: 'could not be loaded' },
  row: { id: 'baris', en: 'row' },
  column: { id: 'kolom', en: 'column' },
  // Downloads
  downloadSection: { id: 'Unduh dan cetak', en: 'Download and print' },
  downloadHtml: { id: 'Laporan HTML', en: 'HTML report' },
  downloadCsv: { id: 'CSV', en: 'CSV' },
  downloadMarkdown: { id: 'Markdown', en: 'Markdown' },
  downloadJson: { id: 'Hasil JSON', en: 'JSON result' },
  print: { id: 'Cetak', en: 'Print' },
  downloadNeedsResult: { id: 'Unduhan tersedia setelah ada hasil.', en: 'Downloads are available once there is a result.' },
  // City
  citySection: { id: 'Evaluasi kota', en: 'City evaluation' },
  cityHint: {
    id: 'Seret semua berkas penilaian OPD (JSON atau CSV; nama berkas menjadi nama unit bila tidak ada "agency") dan, bila ada, berkas penanggung jawab indikator (JSON atau CSV).',
    en: 'Drop every OPD assessment file (JSON or CSV; the file name is the unit name when there is no "agency") and, if you have one, the indicator responsibilities file (JSON or CSV).',
  },
  pickCityFiles: { id: 'Pilih berkas OPD', en: 'Choose OPD files' },
  cityUnits: { id: '{n} OPD dimuat', en: '{n} OPDs loaded' },
  responsibilitiesLoaded: { id: 'penanggung jawab dimuat: konsolidasi per pemilik indikator', en: 'responsibilities loaded: consolidated by indicator owner' },
  responsibilitiesElsewhere: { id: 'berkas penanggung jawab: muat di bagian Evaluasi kota', en: 'a responsibilities file: load it in the City evaluation section' },
  loadedUnit: { id: 'dimuat sebagai OPD', en: 'loaded as an OPD' },
  clearCity: { id: 'Kosongkan OPD', en: 'Clear the OPDs' },
  consolidated: { id: 'Hasil konsolidasi kota', en: 'Consolidated city result' },
  ranking: { id: 'Peringkat OPD', en: 'OPD ranking' },
  rank: { id: 'Peringkat', en: 'Rank' },
  unit: { id: 'OPD', en: 'OPD' },
  heatMap: { id: 'Peta panas OPD × indikator (tingkat yang diisi)', en: 'OPD × indicator heat map (levels entered)' },
  belowTargetTitle: { id: 'Indikator di bawah target tingkat {level} dan OPD-nya', en: 'Indicators below the target level {level} and their OPDs' },
  noneBelow: { id: 'Tidak ada.', en: 'None.' },
  cityTarget: { id: 'Target predikat kota', en: 'City rating target' },
  cityStrategy: { id: 'Cara menggabungkan tingkat per indikator', en: 'How levels combine per indicator' },
  minimumCoverage: { id: 'Cakupan minimum untuk diperingkat', en: 'Minimum coverage to be ranked' },
  minimumCoverageDefault: { id: 'bawaan', en: 'default' },
  minimumCoverageHint: {
    id: 'bagian bobot katalog (0 sampai 1, mis. 0,2) yang harus dicakup OPD agar diperingkat; kosong: sedikit di atas indikator terberat',
    en: "share of the catalogue's weight (0 to 1, e.g. 0.2) an OPD must cover to be ranked; empty: just above the heaviest indicator",
  },
  strategy_owner: { id: 'menurut pemilik indikator (berkas penanggung jawab)', en: 'by indicator owner (responsibilities file)' },
  strategy_mean: { id: 'rata-rata unit yang menilai', en: 'mean of the units that assessed it' },
  strategy_median: { id: 'median', en: 'median' },
  strategy_min: { id: 'terendah', en: 'lowest' },
  strategy_max: { id: 'tertinggi', en: 'highest' },
  cityPlanButton: { id: 'Buat rencana kota', en: 'Make the city plan' },
  cityUnreachable: { id: 'Target tidak dapat dicapai:', en: 'The target cannot be reached:' },
  totalCost: { id: 'Total biaya', en: 'Total cost' },
  cityAfter: { id: 'kota sesudahnya', en: 'city afterwards' },
  nothingToRaise: { id: 'Target sudah tercapai: tidak ada yang perlu dinaikkan.', en: 'The target is already met: nothing to raise.' },
  cost: { id: 'biaya', en: 'cost' },
  downloadCity: { id: 'Unduh laporan kota (HTML)', en: 'Download the city report (HTML)' },
  cityFileName: { id: 'laporan-kota', en: 'city-report' },
  // Compare and plan
  comparePlanSection: { id: 'Banding dan rencana', en: 'Compare and plan' },
  previousHint: {
    id: 'Hasil atau penilaian tahun lalu (JSON dari spbe score, atau penilaian JSON/CSV): perubahan dan andil tiap indikator.',
    en: 'Last year’s result or assessment (JSON from spbe score, or a JSON/CSV assessment): the change and each indicator’s share of it.',
  },
  pickPrevious: { id: 'Pilih hasil tahun lalu', en: 'Choose last year’s result' },
  previousLoaded: { id: 'Pembanding', en: 'Compared with' },
  groupChanges: { id: 'Perubahan per kelompok', en: 'Change by group' },
  group: { id: 'Kelompok', en: 'Group' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  indicatorsChanged: { id: 'Indikator yang berubah dan andilnya', en: 'Indicators that changed and their share' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  current: { id: 'Sekarang', en: 'Current' },
  delta: { id: 'Selisih', en: 'Change' },
  attribution: { id: 'Andil', en: 'Share' },
  differentCatalogues: { id: 'Kedua hasil memakai katalog yang berbeda.', en: 'The two results use different catalogues.' },
  targetSection: { id: 'Target dan biaya', en: 'Target and costs' },
  targetPredicate: { id: 'Target predikat', en: 'Target rating' },
  noTarget: { id: '— tanpa —', en: '— none —' },
  targetIndex: { id: 'Target indeks minimum', en: 'Minimum index' },
  groupMinimums: { id: 'Minimum per domain/aspek', en: 'Minimum per domain/aspect' },
  costsHint: { id: 'Biaya per langkah tingkat: setiap langkah 1, atau berkas biaya JSON (seperti spbe plan --costs).', en: 'Cost per level step: 1 each, or a costs JSON file (as for spbe plan --costs).' },
  pickCosts: { id: 'Pilih berkas biaya', en: 'Choose a costs file' },
  defaultCost: { id: 'Biaya per langkah tingkat', en: 'Cost per level step' },
  defaultCostHint: {
    id: 'satu biaya (mis. 2,5) atau satu per langkah dipisah ";" (mis. 1; 1; 2; 4); menggantikan defaultCost berkas biaya; kosong: 1 per langkah',
    en: 'one cost (e.g. 2.5) or one per step separated by ";" (e.g. 1; 1; 2; 4); replaces the costs file\'s defaultCost; empty: 1 a step',
  },
  indicatorPlan: { id: 'Biaya, batas dan kunci per indikator', en: 'Costs, caps and locks per indicator' },
  indicatorPlanHint: {
    id: 'Isian di sini menggantikan isian berkas biaya untuk indikator itu. Biaya: satu biaya (2,5) atau satu per langkah dipisah ";"; batas: tingkat tertinggi yang boleh dicapai rencana; kunci: tingkatnya tidak dinaikkan.',
    en: 'What is typed here replaces the costs file\'s entry for that indicator. Cost: one cost (2.5) or one per step separated by ";"; cap: the highest level the plan may raise it to; lock: its level is not raised.',
  },
  indicatorCost: { id: 'Biaya per langkah', en: 'Cost per step' },
  indicatorCap: { id: 'Batas tingkat', en: 'Level cap' },
  indicatorLock: { id: 'Kunci', en: 'Lock' },
  costsLoaded: { id: 'Biaya dari', en: 'Costs from' },
  makePlan: { id: 'Buat rencana termurah', en: 'Make the cheapest plan' },
  makeFrontier: { id: 'Hitung batas biaya–indeks', en: 'Compute the cost–index frontier' },
  planUnreachable: { id: 'Target tidak dapat dicapai.', en: 'The target cannot be reached.' },
  planBest: { id: 'Nilai terbaik yang dapat dicapai', en: 'Best reachable value' },
  planAfter: { id: 'hasil sesudahnya', en: 'result afterwards' },
  planRaises: { id: 'Kenaikan tingkat', en: 'Level raises' },
  raiseFrom: { id: 'Dari', en: 'From' },
  raiseTo: { id: 'Ke', en: 'To' },
  costColumn: { id: 'Biaya', en: 'Cost' },
  gain: { id: 'Tambahan indeks', en: 'Index gain' },
  frontierTitle: { id: 'Batas biaya–indeks: indeks tertinggi untuk setiap biaya termurah', en: 'Cost–index frontier: the highest index for each least cost' },
  frontierTable: { id: 'Titik-titiknya sebagai tabel', en: 'Its points as a table' },
  needsResult: { id: 'Isi atau muat penilaian dulu: banding dan rencana memakai hasilnya.', en: 'Enter or load an assessment first: comparing and planning use its result.' },
} as const satisfies Record<string, Localized>;

/** A key of {@link LABELS}. */
export type LabelKey = keyof typeof LABELS;

/** A fixed text in the language, with `{name}` placeholders filled in. */
export function t(key: LabelKey, lang: Language, values: Readonly<Record<string, string | number>> = {}): string {
  return LABELS[key][lang].replace(/\{(\w+)\}/gu, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** The page's title, naming the index the catalogue measures: "Meja Kerja Indeks Pemerintah Digital". */
export function workbenchTitle(catalogue: Catalogue | null, lang: Language): string {
  return catalogue === null ? t('title', lang) : t('titleOf', lang, { index: indexName(catalogue, lang) });
}
