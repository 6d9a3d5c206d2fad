import type { PredicateDefinition, ScaleDefinition, TierDefinition } from '../../model/catalogue.js';

/** Domain and aspect tiers of the 2018 and 2020 SPBE catalogues. */
export const SPBE_TIERS = [
  { id: 'domain', label: { id: 'Domain', en: 'Domain' }, plural: { id: 'Domain', en: 'Domains' } },
  { id: 'aspect', label: { id: 'Aspek', en: 'Aspect' }, plural: { id: 'Aspek', en: 'Aspects' } },
] as const satisfies readonly TierDefinition[];

/** Process capability, indicators 1–31 (domain reference, section 4; meanings in our own words). */
export const PROCESS_SCALE = {
  id: 'process',
  name: { id: 'Kapabilitas Proses', en: 'Process capability' },
  min: 1,
  max: 5,
  levels: [
    {
      level: 1,
      name: { id: 'Rintisan', en: 'Initial' },
      meaning: {
        id: 'Dilakukan secara ad hoc; kebijakan belum ada atau masih berupa konsep.',
        en: 'Done ad hoc; the policy is absent or only a draft.',
      },
    },
    {
      level: 2,
      name: { id: 'Terkelola', en: 'Managed' },
      meaning: {
        id: 'Direncanakan dan dipantau, tetapi hanya di sebagian unit atau tanpa standar bersama; kebijakan ditetapkan tetapi belum lengkap.',
        en: 'Planned and monitored, but only in some units or without a common standard; the policy is enacted but partial.',
      },
    },
    {
      level: 3,
      name: { id: 'Terdefinisi', en: 'Defined' },
      meaning: {
        id: 'Mengikuti standar di semua unit; kebijakan mencakup seluruh substansi.',
        en: 'Follows a standard in all units; the policy covers the full substance.',
      },
      aliases: ['Terstandarisasi'],
    },
    {
      level: 4,
      name: { id: 'Terpadu dan Terukur', en: 'Integrated and measured' },
      meaning: {
        id: 'Terpadu antarunit, diukur, dan direviu secara berkala.',
        en: 'Integrated across units, measured and reviewed periodically.',
      },
      aliases: ['Terintegrasi dan Terukur'],
    },
    {
      level: 5,
      name: { id: 'Optimum', en: 'Optimised' },
      meaning: {
        id: 'Terus ditingkatkan berdasarkan hasil reviu; perubahan dikelola.',
        en: 'Continuously improved from review results; changes are managed.',
      },
    },
  ],
} as const satisfies ScaleDefinition;

/** Service capability, indicators 32–47 (domain reference, section 4; meanings in our own words). */
export const SERVICE_SCALE = {
  id: 'service',
  name: { id: 'Kapabilitas Layanan', en: 'Service capability' },
  min: 1,
  max: 5,
  levels: [
    {
      level: 1,
      name: { id: 'Informasi', en: 'Information' },
      meaning: { id: 'Hanya informasi satu arah.', en: 'One-way information only.' },
    },
    {
      level: 2,
      name: { id: 'Interaksi', en: 'Interaction' },
      meaning: {
        id: 'Dua arah: pencarian, unggah, unduh, dan tanggapan.',
        en: 'Two-way: search, upload, download and responses.',
      },
    },
    {
      level: 3,
      name: { id: 'Transaksi', en: 'Transaction' },
      meaning: {
        id: 'Transaksi elektronik menyeluruh: alur kerja, validasi, persetujuan, dan notifikasi.',
        en: 'End-to-end electronic transaction: workflow, validation, approval and notification.',
      },
    },
    {
      level: 4,
      name: { id: 'Kolaborasi', en: 'Collaboration' },
      meaning: {
        id: 'Terintegrasi dengan layanan atau instansi lain.',
        en: 'Integrated with other services or agencies.',
      },
    },
    {
      level: 5,
      name: { id: 'Optimum', en: 'Optimised' },
      meaning: {
        id: 'Terus ditingkatkan dari reviu terhadap kebutuhan pengguna, regulasi, dan teknologi.',
        en: 'Continuously improved from reviews against user needs, regulation and technology.',
      },
    },
  ],
} as const satisfies ScaleDefinition;

/** Builds the five official predikat bands over an index range starting at `floor`. */
export function spbePredicates(floor: string) {
  return [
    { id: 'memuaskan', label: { id: 'Memuaskan', en: 'Excellent' }, min: '4.2', max: '5' },
    { id: 'sangat-baik', label: { id: 'Sangat Baik', en: 'Very good' }, min: '3.5', max: '4.2' },
    { id: 'baik', label: { id: 'Baik', en: 'Good' }, min: '2.6', max: '3.5' },
    { id: 'cukup', label: { id: 'Cukup', en: 'Fair' }, min: '1.8', max: '2.6' },
    { id: 'kurang', label: { id: 'Kurang', en: 'Poor' }, min: floor, max: '1.8' },
  ] as const satisfies readonly PredicateDefinition[];
}

/** The predikat bands of PermenPANRB 59/2020 (index range 1–5). */
export const PREDICATES_2020 = spbePredicates('1');
