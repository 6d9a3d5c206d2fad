import type { MeasureDefinition, PredicateDefinition, ScaleDefinition, TierDefinition } from '../../model/catalogue.js';

/** One tier: PermenPANRB 8/2026 has aspects and indicators, no domains. */
export const PEMDI_TIERS = [
  { id: 'aspect', label: { id: 'Aspek', en: 'Aspect' }, plural: { id: 'Aspek', en: 'Aspects' } },
] as const satisfies readonly TierDefinition[];

/**
 * The indicator maturity scale, 1–5, cumulative. Indicator values are exact values in [1, 5],
 * not only whole levels: assessor results carry values such as 1.26 or 7/6 (pemdi.md section 3).
 * Names: levels 1–2 from 2026 assessor material, 3–5 from the 2025 preparatory letter only
 * (pemdi.md section 4); the meanings are in our own words.
 */
export const PEMDI_SCALE = {
  id: 'maturity',
  name: { id: 'Tingkat Kematangan', en: 'Maturity level' },
  min: 1,
  max: 5,
  values: 'fractional',
  levels: [
    {
      level: 1,
      name: { id: 'Rintisan', en: 'Initial' },
      meaning: { id: 'Dilakukan secara ad hoc atau belum ada.', en: 'Done ad hoc, or not yet in place.' },
    },
    {
      level: 2,
      name: { id: 'Terkelola', en: 'Managed' },
      meaning: { id: 'Direncanakan dan dipantau, belum menyeluruh.', en: 'Planned and monitored, not yet across the board.' },
    },
    {
      level: 3,
      name: { id: 'Terstandarisasi', en: 'Standardised' },
      meaning: { id: 'Mengikuti standar yang sama di seluruh unit.', en: 'Follows one standard in every unit.' },
    },
    {
      level: 4,
      name: { id: 'Terintegrasi dan Terukur', en: 'Integrated and measured' },
      meaning: { id: 'Terpadu antarunit, diukur dan direviu berkala.', en: 'Integrated across units, measured and reviewed periodically.' },
    },
    {
      level: 5,
      name: { id: 'Optimum', en: 'Optimised' },
      meaning: { id: 'Terus diperbaiki dari hasil reviu.', en: 'Continuously improved from reviews.' },
    },
  ],
} as const satisfies ScaleDefinition;

/** Tabel 4: bands of the exact index, lower bound inclusive, each with its maturity name. */
export const PEMDI_PREDICATES = [
  { id: 'memuaskan', label: { id: 'Memuaskan', en: 'Excellent' }, min: '4', max: '5', maturity: { id: 'Unggul', en: 'Leading' } },
  { id: 'sangat-baik', label: { id: 'Sangat Baik', en: 'Very good' }, min: '3.5', max: '4', maturity: { id: 'Melembaga', en: 'Embedded' } },
  { id: 'baik', label: { id: 'Baik', en: 'Good' }, min: '2.5', max: '3.5', maturity: { id: 'Berkembang', en: 'Developing' } },
  { id: 'cukup', label: { id: 'Cukup', en: 'Fair' }, min: '1.5', max: '2.5', maturity: { id: 'Membangun', en: 'Emerging' } },
  { id: 'kurang', label: { id: 'Kurang', en: 'Poor' }, min: '1', max: '1.5', maturity: { id: 'Merintis', en: 'Initiate' } },
] as const satisfies readonly PredicateDefinition[];

/*
 * Indicators 5, 6 and 7 take their value from another national index (pemdi.md section 5). The
 * conversions rest on one source, which does not say which end of each range is inclusive: the
 * bands use the format's rule (lower bound inclusive, the top band also includes its max).
 */

/** Indicator 5: the Satu Data Indonesia score (Bappenas, 0–100). */
export const SDI_MEASURE = {
  min: '0',
  max: '100',
  name: { id: 'Nilai Satu Data Indonesia (Bappenas; konversi satu sumber)', en: 'Satu Data Indonesia score (Bappenas; single-source conversion)' },
  bands: [
    { min: '0', max: '12.5', level: 1 },
    { min: '12.5', max: '37.5', level: 2 },
    { min: '37.5', max: '62.5', level: 3 },
    { min: '62.5', max: '75', level: 4 },
    { min: '75', max: '100', level: 5 },
  ],
} as const satisfies MeasureDefinition;

/** Indicator 6: the Simpul Jaringan Informasi Geospasial score (BIG, 1–5). */
export const SJIG_MEASURE = {
  min: '1',
  max: '5',
  name: { id: 'Nilai Simpul Jaringan Informasi Geospasial (BIG; konversi satu sumber)', en: 'Geospatial information network node score (BIG; single-source conversion)' },
  bands: [
    { min: '1', max: '1.5', level: 1 },
    { min: '1.5', max: '2.5', level: 2 },
    { min: '2.5', max: '3.5', level: 3 },
    { min: '3.5', max: '4', level: 4 },
    { min: '4', max: '5', level: 5 },
  ],
} as const satisfies MeasureDefinition;

/** Indicator 7: the Indeks Pembangunan Statistik of the EPSS evaluation (BPS, 1–5). */
export const IPS_MEASURE = {
  min: '1',
  max: '5',
  name: { id: 'Indeks Pembangunan Statistik EPSS (BPS; konversi satu sumber)', en: 'Statistics Development Index, EPSS (BPS; single-source conversion)' },
  bands: [
    { min: '1', max: '1.8', level: 1 },
    { min: '1.8', max: '2.6', level: 2 },
    { min: '2.6', max: '3.5', level: 3 },
    { min: '3.5', max: '4.2', level: 4 },
    { min: '4.2', max: '5', level: 5 },
  ],
} as const satisfies MeasureDefinition;
