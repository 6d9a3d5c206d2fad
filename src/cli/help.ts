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
  en: `Exit codes: 0 success, 1 the input has issues, 2 usage error, 3 unexpected failure (a bug: please report it).`,
  id: `Kode keluar: 0 berhasil, 1 masukan bermasalah, 2 kesalahan penggunaan, 3 kegagalan tak terduga (bug: mohon laporkan).`,
};

const COMMANDS: Readonly<Record<string, { en: string; id: string }>> = {
  main: {
    en: `spbe: exact Indeks SPBE scoring, as KemenPANRB computes it

Usage: spbe <command> [options]

Commands:
  score <file|->          score an assessment (JSON or CSV; "-" reads stdin)
  explain <file>          how every value is derived: formula, weights, exact fraction, rounding
  compare <before> <after>  changes since an earlier assessment, with exact attribution
  plan <file> --target T  the cheapest level raises that reach a target
  rollup <dir|files...>   one consolidated result from department (OPD) assessments
  report <file> -o <out>  a one-page HTML report with charts
  catalogue list          the built-in catalogues
  catalogue show <id>     one catalogue's tree, weights and bands
  catalogue validate <f>  check a catalogue file, every issue at once
  catalogue schema <kind> JSON Schema of catalogue or assessment files

Run "spbe <command> --help" for a command's options. "spbe --version" prints the version.`,
    id: `spbe: perhitungan Indeks SPBE yang eksak, seperti KemenPANRB menghitungnya

Penggunaan: spbe <perintah> [opsi]

Perintah:
  score <berkas|->        hitung indeks sebuah penilaian (JSON atau CSV; "-" membaca stdin)
  explain <berkas>        asal-usul setiap nilai: rumus, bobot, pecahan eksak, pembulatan
  compare <sebelum> <sesudah>  perubahan sejak penilaian sebelumnya, dengan andil eksak
  plan <berkas> --target T  kenaikan tingkat termurah untuk mencapai target
  rollup <direktori|berkas...>  satu hasil konsolidasi dari penilaian perangkat daerah (OPD)
  report <berkas> -o <keluaran>  laporan HTML satu halaman dengan grafik
  catalogue list          daftar katalog bawaan
  catalogue show <id>     pohon, bobot, dan rentang predikat sebuah katalog
  catalogue validate <b>  periksa berkas katalog, semua masalah sekaligus
  catalogue schema <jenis>  JSON Schema berkas katalog atau penilaian

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
  --previous <file>        an earlier assessment of the same agency: earlier values and changes
  --target <target>        add the cheapest plan to reach a target (as for "spbe plan")
  --costs <file>           costs for that plan (as for "spbe plan")
  --missing, --na, --allow-na, --allow-zero   as for "spbe score"`,
    id: `Penggunaan: spbe report <berkas> --out laporan.html [opsi]

Menulis laporan HTML satu halaman yang mandiri (tanpa skrip, tanpa jaringan; siap cetak A4):
indeks dan predikat, grafik radar aspek, domain terhadap target, dan tabel indikator dengan
kekurangan terhadap tingkat target.

Opsi:
  --previous <berkas>      penilaian sebelumnya dari instansi yang sama: nilai lama dan selisih
  --target <target>        tambahkan rencana termurah untuk mencapai target (seperti "spbe plan")
  --costs <berkas>         biaya untuk rencana itu (seperti "spbe plan")
  --missing, --na, --allow-na, --allow-zero   seperti pada "spbe score"`,
  },
  explain: {
    en: `Usage: spbe explain <file> [--format table|md|json]

Scores the assessment and shows how every value is derived: for the index and each group, the
formula, the weights and levels that entered it, the exact fraction, the rounding step and the
predikat band. --format json prints the library's explanation object.

Options: --missing, --na, --allow-na, --allow-zero as for "spbe score".`,
    id: `Penggunaan: spbe explain <berkas> [--format table|md|json]

Menghitung penilaian dan menunjukkan asal-usul setiap nilai: untuk indeks dan tiap kelompok,
rumus, bobot dan tingkat yang masuk, pecahan eksak, langkah pembulatan, dan rentang predikat.
--format json mencetak objek penjelasan dari pustaka.

Opsi: --missing, --na, --allow-na, --allow-zero seperti pada "spbe score".`,
  },
  compare: {
    en: `Usage: spbe compare <before> <after> [--format table|md|json]

Compares two assessments of the same catalogue (e.g. last year and this year): the index and
every group before and after, predikat changes, and each indicator's exact share of the index
change (the shares add up to the change exactly).

Options:
  --self-assessment        <before> is the self-assessment, <after> the assessors' final levels:
                           adds how many indicators were over- and under-rated, and by how much
                           the self-assessment inflated the index
  --missing, --na, --allow-na, --allow-zero   as for "spbe score"`,
    id: `Penggunaan: spbe compare <sebelum> <sesudah> [--format table|md|json]

Membandingkan dua penilaian dengan katalog yang sama (mis. tahun lalu dan tahun ini): indeks dan
setiap kelompok sebelum dan sesudah, perubahan predikat, dan andil eksak tiap indikator terhadap
perubahan indeks (jumlah andil tepat sama dengan perubahannya).

Opsi:
  --self-assessment        <sebelum> adalah penilaian mandiri, <sesudah> tingkat akhir asesor:
                           menambahkan jumlah indikator yang dinilai terlalu tinggi/rendah dan
                           seberapa besar penilaian mandiri menggelembungkan indeks
  --missing, --na, --allow-na, --allow-zero   seperti pada "spbe score"`,
  },
  plan: {
    en: `Usage: spbe plan <file> --target <target> [--target ...] [--costs costs.json]

The cheapest set of level raises that reaches the target (optimal, not greedy), with the exact
total cost and the resulting index. Targets combine:
  --target 3.5             the index must reach 3.5 (exactly, not "displays as 3.50")
  --target sangat-baik     the index must reach a predikat band (ids: catalogue show)
  --target D3=2.6          a group (domain or aspect) must reach a value
--costs: a JSON file with defaultCost, costs per indicator (one cost per step or a list per
step), caps, locked, maxLevel, minimumLevel, minimums (see examples/kota-contoh-costs.json).
Without it every step costs 1. An unreachable target is an answer (exit 0), not an error.`,
    id: `Penggunaan: spbe plan <berkas> --target <target> [--target ...] [--costs biaya.json]

Kumpulan kenaikan tingkat termurah yang mencapai target (optimal, bukan serakah), dengan total
biaya eksak dan indeks yang dihasilkan. Target dapat digabung:
  --target 3.5             indeks harus mencapai 3,5 (eksak, bukan "tampil sebagai 3,50")
  --target sangat-baik     indeks harus mencapai rentang predikat (id: catalogue show)
  --target D3=2.6          sebuah kelompok (domain atau aspek) harus mencapai nilai itu
--costs: berkas JSON berisi defaultCost, costs per indikator (satu biaya per langkah atau daftar
per langkah), caps, locked, maxLevel, minimumLevel, minimums (lihat examples/kota-contoh-costs.json).
Tanpa itu setiap langkah berbiaya 1. Target yang tak tercapai adalah jawaban (kode 0), bukan galat.`,
  },
  rollup: {
    en: `Usage: spbe rollup <dir|files...> [--strategy mean|median|min|max] [--name <agency>]

Consolidates department (OPD) assessments, each usually covering only its own indicators, into
one result: per indicator over the units that assessed it (mean: exact, fractional levels
allowed; median; min: weakest link; max). Directories contribute every .json and .csv file.
Units are ranked by their own index; indicators nobody assessed are listed, never filled in.
--format table (default) shows the roll-up; json prints the library's roll-up object;
csv, md and html render the consolidated result.`,
    id: `Penggunaan: spbe rollup <direktori|berkas...> [--strategy mean|median|min|max] [--name <instansi>]

Mengonsolidasikan penilaian perangkat daerah (OPD), yang biasanya hanya mencakup indikatornya
sendiri, menjadi satu hasil: per indikator atas unit yang menilainya (mean: eksak, tingkat pecahan
diperbolehkan; median; min: mata rantai terlemah; max). Direktori menyumbang semua berkas .json
dan .csv. Unit diperingkat menurut indeksnya sendiri; indikator yang tidak dinilai siapa pun
dicantumkan, tidak pernah diisi. --format table (bawaan) menampilkan konsolidasi; json mencetak
objek konsolidasi dari pustaka; csv, md, dan html menampilkan hasil konsolidasi.`,
  },
  catalogue: {
    en: `Usage: spbe catalogue list
       spbe catalogue show <id|file.json> [--format table|md|json]
       spbe catalogue validate <file.json> [--format table|json]
       spbe catalogue schema catalogue|assessment

list: the built-in catalogues. show: one catalogue's groups, indicators, weights and bands
(md: the generated snapshot; json: the catalogue definition). validate: checks a catalogue file
and reports every issue at once (exit 1 when it has any). schema: the JSON Schema of catalogue
or assessment files, for editors and other languages.`,
    id: `Penggunaan: spbe catalogue list
            spbe catalogue show <id|berkas.json> [--format table|md|json]
            spbe catalogue validate <berkas.json> [--format table|json]
            spbe catalogue schema catalogue|assessment

list: daftar katalog bawaan. show: kelompok, indikator, bobot, dan rentang predikat sebuah
katalog (md: snapshot yang dihasilkan; json: definisi katalog). validate: memeriksa berkas
katalog dan melaporkan semua masalah sekaligus (kode 1 bila ada). schema: JSON Schema berkas
katalog atau penilaian, untuk editor dan bahasa pemrograman lain.`,
  },
};

/** Help for a command (or the main help), with the global options and exit codes. */
export function helpText(command: string, lang: Language): string {
  const body = ((Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined) ?? (COMMANDS['main'] as { en: string; id: string }))[lang];
  return `${body}\n\n${GLOBAL[lang]}\n\n${EXIT[lang]}\n`;
}

