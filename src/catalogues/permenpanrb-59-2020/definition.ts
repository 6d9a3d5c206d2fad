import type { CatalogueDefinition } from '../../model/catalogue.js';
import { aspectIndicators } from '../shared.js';
import { PREDICATES_2020, PROCESS_SCALE, SERVICE_SCALE, SPBE_TIERS } from './scales.js';

/**
 * PermenPANRB 59/2020: the catalogue of the 2021–2025 SPBE evaluations. Weights, names and
 * structure as in the regulation (domain reference, section 2). Plain data; compiled in index.ts.
 */
export const definition = {
  id: 'permenpanrb-59-2020',
  revision: '1',
  title: {
    id: 'Indeks SPBE menurut Peraturan Menteri PANRB Nomor 59 Tahun 2020',
    en: 'SPBE Index under Minister of PANRB Regulation No. 59 of 2020',
  },
  legalBasis: [
    {
      id: 'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik',
      en: 'Presidential Regulation No. 95 of 2018 on Electronic-Based Government Systems',
    },
    {
      id: 'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik',
      en: 'Minister of PANRB Regulation No. 59 of 2020 on Monitoring and Evaluation of Electronic-Based Government Systems',
    },
  ],
  years: [2021, 2022, 2023, 2024, 2025],
  provenance: [
    {
      id: 'Bobot, struktur, dan rumus dari PermenPANRB 59/2020; contoh perhitungan dalam peraturan tersebut direproduksi dalam uji. Dua laporan mencetak bobot 3,50 untuk indikator 42–47: itu salah cetak (6 × 3,50 ≠ 18).',
      en: 'Weights, structure and formulas from PermenPANRB 59/2020; the worked examples printed in it are reproduced in tests. Two reports print 3.50 as the weight of indicators 42–47: a typo (6 × 3.50 ≠ 18).',
    },
    {
      id: 'Kriteria umum tiap tingkat ditulis ulang dengan kata-kata sendiri; kriteria rinci per indikator berubah dengan setiap pedoman teknis.',
      en: 'The general criteria of each level are restated in our own words; the detailed per-indicator criteria change with each technical guideline.',
    },
  ],
  tiers: SPBE_TIERS,
  scales: [PROCESS_SCALE, SERVICE_SCALE],
  predicates: PREDICATES_2020,
  totalWeight: '100',
  targets: { index: '2.6', level: 3 },
  groups: [
    {
      id: 'D1',
      tier: 'domain',
      name: { id: "Kebijakan Internal SPBE", en: "Internal SPBE Policy" },
      weight: '13',
      groups: [
        {
          id: 'A1',
          tier: 'aspect',
          name: { id: "Kebijakan Internal Tata Kelola SPBE", en: "Internal policy on SPBE governance" },
          weight: '13',
          indicators: aspectIndicators('process', '1.30', [
            [1, "Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah", "Internal policy: SPBE architecture"],
            [2, "Tingkat Kematangan Kebijakan Internal Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah", "Internal policy: SPBE roadmap"],
            [3, "Tingkat Kematangan Kebijakan Internal Manajemen Data", "Internal policy: data management"],
            [4, "Tingkat Kematangan Kebijakan Internal Pembangunan Aplikasi SPBE", "Internal policy: application development"],
            [5, "Tingkat Kematangan Kebijakan Internal Layanan Pusat Data", "Internal policy: data centre services"],
            [6, "Tingkat Kematangan Kebijakan Internal Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah", "Internal policy: intranet services"],
            [7, "Tingkat Kematangan Kebijakan Internal Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah", "Internal policy: use of the service bus"],
            [8, "Tingkat Kematangan Kebijakan Internal Manajemen Keamanan Informasi", "Internal policy: information security management"],
            [9, "Tingkat Kematangan Kebijakan Internal Audit TIK", "Internal policy: ICT audit", ["Tingkat Kematangan Kebijakan Internal Audit Teknologi Informasi dan Komunikasi"]],
            [10, "Tingkat Kematangan Kebijakan Internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah", "Internal policy: SPBE coordination team"],
          ]),
        },
      ],
    },
    {
      id: 'D2',
      tier: 'domain',
      name: { id: "Tata Kelola SPBE", en: "SPBE Governance" },
      weight: '25',
      groups: [
        {
          id: 'A2',
          tier: 'aspect',
          name: { id: "Perencanaan Strategis SPBE", en: "SPBE strategic planning" },
          weight: '10',
          indicators: aspectIndicators('process', '2.50', [
            [11, "Tingkat Kematangan Arsitektur SPBE Instansi Pusat/Pemerintah Daerah", "SPBE architecture"],
            [12, "Tingkat Kematangan Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah", "SPBE roadmap"],
            [13, "Tingkat Kematangan Keterpaduan Rencana dan Anggaran SPBE", "Integrated SPBE planning and budgeting", ["Tingkat Kematangan Rencana dan Anggaran SPBE"]],
            [14, "Tingkat Kematangan Inovasi Proses Bisnis SPBE", "SPBE business process innovation"],
          ]),
        },
        {
          id: 'A3',
          tier: 'aspect',
          name: { id: "Teknologi Informasi dan Komunikasi", en: "Information and communication technology" },
          weight: '10',
          indicators: aspectIndicators('process', '2.50', [
            [15, "Tingkat Kematangan Pembangunan Aplikasi SPBE", "Application development"],
            [16, "Tingkat Kematangan Layanan Pusat Data", "Data centre services"],
            [17, "Tingkat Kematangan Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah", "Intranet services"],
            [18, "Tingkat Kematangan Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah", "Use of the service bus"],
          ]),
        },
        {
          id: 'A4',
          tier: 'aspect',
          name: { id: "Penyelenggara SPBE", en: "SPBE organisers" },
          weight: '5',
          indicators: aspectIndicators('process', '2.50', [
            [19, "Tingkat Kematangan Pelaksanaan Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah", "SPBE coordination team in practice", ["Tingkat Kematangan Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah"]],
            [20, "Tingkat Kematangan Kolaborasi Penerapan SPBE", "Collaboration in SPBE implementation"],
          ]),
        },
      ],
    },
    {
      id: 'D3',
      tier: 'domain',
      name: { id: "Manajemen SPBE", en: "SPBE Management" },
      weight: '16.5',
      groups: [
        {
          id: 'A5',
          tier: 'aspect',
          name: { id: "Penerapan Manajemen SPBE", en: "SPBE management practice" },
          weight: '12',
          indicators: aspectIndicators('process', '1.50', [
            [21, "Tingkat Kematangan Penerapan Manajemen Risiko SPBE", "Risk management"],
            [22, "Tingkat Kematangan Penerapan Manajemen Keamanan Informasi", "Information security management"],
            [23, "Tingkat Kematangan Penerapan Manajemen Data", "Data management"],
            [24, "Tingkat Kematangan Penerapan Manajemen Aset TIK", "ICT asset management"],
            [25, "Tingkat Kematangan Penerapan Kompetensi Sumber Daya Manusia", "Human resource competence"],
            [26, "Tingkat Kematangan Penerapan Manajemen Pengetahuan", "Knowledge management"],
            [27, "Tingkat Kematangan Penerapan Manajemen Perubahan", "Change management"],
            [28, "Tingkat Kematangan Penerapan Manajemen Layanan SPBE", "SPBE service management"],
          ]),
        },
        {
          id: 'A6',
          tier: 'aspect',
          name: { id: "Pelaksanaan Audit TIK", en: "ICT audit" },
          weight: '4.5',
          indicators: aspectIndicators('process', '1.50', [
            [29, "Tingkat Kematangan Pelaksanaan Audit Infrastruktur SPBE", "Infrastructure audit"],
            [30, "Tingkat Kematangan Pelaksanaan Audit Aplikasi SPBE", "Application audit"],
            [31, "Tingkat Kematangan Pelaksanaan Audit Keamanan SPBE", "Security audit"],
          ]),
        },
      ],
    },
    {
      id: 'D4',
      tier: 'domain',
      name: { id: "Layanan SPBE", en: "SPBE Services" },
      weight: '45.5',
      groups: [
        {
          id: 'A7',
          tier: 'aspect',
          name: { id: "Layanan Administrasi Pemerintahan Berbasis Elektronik", en: "Electronic government administration services" },
          weight: '27.5',
          indicators: aspectIndicators('service', '2.75', [
            [32, "Tingkat Kematangan Layanan Perencanaan", "Planning service"],
            [33, "Tingkat Kematangan Layanan Penganggaran", "Budgeting service"],
            [34, "Tingkat Kematangan Layanan Keuangan", "Financial service"],
            [35, "Tingkat Kematangan Layanan Pengadaan Barang dan Jasa", "Procurement service"],
            [36, "Tingkat Kematangan Layanan Kepegawaian", "Personnel service"],
            [37, "Tingkat Kematangan Layanan Kearsipan Dinamis", "Records management service"],
            [38, "Tingkat Kematangan Layanan Pengelolaan Barang Milik Negara/Daerah", "State/regional asset management service"],
            [39, "Tingkat Kematangan Layanan Pengawasan Internal Pemerintah", "Internal government audit service"],
            [40, "Tingkat Kematangan Layanan Akuntabilitas Kinerja Organisasi", "Organisational performance accountability service"],
            [41, "Tingkat Kematangan Layanan Kinerja Pegawai", "Employee performance service"],
          ]),
        },
        {
          id: 'A8',
          tier: 'aspect',
          name: { id: "Layanan Publik Berbasis Elektronik", en: "Electronic public services" },
          weight: '18',
          indicators: aspectIndicators('service', '3.00', [
            [42, "Tingkat Kematangan Layanan Pengaduan Pelayanan Publik", "Public complaints service"],
            [43, "Tingkat Kematangan Layanan Data Terbuka", "Open data service"],
            [44, "Tingkat Kematangan Jaringan Dokumentasi dan Informasi Hukum (JDIH)", "Legal documentation and information network (JDIH)", ["Tingkat Kematangan Layanan Jaringan Dokumentasi dan Informasi Hukum (JDIH)"]],
            [45, "Tingkat Kematangan Layanan Publik Sektor 1", "Sector public service 1", ["Tingkat Kematangan Layanan Publik Sektoral 1"]],
            [46, "Tingkat Kematangan Layanan Publik Sektor 2", "Sector public service 2", ["Tingkat Kematangan Layanan Publik Sektoral 2"]],
            [47, "Tingkat Kematangan Layanan Publik Sektor 3", "Sector public service 3", ["Tingkat Kematangan Layanan Publik Sektoral 3"]],
          ]),
        },
      ],
    },
  ],
} as const satisfies CatalogueDefinition;
