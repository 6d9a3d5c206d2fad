import type { CatalogueDefinition } from '../../model/catalogue.js';
import { SPBE_TIERS, spbePredicates } from '../shared.js';
import { CAPABILITY_SCALE_2018 } from './scale.js';

/**
 * PermenPANRB 5/2018: the catalogue of the 2018–2020 SPBE evaluations (domain reference,
 * section 5). Plain data; compiled in index.ts. Indicator 35 is assessed for up to three public
 * services (35.1–35.3); with 32–34 they are six items sharing the 20 of aspect A7 equally.
 */
export const definition = {
  id: 'permenpanrb-5-2018',
  revision: '1',
  title: {
    id: 'Indeks SPBE menurut Peraturan Menteri PANRB Nomor 5 Tahun 2018',
    en: 'SPBE Index under Minister of PANRB Regulation No. 5 of 2018',
  },
  legalBasis: [
    {
      id: 'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik',
      en: 'Presidential Regulation No. 95 of 2018 on Electronic-Based Government Systems',
    },
    {
      id: 'Peraturan Menteri PANRB Nomor 5 Tahun 2018 tentang Pedoman Evaluasi Sistem Pemerintahan Berbasis Elektronik',
      en: 'Minister of PANRB Regulation No. 5 of 2018 on Guidelines for Evaluating Electronic-Based Government Systems',
    },
  ],
  years: [2018, 2019, 2020],
  provenance: [
    {
      id: 'Bobot domain, aspek, dan indikator bertumpu pada satu sumber: bobot ini mereproduksi tepat nilai aspek, domain, dan indeks 2018 yang dipublikasikan satu kota.',
      en: 'The domain, aspect and indicator weights rest on a single source: they reproduce exactly one city\'s published 2018 aspect, domain and index values.',
    },
    {
      id: 'Rentang predikat diyakini sama dengan PermenPANRB 59/2020 (dengan batas bawah 0), tetapi belum dikonfirmasi oleh sumber kedua.',
      en: 'The predikat bands are believed to match PermenPANRB 59/2020 (with a floor of 0) but are not confirmed by a second source.',
    },
    {
      id: 'Satu skala 0–5 untuk semua indikator (0 = tidak ada); nama tingkat 1–5 adalah tingkat layanan 2018 (informasi, interaksi, transaksi, kolaborasi, optimalisasi), maknanya ditulis dengan kata-kata sendiri. Kriteria per tingkat tidak disertakan.',
      en: 'One 0–5 scale for every indicator (0 = does not exist); levels 1–5 are named after the 2018 service levels (information, interaction, transaction, collaboration, optimisation), meanings in our own words. No per-level criteria are included.',
    },
  ],
  tiers: SPBE_TIERS,
  scales: [CAPABILITY_SCALE_2018],
  predicates: spbePredicates('0'),
  totalWeight: '100',
  groups: [
    {
      id: 'D1',
      tier: 'domain',
      name: { id: "Kebijakan Internal SPBE", en: "Internal SPBE Policy" },
      weight: '17',
      groups: [
        {
          id: 'A1',
          tier: 'aspect',
          name: { id: "Kebijakan Internal Tata Kelola SPBE", en: "Internal policy on SPBE governance" },
          weight: '7',
          indicators: [
            { id: '1', number: 1, name: { id: "Kebijakan Internal Tim Pengarah SPBE Instansi Pemerintah", en: "Internal policy: SPBE steering team" }, scale: 'capability', weight: '1', },
            { id: '2', number: 2, name: { id: "Kebijakan Internal Inovasi Proses Bisnis Terintegrasi", en: "Internal policy: integrated business process innovation" }, scale: 'capability', weight: '1', },
            { id: '3', number: 3, name: { id: "Kebijakan Internal Rencana Induk SPBE Instansi Pemerintah", en: "Internal policy: SPBE master plan" }, scale: 'capability', weight: '1', },
            { id: '4', number: 4, name: { id: "Kebijakan Internal Anggaran dan Belanja TIK", en: "Internal policy: ICT budget and spending" }, scale: 'capability', weight: '1', },
            { id: '5', number: 5, name: { id: "Kebijakan Internal Pengoperasian Pusat Data", en: "Internal policy: data centre operation" }, scale: 'capability', weight: '1', },
            { id: '6', number: 6, name: { id: "Kebijakan Internal Integrasi Sistem Aplikasi", en: "Internal policy: application system integration" }, scale: 'capability', weight: '1', },
            { id: '7', number: 7, name: { id: "Kebijakan Internal Penggunaan Aplikasi Umum Berbagi Pakai", en: "Internal policy: use of shared common applications" }, scale: 'capability', weight: '1', },
          ],
        },
        {
          id: 'A2',
          tier: 'aspect',
          name: { id: "Kebijakan Internal Layanan SPBE", en: "Internal policy on SPBE services" },
          weight: '10',
          indicators: [
            { id: '8', number: 8, name: { id: "Kebijakan Internal Layanan Naskah Dinas", en: "Internal policy: official correspondence service" }, scale: 'capability', weight: '1', },
            { id: '9', number: 9, name: { id: "Kebijakan Internal Layanan Manajemen Kepegawaian", en: "Internal policy: personnel management service" }, scale: 'capability', weight: '1', },
            { id: '10', number: 10, name: { id: "Kebijakan Internal Layanan Manajemen Perencanaan dan Penganggaran", en: "Internal policy: planning and budgeting management service" }, scale: 'capability', weight: '1', },
            { id: '11', number: 11, name: { id: "Kebijakan Internal Layanan Manajemen Keuangan", en: "Internal policy: financial management service" }, scale: 'capability', weight: '1', },
            { id: '12', number: 12, name: { id: "Kebijakan Internal Layanan Manajemen Kinerja", en: "Internal policy: performance management service" }, scale: 'capability', weight: '1', },
            { id: '13', number: 13, name: { id: "Kebijakan Internal Layanan Pengadaan", en: "Internal policy: procurement service" }, scale: 'capability', weight: '1', },
            { id: '14', number: 14, name: { id: "Kebijakan Internal Layanan Pengaduan Publik", en: "Internal policy: public complaints service" }, scale: 'capability', weight: '1', },
            { id: '15', number: 15, name: { id: "Kebijakan Internal Layanan Dokumentasi dan Informasi Hukum", en: "Internal policy: legal documentation and information service" }, scale: 'capability', weight: '1', },
            { id: '16', number: 16, name: { id: "Kebijakan Internal Layanan Whistle Blowing System (WBS)", en: "Internal policy: whistle-blowing system (WBS) service" }, scale: 'capability', weight: '1', },
            { id: '17', number: 17, name: { id: "Kebijakan Internal Layanan Publik Instansi Pemerintah", en: "Internal policy: the agency's public services" }, scale: 'capability', weight: '1', },
          ],
        },
      ],
    },
    {
      id: 'D2',
      tier: 'domain',
      name: { id: "Tata Kelola SPBE", en: "SPBE Governance" },
      weight: '28',
      groups: [
        {
          id: 'A3',
          tier: 'aspect',
          name: { id: "Kelembagaan", en: "Institutions" },
          weight: '8',
          indicators: [
            { id: '18', number: 18, name: { id: "Tim Pengarah SPBE Instansi Pemerintah", en: "SPBE steering team" }, scale: 'capability', weight: '4', },
            { id: '19', number: 19, name: { id: "Inovasi Proses Bisnis Terintegrasi", en: "Integrated business process innovation" }, scale: 'capability', weight: '4', },
          ],
        },
        {
          id: 'A4',
          tier: 'aspect',
          name: { id: "Strategi dan Perencanaan", en: "Strategy and planning" },
          weight: '8',
          indicators: [
            { id: '20', number: 20, name: { id: "Rencana Induk SPBE Instansi Pemerintah", en: "SPBE master plan" }, scale: 'capability', weight: '4', },
            { id: '21', number: 21, name: { id: "Anggaran dan Belanja TIK", en: "ICT budget and spending" }, scale: 'capability', weight: '4', },
          ],
        },
        {
          id: 'A5',
          tier: 'aspect',
          name: { id: "Teknologi Informasi dan Komunikasi", en: "Information and communication technology" },
          weight: '12',
          indicators: [
            { id: '22', number: 22, name: { id: "Pengoperasian Pusat Data", en: "Data centre operation" }, scale: 'capability', weight: '4', },
            { id: '23', number: 23, name: { id: "Integrasi Sistem Aplikasi", en: "Application system integration" }, scale: 'capability', weight: '4', },
            { id: '24', number: 24, name: { id: "Penggunaan Aplikasi Umum Berbagi Pakai", en: "Use of shared common applications" }, scale: 'capability', weight: '4', },
          ],
        },
      ],
    },
    {
      id: 'D3',
      tier: 'domain',
      name: { id: "Layanan SPBE", en: "SPBE Services" },
      weight: '55',
      groups: [
        {
          id: 'A6',
          tier: 'aspect',
          name: { id: "Layanan Administrasi Pemerintahan Berbasis Elektronik", en: "Electronic government administration services" },
          weight: '35',
          indicators: [
            { id: '25', number: 25, name: { id: "Layanan Naskah Dinas", en: "Official correspondence service" }, scale: 'capability', weight: '5', },
            { id: '26', number: 26, name: { id: "Layanan Manajemen Kepegawaian", en: "Personnel management service" }, scale: 'capability', weight: '5', },
            { id: '27', number: 27, name: { id: "Layanan Manajemen Perencanaan", en: "Planning management service" }, scale: 'capability', weight: '5', },
            { id: '28', number: 28, name: { id: "Layanan Manajemen Penganggaran", en: "Budgeting management service" }, scale: 'capability', weight: '5', },
            { id: '29', number: 29, name: { id: "Layanan Manajemen Keuangan", en: "Financial management service" }, scale: 'capability', weight: '5', },
            { id: '30', number: 30, name: { id: "Layanan Manajemen Kinerja", en: "Performance management service" }, scale: 'capability', weight: '5', },
            { id: '31', number: 31, name: { id: "Layanan Pengadaan", en: "Procurement service" }, scale: 'capability', weight: '5', },
          ],
        },
        {
          id: 'A7',
          tier: 'aspect',
          name: { id: "Layanan Publik Berbasis Elektronik", en: "Electronic public services" },
          weight: '20',
          // Six items share the aspect's 20 equally: exactly 20/6 each, no weight written.
          indicators: [
            { id: '32', number: 32, name: { id: "Layanan Pengaduan Publik", en: "Public complaints service" }, scale: 'capability', },
            { id: '33', number: 33, name: { id: "Layanan Dokumentasi dan Informasi Hukum", en: "Legal documentation and information service" }, scale: 'capability', },
            { id: '34', number: 34, name: { id: "Layanan Whistle-Blowing System", en: "Whistle-blowing system service" }, scale: 'capability', },
            { id: '35.1', number: 35, name: { id: "Layanan Publik Instansi Pemerintah 1", en: "The agency's public service 1" }, scale: 'capability', },
            { id: '35.2', number: 35, name: { id: "Layanan Publik Instansi Pemerintah 2", en: "The agency's public service 2" }, scale: 'capability', },
            { id: '35.3', number: 35, name: { id: "Layanan Publik Instansi Pemerintah 3", en: "The agency's public service 3" }, scale: 'capability', },
          ],
        },
      ],
    },
  ],
} as const satisfies CatalogueDefinition;
