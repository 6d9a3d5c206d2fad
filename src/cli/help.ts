/**
 * Help texts, one per subcommand. English and Indonesian side by side would double every
 * screen, so help follows --lang like everything else.
 */
import type { Language } from '../model/localized.js';

const GLOBAL = {
  en: `Global options:
  --catalogue <id|file.json>  catalogue (default: permenpanrb-59-2020)
  --lang id|en                language of labels, messages and numbers (default: id)
  --format <format>           table|json|csv|md|html (default: table)
  -o, --out <file>            write the output to a file instead of stdout
  -h, --help                  this help`,
  id: `Opsi umum:
  --catalogue <id|berkas.json> katalog (bawaan: permenpanrb-59-2020)
  --lang id|en                 bahasa label, pesan, dan angka (bawaan: id)
  --format <format>            table|json|csv|md|html (bawaan: table)
  -o, --out <berkas>           tulis keluaran ke berkas, bukan ke stdout
  -h, --help                   bantuan ini`,
};

const EXIT = {
  en: `Exit codes: 0 success, 1 the input has issues, 2 usage error, 3 internal error.`,
  id: `Kode keluar: 0 berhasil, 1 masukan bermasalah, 2 kesalahan penggunaan, 3 kesalahan internal.`,
};

const COMMANDS: Readonly<Record<string, { en: string; id: string }>> = {
  main: {
    en: `spbe: exact Indeks SPBE scoring, as KemenPANRB computes it

Usage: spbe <command> [options]

Commands:
  score <file|->          score an assessment (JSON or CSV; "-" reads stdin)
  report <file> -o <out>  a one-page HTML report with charts
  catalogue list          the built-in catalogues
  catalogue show <id>     one catalogue's tree, weights and bands

Run "spbe <command> --help" for a command's options. "spbe --version" prints the version.`,
    id: `spbe: perhitungan Indeks SPBE yang eksak, seperti KemenPANRB menghitungnya

Penggunaan: spbe <perintah> [opsi]

Perintah:
  score <berkas|->        hitung indeks sebuah penilaian (JSON atau CSV; "-" membaca stdin)
  report <berkas> -o <keluaran>  laporan HTML satu halaman dengan grafik
  catalogue list          daftar katalog bawaan
  catalogue show <id>     pohon, bobot, dan rentang predikat sebuah katalog

Jalankan "spbe <perintah> --help" untuk opsi perintah. "spbe --version" mencetak versi.`,
  },
  score: {
    en: `Usage: spbe score <file|-> [options]

Scores an assessment file: JSON ({ "levels": { "1": 3, ... } }) or CSV with the columns
indicator/indikator and level/tingkat (optional note/catatan; "na" = not applicable).
CSV from Excel in an Indonesian locale (";" separator, BOM, CRLF, quoted fields) works as is.
Files over 10 MB are refused.

Options:
  --detail                 add one row per indicator (table, md)
  --missing reject|partial score an incomplete assessment (partial) instead of refusing it
  --na exclude|minimum     how "na" indicators count (default: exclude)
  --allow-na               allow "na" on every indicator
  --allow-zero             accept level 0 (flagged as a warning)`,
    id: `Penggunaan: spbe score <berkas|-> [opsi]

Menghitung indeks dari berkas penilaian: JSON ({ "levels": { "1": 3, ... } }) atau CSV dengan
kolom indikator/indicator dan tingkat/level (opsional catatan/note; "na" = tidak berlaku).
CSV dari Excel berlokal Indonesia (pemisah ";", BOM, CRLF, kolom berkutip) langsung bisa dipakai.
Berkas di atas 10 MB ditolak.

Opsi:
  --detail                 tambahkan satu baris per indikator (table, md)
  --missing reject|partial hitung penilaian yang tidak lengkap (partial) alih-alih menolaknya
  --na exclude|minimum     cara indikator "na" dihitung (bawaan: exclude)
  --allow-na               izinkan "na" pada semua indikator
  --allow-zero             terima tingkat 0 (ditandai sebagai peringatan)`,
  },
  report: {
    en: `Usage: spbe report <file> --out report.html [options]

Writes a self-contained one-page HTML report (no scripts, no network; print-friendly on A4):
the index and predikat, a radar chart of the aspects, the domains against the target,
and the indicator table with gaps to the target level.

Options:
  --previous <file>        an earlier assessment of the same agency, shown as a comparison
  --missing, --na, --allow-na, --allow-zero   as for "spbe score"`,
    id: `Penggunaan: spbe report <berkas> --out laporan.html [opsi]

Menulis laporan HTML satu halaman yang mandiri (tanpa skrip, tanpa jaringan; siap cetak A4):
indeks dan predikat, grafik radar aspek, domain terhadap target, dan tabel indikator dengan
kekurangan terhadap tingkat target.

Opsi:
  --previous <berkas>      penilaian sebelumnya dari instansi yang sama, sebagai pembanding
  --missing, --na, --allow-na, --allow-zero   seperti pada "spbe score"`,
  },
  catalogue: {
    en: `Usage: spbe catalogue list
       spbe catalogue show <id|file.json> [--format table|md|json]

list: the built-in catalogues. show: one catalogue's groups, indicators, weights and bands
(md: the generated snapshot; json: the catalogue definition).`,
    id: `Penggunaan: spbe catalogue list
            spbe catalogue show <id|berkas.json> [--format table|md|json]

list: daftar katalog bawaan. show: kelompok, indikator, bobot, dan rentang predikat sebuah
katalog (md: snapshot yang dihasilkan; json: definisi katalog).`,
  },
};

/** Help for a command (or the main help), with the global options and exit codes. */
export function helpText(command: string, lang: Language): string {
  const body = (COMMANDS[command] ?? (COMMANDS['main'] as { en: string; id: string }))[lang];
  return `${body}\n\n${GLOBAL[lang]}\n\n${EXIT[lang]}\n`;
}

