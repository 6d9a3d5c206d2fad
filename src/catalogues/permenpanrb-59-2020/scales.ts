import type { ScaleDefinition } from '../../model/catalogue.js';
import { SPBE_TIERS, spbePredicates } from '../shared.js';

// Re-exported: the tiers and predikat bands are shared with the 2018 catalogue.
export { SPBE_TIERS, spbePredicates };

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
      criteria: [
        { id: 'p2.plan', text: { id: 'Kegiatan atau kebijakan direncanakan.', en: 'The activity or policy is planned.' } },
        { id: 'p2.monitor', text: { id: 'Pelaksanaannya dipantau.', en: 'Its implementation is monitored.' } },
        { id: 'p2.enacted', text: { id: 'Kebijakan atau praktik sudah ditetapkan secara resmi, walaupun belum lengkap atau baru di sebagian unit.', en: 'The policy or practice is formally established, even if partial or only in some units.' } },
      ],
    },
    {
      level: 3,
      name: { id: 'Terdefinisi', en: 'Defined' },
      meaning: {
        id: 'Mengikuti standar di semua unit; kebijakan mencakup seluruh substansi.',
        en: 'Follows a standard in all units; the policy covers the full substance.',
      },
      aliases: ['Terstandarisasi'],
      criteria: [
        { id: 'p3.standard', text: { id: 'Ada standar bersama yang diikuti.', en: 'A common standard is followed.' } },
        { id: 'p3.all-units', text: { id: 'Diterapkan di semua unit.', en: 'It applies in all units.' } },
        { id: 'p3.complete', text: { id: 'Kebijakan mencakup seluruh substansi yang dipersyaratkan.', en: 'The policy covers all the required substance.' } },
      ],
    },
    {
      level: 4,
      name: { id: 'Terpadu dan Terukur', en: 'Integrated and measured' },
      meaning: {
        id: 'Terpadu antarunit, diukur, dan direviu secara berkala.',
        en: 'Integrated across units, measured and reviewed periodically.',
      },
      aliases: ['Terintegrasi dan Terukur'],
      criteria: [
        { id: 'p4.integrated', text: { id: 'Terpadu antarunit.', en: 'It is integrated across units.' } },
        { id: 'p4.measured', text: { id: 'Capaiannya diukur.', en: 'Its results are measured.' } },
        { id: 'p4.reviewed', text: { id: 'Direviu secara berkala.', en: 'It is reviewed periodically.' } },
      ],
    },
    {
      level: 5,
      name: { id: 'Optimum', en: 'Optimised' },
      meaning: {
        id: 'Terus ditingkatkan berdasarkan hasil reviu; perubahan dikelola.',
        en: 'Continuously improved from review results; changes are managed.',
      },
      criteria: [
        { id: 'p5.improved', text: { id: 'Terus diperbaiki berdasarkan hasil reviu.', en: 'It is continuously improved from the review results.' } },
        { id: 'p5.change', text: { id: 'Perubahan dikelola.', en: 'Changes are managed.' } },
      ],
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
      criteria: [
        { id: 's2.two-way', text: { id: 'Layanan dua arah: pengguna dapat mencari, mengunggah, atau mengunduh.', en: 'Two-way service: users can search, upload or download.' } },
        { id: 's2.response', text: { id: 'Pengguna mendapat tanggapan.', en: 'Users receive responses.' } },
      ],
    },
    {
      level: 3,
      name: { id: 'Transaksi', en: 'Transaction' },
      meaning: {
        id: 'Transaksi elektronik menyeluruh: alur kerja, validasi, persetujuan, dan notifikasi.',
        en: 'End-to-end electronic transaction: workflow, validation, approval and notification.',
      },
      criteria: [
        { id: 's3.end-to-end', text: { id: 'Transaksi selesai secara elektronik dari awal sampai akhir.', en: 'Transactions are completed electronically from end to end.' } },
        { id: 's3.workflow', text: { id: 'Ada alur kerja elektronik dengan validasi dan persetujuan.', en: 'There is an electronic workflow with validation and approval.' } },
        { id: 's3.notify', text: { id: 'Pengguna menerima notifikasi.', en: 'Users receive notifications.' } },
      ],
    },
    {
      level: 4,
      name: { id: 'Kolaborasi', en: 'Collaboration' },
      meaning: {
        id: 'Terintegrasi dengan layanan atau instansi lain.',
        en: 'Integrated with other services or agencies.',
      },
      criteria: [
        { id: 's4.integrated', text: { id: 'Terintegrasi dengan layanan atau instansi lain.', en: 'It is integrated with other services or agencies.' } },
      ],
    },
    {
      level: 5,
      name: { id: 'Optimum', en: 'Optimised' },
      meaning: {
        id: 'Terus ditingkatkan dari reviu terhadap kebutuhan pengguna, regulasi, dan teknologi.',
        en: 'Continuously improved from reviews against user needs, regulation and technology.',
      },
      criteria: [
        { id: 's5.review', text: { id: 'Direviu terhadap kebutuhan pengguna, regulasi, dan teknologi.', en: 'It is reviewed against user needs, regulation and technology.' } },
        { id: 's5.improved', text: { id: 'Terus ditingkatkan berdasarkan hasil reviu tersebut.', en: 'It is continuously improved from those reviews.' } },
      ],
    },
  ],
} as const satisfies ScaleDefinition;

/** The predikat bands of PermenPANRB 59/2020 (index range 1–5). */
export const PREDICATES_2020 = spbePredicates('1');
