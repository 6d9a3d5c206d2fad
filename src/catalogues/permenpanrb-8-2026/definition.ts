import type { CatalogueDefinition } from '../../model/catalogue.js';
import { IPS_MEASURE, PEMDI_PREDICATES, PEMDI_SCALE, PEMDI_TIERS, SDI_MEASURE, SJIG_MEASURE } from './scale.js';

/**
 * PermenPANRB 8/2026: the Indeks Pemerintah Digital, rated from the 2026 evaluation on. Seven
 * aspects, twenty indicators, no domain tier (pemdi.md section 2). Plain data; compiled in
 * index.ts.
 */
export const definition = {
  id: 'permenpanrb-8-2026',
  revision: '1',
  title: {
    id: 'Indeks Pemerintah Digital menurut Peraturan Menteri PANRB Nomor 8 Tahun 2026',
    en: 'Digital Government Index under Minister of PANRB Regulation No. 8 of 2026',
  },
  legalBasis: [
    {
      id: 'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik',
      en: 'Presidential Regulation No. 95 of 2018 on Electronic-Based Government Systems',
    },
    {
      id: 'Peraturan Menteri PANRB Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital (Berita Negara 2026 Nomor 364), yang mencabut PermenPANRB 59/2020',
      en: 'Minister of PANRB Regulation No. 8 of 2026 on Digital Government Performance Evaluation (State Gazette 2026 No. 364), revoking PermenPANRB 59/2020',
    },
  ],
  years: [2026],
  provenance: [
    {
      id: 'Naskah resmi yang ditandatangani tidak tersedia bagi kami. Aspek, indikator, bobot, rumus, dan pita predikat di sini dinyatakan ulang secara konsisten oleh dua sumber pihak ketiga yang independen (dasbor evaluasi sebuah kabupaten yang mengutip peraturan per halaman, dan basis data pendidikan yang diambil dari salinan bertanda tangan), dan satu hasil asesor KemenPANRB terhitung ulang persis dengannya.',
      en: 'The signed text itself was not available to us. The aspects, indicators, weights, formula and predikat bands here are restated consistently by two independent third-party sources (a regency evaluation dashboard citing the regulation page by page, and an education database drawn from the signed copy), and one KemenPANRB assessor result recomputes exactly with them.',
    },
    {
      id: 'Satu berkas pihak ketiga memindahkan indikator 8, 11, 12, dan 13 ke aspek lain dan memberi indikator 13 bobot 4 (jumlah bobot 99): dianggap salah salin.',
      en: 'One third-party seed file moves indicators 8, 11, 12 and 13 to other aspects and gives indicator 13 weight 4 (weights then add up to 99): treated as a transcription error.',
    },
    {
      id: 'Nilai indikator tidak selalu tingkat bulat: hasil asesor memuat nilai seperti 1,26 dan 2,5, sehingga skala menerima nilai tepat dalam [1, 5]. Tidak ada pembulatan antara; tampilan dua desimal dibulatkan setengah ke atas; predikat dari nilai tepat.',
      en: 'Indicator values are not always whole levels: assessor results carry values such as 1.26 and 2.5, so the scale takes exact values in [1, 5]. No intermediate rounding; display two decimals rounded half up; predikat from the exact value.',
    },
    {
      id: 'Pita predikat (Tabel 4) berbatas bawah inklusif; satu sumber mencetaknya 1,00–1,50, 1,51–2,50, …, sumber lain setengah terbuka seperti di sini.',
      en: 'Predikat bands (Tabel 4) have inclusive lower bounds; one source prints them as 1.00–1.50, 1.51–2.50, …, the others half-open as here.',
    },
    {
      id: 'Nama tingkat 1 (Rintisan) dan 2 (Terkelola) dari bahan asesor 2026; nama tingkat 3–5 (Terstandarisasi, Terintegrasi dan Terukur, Optimum) hanya dari surat persiapan 2025.',
      en: 'Level names 1 (Rintisan) and 2 (Terkelola) come from 2026 assessor material; the names of levels 3–5 (Terstandarisasi, Terintegrasi dan Terukur, Optimum) rest on the 2025 preparatory letter only.',
    },
    {
      id: 'Indikator 5, 6, dan 7 dinilai dari indeks nasional lain (Satu Data Indonesia, SJIG, Indeks Pembangunan Statistik); konversinya ke tingkat berasal dari satu sumber saja, dan ujung inklusif tiap rentang tidak disebutkan (di sini: batas bawah inklusif). Indikator 18 (kuesioner interoperabilitas data, Bappenas) tidak memiliki konversi yang diketahui dan hanya menerima nilai langsung; selama nilai eksternal belum tersedia, asesor menghitungnya 1 dan menyatakannya.',
      en: 'Indicators 5, 6 and 7 are valued from other national indices (Satu Data Indonesia, SJIG, Statistics Development Index); their conversion to a level comes from one source only, which does not say which end of each range is inclusive (here: lower bound inclusive). Indicator 18 (Bappenas data interoperability questionnaire) has no known conversion and takes a direct value only; while the external value is not available, assessors have counted it as 1 and said so.',
    },
    {
      id: 'Kode I1–I20 dan kode per aspek 1.1–7.2 dipakai dalam bahan asesor. Target indeks 4,00 (Memuaskan); target tingkat 4 per indikator adalah pilihan kami (tingkat yang mencapai batas Memuaskan), bukan angka resmi.',
      en: 'Codes I1–I20 and the aspect-local codes 1.1–7.2 are used in assessor material. Target index 4.00 (Memuaskan); the target level 4 per indicator is our choice (the level that reaches the Memuaskan bound), not an official figure.',
    },
  ],
  tiers: PEMDI_TIERS,
  scales: [PEMDI_SCALE],
  predicates: PEMDI_PREDICATES,
  totalWeight: '100',
  targets: { index: '4', level: 4 },
  groups: [
    {
      id: 'A1',
      tier: 'aspect',
      name: { id: "Tata Kelola dan Manajemen", en: "Governance and management" },
      weight: '10',
      indicators: [
        {
          id: '1',
          number: 1,
          name: { id: "Tingkat Kematangan Tata Kelola Pemerintah Digital", en: "Digital government governance maturity" },
          codes: ['I1', '1.1'],
          scale: 'maturity',
          weight: '5',
        },
        {
          id: '2',
          number: 2,
          name: { id: "Tingkat Kematangan Manajemen Layanan Digital Pemerintah", en: "Digital service management maturity" },
          codes: ['I2', '1.2'],
          scale: 'maturity',
          weight: '5',
        },
      ],
    },
    {
      id: 'A2',
      tier: 'aspect',
      name: { id: "Penyelenggara", en: "Organisers" },
      weight: '10',
      indicators: [
        {
          id: '3',
          number: 3,
          name: { id: "Tingkat Kematangan Sumber Daya Manusia Pemerintah Digital", en: "Digital government workforce maturity" },
          codes: ['I3', '2.1'],
          scale: 'maturity',
          weight: '5',
        },
        {
          id: '4',
          number: 4,
          name: { id: "Tingkat Kematangan Kolaborasi Pemerintah Digital", en: "Digital government collaboration maturity" },
          codes: ['I4', '2.2'],
          scale: 'maturity',
          weight: '5',
        },
      ],
    },
    {
      id: 'A3',
      tier: 'aspect',
      name: { id: "Data", en: "Data" },
      weight: '15',
      indicators: [
        {
          id: '5',
          number: 5,
          name: { id: "Tingkat Kematangan Tata Kelola Data", en: "Data governance maturity" },
          codes: ['I5', '3.1'],
          scale: 'maturity',
          weight: '5',
          measure: SDI_MEASURE,
        },
        {
          id: '6',
          number: 6,
          name: { id: "Tingkat Kematangan Penyelenggaraan Informasi Geospasial", en: "Geospatial information maturity" },
          codes: ['I6', '3.2'],
          scale: 'maturity',
          weight: '3',
          measure: SJIG_MEASURE,
        },
        {
          id: '7',
          number: 7,
          name: { id: "Tingkat Kematangan Pembangunan Statistik", en: "Statistics development maturity" },
          codes: ['I7', '3.3'],
          scale: 'maturity',
          weight: '3',
          measure: IPS_MEASURE,
        },
        {
          id: '8',
          number: 8,
          name: { id: "Tingkat Kematangan Pelindungan Data Pribadi", en: "Personal data protection maturity" },
          codes: ['I8', '3.4'],
          scale: 'maturity',
          weight: '4',
        },
      ],
    },
    {
      id: 'A4',
      tier: 'aspect',
      name: { id: "Keamanan Pemerintah Digital", en: "Digital government security" },
      weight: '15',
      indicators: [
        {
          id: '9',
          number: 9,
          name: { id: "Tingkat Kematangan Pelaksanaan Audit Keamanan dan Teknologi Pemerintah Digital", en: "Security and technology audit maturity" },
          codes: ['I9', '4.1'],
          scale: 'maturity',
          weight: '4',
        },
        {
          id: '10',
          number: 10,
          name: { id: "Tingkat Kematangan Keamanan Pemerintah Digital", en: "Digital government security maturity" },
          codes: ['I10', '4.2'],
          scale: 'maturity',
          weight: '4',
        },
        {
          id: '11',
          number: 11,
          name: { id: "Tingkat Kematangan Penerapan Kriptografi untuk Keamanan Data", en: "Cryptography for data security maturity" },
          codes: ['I11', '4.3'],
          scale: 'maturity',
          weight: '3',
        },
        {
          id: '12',
          number: 12,
          name: { id: "Tingkat Kematangan Kapabilitas Penanganan Insiden Siber", en: "Cyber incident handling capability" },
          codes: ['I12', '4.4'],
          scale: 'maturity',
          weight: '4',
        },
      ],
    },
    {
      id: 'A5',
      tier: 'aspect',
      name: { id: "Teknologi Pemerintah Digital", en: "Digital government technology" },
      weight: '10',
      indicators: [
        {
          id: '13',
          number: 13,
          name: { id: "Tingkat Kematangan Aplikasi Pemerintah Digital", en: "Digital government applications maturity" },
          codes: ['I13', '5.1'],
          scale: 'maturity',
          weight: '5',
        },
        {
          id: '14',
          number: 14,
          name: { id: "Tingkat Kematangan Infrastruktur Pemerintah Digital", en: "Digital government infrastructure maturity" },
          codes: ['I14', '5.2'],
          scale: 'maturity',
          weight: '5',
        },
      ],
    },
    {
      id: 'A6',
      tier: 'aspect',
      name: { id: "Keterpaduan Layanan Digital Pemerintah", en: "Integration of government digital services" },
      weight: '15',
      indicators: [
        {
          id: '15',
          number: 15,
          name: { id: "Keterpaduan Proses Bisnis Pemerintah Digital Lintas Unit dan Instansi", en: "Business process integration across units and agencies" },
          codes: ['I15', '6.1'],
          scale: 'maturity',
          weight: '4',
        },
        {
          id: '16',
          number: 16,
          name: { id: "Integrasi Aplikasi", en: "Application integration" },
          codes: ['I16', '6.2'],
          scale: 'maturity',
          weight: '4',
        },
        {
          id: '17',
          number: 17,
          name: { id: "Portal Layanan Digital Pemerintah", en: "Government digital service portal" },
          codes: ['I17', '6.3'],
          scale: 'maturity',
          weight: '4',
        },
        {
          id: '18',
          number: 18,
          name: { id: "Interoperabilitas Data", en: "Data interoperability" },
          codes: ['I18', '6.4'],
          scale: 'maturity',
          weight: '3',
        },
      ],
    },
    {
      id: 'A7',
      tier: 'aspect',
      name: { id: "Kepuasan Pengguna Layanan Digital Pemerintah", en: "User satisfaction with government digital services" },
      weight: '25',
      indicators: [
        {
          id: '19',
          number: 19,
          name: { id: "Fasilitas Dukungan Pengguna Layanan Digital Pemerintah", en: "User support facilities for digital services" },
          codes: ['I19', '7.1'],
          scale: 'maturity',
          weight: '10',
        },
        {
          id: '20',
          number: 20,
          name: { id: "Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah", en: "Management of user satisfaction with digital services" },
          codes: ['I20', '7.2'],
          scale: 'maturity',
          weight: '15',
        },
      ],
    },  ],
} as const satisfies CatalogueDefinition;
