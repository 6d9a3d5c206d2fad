import type { ScaleDefinition } from '../../model/catalogue.js';

/**
 * The one 0–5 scale of PermenPANRB 5/2018 (domain reference, section 5): 0 means the policy,
 * process or service does not exist; 1–5 carry the 2018 service level names. Meanings are ours.
 */
export const CAPABILITY_SCALE_2018 = {
  id: 'capability',
  name: { id: 'Tingkat Kematangan', en: 'Maturity level' },
  min: 0,
  max: 5,
  levels: [
    {
      level: 0,
      name: { id: 'Tidak ada', en: 'Does not exist' },
      meaning: { id: 'Kebijakan, proses, atau layanan belum ada.', en: 'The policy, process or service does not exist.' },
    },
    {
      level: 1,
      name: { id: 'Informasi', en: 'Information' },
      meaning: {
        id: 'Tingkat awal; bagi layanan, hanya informasi satu arah.',
        en: 'The first level; for services, one-way information only.',
      },
    },
    {
      level: 2,
      name: { id: 'Interaksi', en: 'Interaction' },
      meaning: {
        id: 'Bagi layanan, interaksi dua arah dengan pengguna.',
        en: 'For services, two-way interaction with users.',
      },
    },
    {
      level: 3,
      name: { id: 'Transaksi', en: 'Transaction' },
      meaning: {
        id: 'Bagi layanan, transaksi diselesaikan secara elektronik.',
        en: 'For services, transactions are completed electronically.',
      },
    },
    {
      level: 4,
      name: { id: 'Kolaborasi', en: 'Collaboration' },
      meaning: {
        id: 'Bagi layanan, terintegrasi dan berkolaborasi dengan layanan atau instansi lain.',
        en: 'For services, integrated and collaborating with other services or agencies.',
      },
    },
    {
      level: 5,
      name: { id: 'Optimalisasi', en: 'Optimisation' },
      meaning: {
        id: 'Terus dioptimalkan berdasarkan reviu dan kebutuhan pengguna.',
        en: 'Continuously optimised from reviews and user needs.',
      },
    },
  ],
} as const satisfies ScaleDefinition;
