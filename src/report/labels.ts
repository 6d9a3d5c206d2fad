import { instrumentOf, type Instrument } from '../analysis/instrument.js';
import type { Language, Localized } from '../model/localized.js';

/**
 * Every fixed report text in both languages: one table, so every renderer says the same thing
 * and a translation is fixed in one place. Keys are named by what the text says, prefixed by the
 * report it belongs to where it is not shared.
 */
export const LABELS = {
  index: { id: 'Indeks SPBE', en: 'SPBE Index' },
  predicate: { id: 'Predikat', en: 'Rating' },
  agency: { id: 'Instansi', en: 'Agency' },
  year: { id: 'Tahun', en: 'Year' },
  catalogue: { id: 'Katalog', en: 'Catalogue' },
  weight: { id: 'Bobot', en: 'Weight' },
  value: { id: 'Indeks', en: 'Index' },
  level: { id: 'Tingkat', en: 'Level' },
  contribution: { id: 'Kontribusi', en: 'Contribution' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  indicators: { id: 'Indikator', en: 'Indicators' },
  group: { id: 'Kelompok', en: 'Group' },
  kind: { id: 'Jenis', en: 'Kind' },
  name: { id: 'Nama', en: 'Name' },
  parent: { id: 'Induk', en: 'Parent' },
  target: { id: 'Target', en: 'Target' },
  gap: { id: 'Kekurangan ke tingkat', en: 'Gap to level' },
  status: { id: 'Status', en: 'Status' },
  coverage: { id: 'Cakupan', en: 'Coverage' },
  ofWeight: { id: 'dari bobot', en: 'of the weight' },
  nextBand: { id: 'Ke predikat berikutnya', en: 'To the next rating' },
  incomplete: {
    id: 'Penilaian tidak lengkap: sebagian indikator tidak masuk perhitungan.',
    en: 'Incomplete assessment: some indicators did not enter the score.',
  },
  exact: { id: 'Nilai eksak', en: 'Exact value' },
  fingerprint: { id: 'Sidik jari', en: 'Fingerprint' },
  generatedBy: { id: 'Dihitung dengan', en: 'Computed with' },
  notes: { id: 'Catatan', en: 'Note' },
  warnings: { id: 'Peringatan', en: 'Warnings' },
  notAssessed: { id: 'tidak dinilai', en: 'not assessed' },
  notApplicable: { id: 'tidak berlaku', en: 'not applicable' },
  before: { id: 'Sebelum', en: 'Before' },
  after: { id: 'Sesudah', en: 'After' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  current: { id: 'Sekarang', en: 'Current' },
  delta: { id: 'Selisih', en: 'Change' },
  // The HTML report
  reportOf: { id: 'Laporan', en: 'Report' },
  radarTitle: { id: 'Indeks per aspek', en: 'Index by aspect' },
  barsTitle: { id: 'Indeks per domain terhadap target', en: 'Index by domain against the target' },
  indicatorTable: { id: 'Tingkat per indikator', en: 'Level by indicator' },
  // Comparisons
  comparisonTitle: { id: 'Perbandingan', en: 'Comparison' },
  attribution: { id: 'Andil', en: 'Share' },
  indicatorsChanged: { id: 'Indikator yang berubah', en: 'Indicators that changed' },
  noIndicatorChanged: { id: 'Tidak ada indikator yang berubah.', en: 'No indicator changed.' },
  differentCatalogues: {
    id: 'Peringatan: kedua hasil memakai katalog yang berbeda.',
    en: 'Warning: the two results use different catalogues.',
  },
  differentInstruments: {
    id: 'Peringatan: kedua hasil adalah instrumen yang berbeda',
    en: 'Warning: the two results are different instruments',
  },
  onlyIndexCompared: { id: 'hanya indeks dan predikatnya yang dibandingkan.', en: 'only the index and its predikat are compared.' },
  selfAssessment: { id: 'Penilaian mandiri', en: 'Self-assessment' },
  overRated: { id: 'dinilai terlalu tinggi', en: 'over-rated' },
  underRated: { id: 'dinilai terlalu rendah', en: 'under-rated' },
  agreed: { id: 'sama', en: 'agreed' },
  inflation: { id: 'Penggelembungan indeks', en: 'Index inflation' },
  // Improvement plans
  planTitle: { id: 'Rencana peningkatan termurah', en: 'Cheapest improvement plan' },
  planReachable: { id: 'Tercapai dengan total biaya', en: 'Reachable at a total cost of' },
  planUnreachable: { id: 'Target tidak dapat dicapai.', en: 'The target cannot be reached.' },
  planBest: { id: 'Nilai terbaik yang dapat dicapai', en: 'Best reachable value' },
  planResult: { id: 'Hasil setelah rencana', en: 'Result after the plan' },
  planNothing: { id: 'Target sudah tercapai: tidak ada yang perlu dinaikkan.', en: 'The target is already met: nothing to raise.' },
  raiseFrom: { id: 'Dari', en: 'From' },
  raiseTo: { id: 'Ke', en: 'To' },
  cost: { id: 'Biaya', en: 'Cost' },
  gain: { id: 'Tambahan indeks', en: 'Index gain' },
  // Roll-ups
  rollupTitle: { id: 'Konsolidasi antarunit', en: 'Roll-up across units' },
  strategy: { id: 'Strategi', en: 'Strategy' },
  rank: { id: 'Peringkat', en: 'Rank' },
  unit: { id: 'Unit', en: 'Unit' },
  distribution: { id: 'Sebaran indeks unit', en: 'Distribution of unit indexes' },
  unassessed: { id: 'Indikator yang tidak dinilai unit mana pun', en: 'Indicators no unit assessed' },
  unitsBelowTarget: { id: 'Unit di bawah target indeks', en: 'Units below the index target' },
  indicatorsBelowTarget: { id: 'Indikator di bawah target tingkat', en: 'Indicators below the level target' },
  widestSpread: { id: 'Sebaran terlebar antarunit', en: 'Widest spread between units' },
  noneListed: { id: '(tidak ada)', en: '(none)' },
  // City plans (spbe city-plan)
  cityPlanTitle: { id: 'Rencana kota termurah per OPD', en: 'Cheapest city plan by department' },
  cityPlanBound: { id: 'Tidak terbukti termurah: paling banyak lebih mahal', en: 'Not proven cheapest: it costs at most this much more than the cheapest plan:' },
  cityPlanBefore: { id: 'Hasil kota sekarang', en: 'The city now' },
  cityPlanUnits: { id: 'Tindakan per OPD', en: 'Actions per department' },
  cityPlanIndicators: { id: 'Per indikator (nilai kota)', en: 'Per indicator (the city value)' },
  cityPlanUnitCount: { id: 'OPD', en: 'Units' },
  // The city report (one page for a city and its units)
  cityTitle: { id: 'Laporan evaluasi kota', en: 'City evaluation report' },
  unitCount: { id: 'Jumlah unit', en: 'Units' },
  unitsRanked: { id: 'Peringkat unit (OPD)', en: 'Ranking of the units (OPD)' },
  unranked: { id: 'Unit yang tidak diperingkat', en: 'Units not ranked' },
  unrankedNote: {
    id: 'Cakupannya di bawah minimum bobot katalog yang disyaratkan untuk diperingkat.',
    en: 'Their coverage is below the minimum share of the catalogue\'s weight required to be ranked.',
  },
  heatmapTitle: { id: 'Peta tingkat: unit × indikator', en: 'Level map: unit × indicator' },
  heatmapLegend: {
    id: 'Setiap sel: tingkat unit pada indikator itu. Kolom: nomor indikator (nama lengkap di bawah).',
    en: 'Each cell: the unit\'s level on that indicator. Columns: indicator numbers (full names below).',
  },
  roundedMark: {
    id: 'dibulatkan ke dua desimal (nilai eksak di keluaran JSON)',
    en: 'rounded to two decimals (the exact value is in the JSON output)',
  },
  heatmapNotCounted: { id: 'tidak masuk konsolidasi (bukan pemilik)', en: 'not counted in the consolidation (not an owner)' },
  heatmapNoResults: {
    id: 'Peta tingkat tidak tersedia: roll-up dibuat tanpa hasil per unit (unitResults: false).',
    en: 'No level map: the roll-up was made without the units\' results (unitResults: false).',
  },
  cityRow: { id: 'Kota (konsolidasi)', en: 'City (consolidated)' },
  missingMark: { id: 'tidak dinilai', en: 'not assessed' },
  notApplicableMark: { id: 'tidak berlaku', en: 'not applicable' },
  shortfallsTitle: {
    id: 'Indikator di bawah target tingkat, menurut biayanya bagi indeks kota',
    en: 'Indicators below the level target, by what they cost the city\'s index',
  },
  shortfallCost: { id: 'Biaya bagi indeks', en: 'Cost to the index' },
  unitsBelowLevel: { id: 'Unit di bawah target', en: 'Units below the target' },
  attributionTitle: { id: 'Andil setiap unit dalam kekurangan kota', en: 'Each unit\'s share of the city\'s shortfall' },
  attributionLegend: {
    id: 'Bagian eksak tiap unit; jumlahnya sama dengan kekurangan. Nilai negatif: unit di atas target yang menutup kekurangan unit lain.',
    en: 'Each unit\'s exact part; the parts add up to the shortfall. A negative part: a unit above the target making up for others.',
  },
  toIndexTarget: { id: 'Ke target indeks', en: 'To the index target' },
  toLevelTarget: { id: 'Ke target tingkat', en: 'To the level target' },
  shortfall: { id: 'Kekurangan', en: 'Shortfall' },
  actionsTitle: { id: 'Daftar tindakan per unit (rencana kota termurah)', en: 'Action list per unit (cheapest city plan)' },
  planNotOptimal: { id: 'Bukan yang termurah terbukti; paling mahal lebih', en: 'Not proven cheapest; costs at most' },
  planNotOptimalMore: { id: 'dari rencana termurah.', en: 'more than the cheapest plan.' },
  trendTitle: { id: 'Tren indeks kota', en: 'Trend of the city index' },
  instrumentChange: { id: 'Instrumen berganti', en: 'Instrument changed' },
  instrumentNote: {
    id: 'Nilai sebelum dan sesudah pergantian instrumen tidak dapat dibandingkan langsung; garisnya tidak disambung.',
    en: 'Values before and after a change of instrument are not directly comparable; the line is not joined.',
  },
  mean: { id: 'rata-rata', en: 'mean' },
  median: { id: 'median', en: 'median' },
  // Margins, leverage and the cost–index frontier (spbe margin, leverage, frontier)
  marginTitle: { id: 'Margin predikat', en: 'Predikat margins' },
  marginLegend: {
    id: 'Ke atas: kekurangan menuju rentang berikutnya. Ke bawah: ruang sebelum turun. Turun: penurunan satu tingkat tersedikit yang menurunkan predikat.',
    en: 'Up: what is missing to the next band. Down: the room before the band below. Drops: the fewest single-level drops that demote it.',
  },
  marginFragile: {
    id: 'Rapuh (nilai tampilan menyiratkan rentang yang tidak dicapai nilai eksak):',
    en: 'Fragile (the display suggests a band the exact value does not reach):',
  },
  fragile: { id: 'rapuh', en: 'fragile' },
  up: { id: 'Ke atas', en: 'Up' },
  down: { id: 'Ke bawah', en: 'Down' },
  drops: { id: 'Turun', en: 'Drops' },
  leverageTitle: { id: 'Daya ungkit indikator', en: 'Indicator leverage' },
  leverageLegend: { id: 'Tambahan indeks eksak per indikator, terbesar lebih dulu.', en: 'Exact index gain per indicator, largest first.' },
  oneLevel: { id: '+1 tingkat', en: '+1 level' },
  toTop: { id: 'Ke puncak', en: 'To the top' },
  frontierTitle: { id: 'Batas biaya–indeks', en: 'Cost–index frontier' },
  frontierLegend: { id: 'Setiap baris: biaya termurah dan indeks tertinggi yang dapat dicapai dengannya.', en: 'Each row: a least cost and the highest index it buys.' },
  frontierInfeasible: { id: 'Minimum tidak dapat dipenuhi dengan batas dan kunci yang ada.', en: 'The minimums cannot be met under the caps and locks.' },
  raises: { id: 'Kenaikan', en: 'Raises' },
  // Explanations (renderExplanation): how each value is computed
  id: { id: 'Id', en: 'Id' },
  /** The official term, kept in both languages where the explanation names the rule. */
  predikat: { id: 'Predikat', en: 'Predikat' },
  explainValue: { id: 'Nilai', en: 'Value' },
  explainProduct: { id: 'Nilai × bobot', en: 'Value × weight' },
  explainHalfUp: { id: 'dibulatkan setengah ke atas', en: 'rounded half up' },
  explainHalfEven: { id: 'dibulatkan setengah ke genap', en: 'rounded half to even' },
  explainDown: { id: 'dipotong', en: 'truncated' },
  explainUp: { id: 'dibulatkan ke atas', en: 'rounded up' },
  decimal: { id: 'desimal', en: 'decimal' },
  decimals: { id: 'desimal', en: 'decimals' },
  explainFromExact: { id: 'dari nilai eksak', en: 'from the exact value' },
  explainFromRounded: { id: 'dari nilai tampilan', en: 'from the display value' },
  explainNoValue: { id: 'tidak ada nilai (tidak ada komponen yang dihitung)', en: 'no value (nothing in it entered the score)' },
  explainMissing: { id: 'tidak diisi', en: 'missing' },
  explainNotApplicable: { id: 'tidak berlaku, dikecualikan', en: 'not applicable, excluded' },
  explainNotApplicableMinimum: { id: 'tidak berlaku, dihitung minimum', en: 'not applicable, counted at the minimum' },
  explainPartial: {
    id: 'Hasil parsial: bobot dinormalkan ulang dalam setiap kelompok atas komponen yang dihitung.',
    en: 'Partial result: weights are re-normalised within each group over what entered the score.',
  },
  explainFingerprint: { id: 'Sidik', en: 'Fingerprint' },
  // Restatements (renderRestatementTable/Markdown) and the estimate section of a report
  restatement: { id: 'Pernyataan ulang', en: 'Restatement' },
  restateMarkIndicative: { id: 'Perkiraan, bukan crosswalk resmi', en: 'Estimate, not an official crosswalk' },
  restateMarkUser: { id: 'Perkiraan dari pemetaan yang diberikan pengguna', en: 'Estimate from a mapping the user supplied' },
  restateRuleMean: { id: 'rata-rata', en: 'mean' },
  restateRuleMin: { id: 'minimum', en: 'minimum' },
  restateRuleMax: { id: 'maksimum', en: 'maximum' },
  restateRuleUnmapped: { id: 'tidak dipetakan', en: 'unmapped' },
  restateRuleNone: { id: 'tanpa aturan', en: 'no rule' },
  restateTarget: { id: 'Indikator sasaran', en: 'Target indicator' },
  restateRule: { id: 'Aturan', en: 'Rule' },
  restateSources: { id: 'Sumber (tingkat)', en: 'Sources (level)' },
  restateRationale: { id: 'Alasan', en: 'Rationale' },
  /** Before a target's source list: "dari 10 (4), 11 (4)". */
  restateFrom: { id: 'dari', en: 'from' },
  restateReasonUnmapped: { id: 'pemetaan tidak memberinya padanan', en: 'the mapping gives it no counterpart' },
  restateReasonNoRule: { id: 'pemetaan tidak memiliki aturan untuknya', en: 'the mapping has no rule for it' },
  restateReasonSourcesMissing: { id: 'sumber tanpa tingkat', en: 'sources without a level' },
  /** "13 dari 20 …" / "13 of 20 …". */
  restateCountOf: { id: 'dari', en: 'of' },
  restateCountMapped: { id: 'indikator sasaran diberi nilai', en: 'target indicators have a value' },
  restateUnmapped: { id: 'Tanpa nilai, tidak dikarang', en: 'Without a value, never invented' },
  /** Before the target index's name: "Perkiraan Indeks Pemerintah Digital". */
  estimateOf: { id: 'Perkiraan', en: 'Estimated' },
  estimateValue: { id: 'Nilai perkiraan', en: 'Estimated value' },
  estimateExact: { id: 'Eksak', en: 'Exact' },
  /** "Dinyatakan ulang dari <from> ke <to>". */
  estimateRestatedFrom: { id: 'Dinyatakan ulang dari', en: 'Restated from' },
  estimateRestatedTo: { id: 'ke', en: 'to' },
  /** "Parsial: cakupan 65,0 % bobot". */
  estimatePartial: { id: 'Parsial: cakupan', en: 'Partial: coverage' },
  estimateOfWeight: { id: 'bobot', en: 'of the weight' },
  // Catalogues as text (`spbe catalogue list` and `show`)
  catalogueId: { id: 'Id', en: 'Id' },
  catalogueYears: { id: 'Tahun', en: 'Years' },
  catalogueTitle: { id: 'Judul', en: 'Title' },
  catalogueScale: { id: 'Skala', en: 'Scale' },
  catalogueBands: { id: 'Predikat', en: 'Ratings' },
  /** "35 (37 butir)": indicators scored as several items. */
  catalogueItems: { id: 'butir', en: 'items' },
  // The fill-in template's column headers: the assessment reader accepts indikator, tingkat, catatan.
  templateNumber: { id: 'nomor', en: 'number' },
  templateIndicator: { id: 'indikator', en: 'indicator' },
  templateName: { id: 'nama', en: 'name' },
  templateChoices: { id: 'pilihan tingkat', en: 'level choices' },
  templateCriteria: { id: 'kriteria', en: 'criteria' },
  templateLevel: { id: 'tingkat', en: 'level' },
  templateNote: { id: 'catatan', en: 'note' },
  templateEvidence: { id: 'tautan bukti', en: 'evidence links' },
  /** "Nilai pecahan 1–5 boleh (mis. 2.5)." */
  templateFractional: { id: 'Nilai pecahan', en: 'Fractional values' },
  templateFractionalAllowed: { id: 'boleh (mis. 2.5).', en: 'are allowed (e.g. 2.5).' },
  templateNotApplicable: { id: 'na = tidak berlaku', en: 'na = not applicable' },
  // The result CSV's column headers (renderCsv)
  csvKind: { id: 'jenis', en: 'kind' },
  csvId: { id: 'id', en: 'id' },
  csvName: { id: 'nama', en: 'name' },
  csvParent: { id: 'induk', en: 'parent' },
  csvWeight: { id: 'bobot', en: 'weight' },
  csvLevel: { id: 'tingkat', en: 'level' },
  csvValue: { id: 'nilai', en: 'value' },
  csvContribution: { id: 'kontribusi', en: 'contribution' },
  csvPredicate: { id: 'predikat', en: 'predicate' },
  csvExactLevel: { id: 'tingkat eksak', en: 'exact level' },
  /** "Predikat Baik karena nilai eksak 3,4995 tidak di bawah batas 2,60; 3,50 hanya tampilan yang dibulatkan." */
  fragileRated: { id: 'Predikat', en: 'Rated' },
  fragileBecause: { id: 'karena nilai eksak', en: 'because the exact value' },
  fragileBelow: { id: 'di bawah', en: 'is below' },
  fragileNotBelow: { id: 'tidak di bawah', en: 'is not below' },
  fragileBound: { id: 'batas', en: 'the bound' },
  fragileOnlyDisplay: { id: 'hanya tampilan yang dibulatkan.', en: 'is only the rounded display.' },
  /** "+0.12 lagi ke Baik (batas 2.60)". */
  nextBandMore: { id: 'lagi ke', en: 'more to' },
  nextBandBound: { id: 'batas', en: 'bound' },
  fractionalScale: {
    id: 'menerima nilai eksak apa pun dalam rentang ini ("7/6", "1.26"), bukan hanya tingkat bulat.',
    en: 'takes any exact value in this range ("7/6", "1.26"), not only whole levels.',
  },
} as const satisfies Record<string, Localized>;

/** A key of {@link LABELS}. */
export type LabelKey = keyof typeof LABELS;

/** A fixed report text in the given language. */
export function t(key: LabelKey, lang: Language): string {
  return LABELS[key][lang];
}

/** What a catalogue's identity needs for its index name: its id and the built-in one it was derived from. */
export interface CatalogueIdentity {
  readonly id: string;
  readonly base?: { readonly id: string } | null;
}

/**
 * The name of the index an instrument measures ("Indeks Pemerintah Digital" for 8/2026);
 * "Indeks SPBE" for the SPBE catalogues and for a catalogue of the user's own (null), as before
 * 8/2026 existed.
 */
export function instrumentIndexName(instrument: Instrument | null, lang: Language): string {
  return instrument === null ? t('index', lang) : instrument.name[lang];
}

/** The name of the index a catalogue measures, so a Pemdi report never calls its index "Indeks SPBE". */
export function indexName(catalogue: CatalogueIdentity, lang: Language): string {
  return instrumentIndexName(instrumentOf({ id: catalogue.id, base: catalogue.base ?? null }), lang);
}

/** The HTML report's title: "Laporan Indeks SPBE" / "Digital Government Index Report". */
export function reportTitle(catalogue: CatalogueIdentity, lang: Language): string {
  const name = indexName(catalogue, lang);
  return lang === 'id' ? `${t('reportOf', lang)} ${name}` : `${name} ${t('reportOf', lang)}`;
}

/**
 * A predikat as shown where it stands alone: its label, and the maturity name the instrument
 * gives the band where it gives one ("Baik · Berkembang" for 8/2026; "Baik" for 59/2020).
 */
export function predicateName(predicate: { readonly label: Localized; readonly maturity?: Localized | null }, lang: Language): string {
  return predicate.maturity ? `${predicate.label[lang]} · ${predicate.maturity[lang]}` : predicate.label[lang];
}

/**
 * A shorter indicator name for narrow layouts: every 2020 indicator name begins "Tingkat
 * Kematangan" (maturity of …), which says nothing in a column already headed by level.
 */
export function shortIndicatorName(name: string): string {
  return name.replace(/^Tingkat Kematangan\s+/u, '');
}
