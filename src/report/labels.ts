import type { Language, Localized } from '../model/localized.js';

/** Fixed report texts in both languages: one place, so every renderer says the same thing. */
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
} as const satisfies Record<string, Localized>;

/** A fixed text in the given language. */
export function label(key: keyof typeof LABELS, lang: Language): string {
  return LABELS[key][lang];
}

/** The plural label of a tier ("Domain", "Aspek") from the catalogue, or its id. */
export function tierLabel(
  tiers: readonly { id: string; plural: Localized }[],
  tier: string,
  lang: Language,
): string {
  return tiers.find((t) => t.id === tier)?.plural[lang] ?? tier;
}

/**
 * A shorter indicator name for narrow layouts: every 2020 indicator name begins "Tingkat
 * Kematangan" (maturity of …), which says nothing in a column already headed by level.
 */
export function shortIndicatorName(name: string): string {
  return name.replace(/^Tingkat Kematangan\s+/u, '');
}
