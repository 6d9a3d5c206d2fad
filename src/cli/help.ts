/**
 * Help texts, one per subcommand. English and Indonesian side by side would double every
 * screen, so help follows --lang like everything else. Each command's options are listed from
 * the flags it accepts, so its help names exactly those and their allowed values.
 */
import type { Language, Localized } from '../model/localized.js';
import type { Flag, Flags } from './options.js';

const EXIT: Localized = {
  en: `Exit codes: 0 success, 1 the input has issues, 2 usage error, 3 unexpected failure (a bug: please report it), 4 the result is below --fail-under.`,
  id: `Kode keluar: 0 berhasil, 1 masukan bermasalah, 2 kesalahan penggunaan, 3 kegagalan tak terduga (bug: mohon laporkan), 4 hasil di bawah --fail-under.`,
};

const MAIN: Localized = {
  en: `spbe: exact Indeks Pemerintah Digital (PermenPANRB 8/2026, from 2026) and Indeks SPBE
(59/2020, 5/2018: 2018–2025) scoring, as KemenPANRB computes them

Usage: spbe <command> [options]

Commands:
  score <file|->          score an assessment (JSON or CSV; "-" reads stdin)
  explain <file>          how every value is derived: formula, weights, exact fraction, rounding
  compare <before> <after>  changes since an earlier assessment, with exact attribution
  plan <file> --target T  the cheapest level raises that reach a target
  frontier <file>         every cheapest cost against the index it buys
  margin <file>           how safe each predikat is: distances to the bands, fewest drops
  leverage <file>         where one more level is worth most
  verify <result.json>    check that every value of a saved result or roll-up follows from its inputs
  restate <file> --mapping M  an assessment restated for another catalogue (an estimate)
  rollup <dir|files...>   one consolidated result from department (OPD) assessments
  city-plan <dir|files...> --target T  each OPD's cheapest raises for a city target
  template -o <dir>       fill-in sheets (.xlsx or CSV), one per OPD with its own indicators
  report <file|dir...>    a one-page HTML report with charts (a city's, given units)
  catalogue list          the built-in catalogues
  catalogue show <id>     one catalogue's tree, weights and bands
  catalogue validate <f>  check a catalogue file, every issue at once
  catalogue schema <kind> JSON Schema of catalogue, assessment, mapping or responsibilities files
  workbench [-o <file>]   the offline workbench: one HTML page to score, load files and download

Run "spbe <command> --help" for a command's options. "spbe --version" prints the version.`,
  id: `spbe: perhitungan eksak Indeks Pemerintah Digital (PermenPANRB 8/2026, mulai 2026) dan
Indeks SPBE (59/2020, 5/2018: 2018–2025), seperti KemenPANRB menghitungnya

Penggunaan: spbe <perintah> [opsi]

Perintah:
  score <berkas|->        hitung indeks sebuah penilaian (JSON atau CSV; "-" membaca stdin)
  explain <berkas>        asal-usul setiap nilai: rumus, bobot, pecahan eksak, pembulatan
  compare <sebelum> <sesudah>  perubahan sejak penilaian sebelumnya, dengan andil eksak
  plan <berkas> --target T  kenaikan tingkat termurah untuk mencapai target
  frontier <berkas>       setiap biaya termurah terhadap indeks yang dihasilkannya
  margin <berkas>         seberapa aman tiap predikat: jarak ke rentang, penurunan tersedikit
  leverage <berkas>       di mana satu tingkat tambahan paling bernilai
  verify <hasil.json>     periksa bahwa setiap nilai hasil atau konsolidasi tersimpan mengikuti masukannya
  restate <berkas> --mapping M  penilaian dinyatakan ulang untuk katalog lain (perkiraan)
  rollup <direktori|berkas...>  satu hasil konsolidasi dari penilaian perangkat daerah (OPD)
  city-plan <direktori|berkas...> --target T  kenaikan termurah tiap OPD untuk target kota
  template -o <direktori>  lembar isian (.xlsx atau CSV), satu per OPD dengan indikatornya
  report <berkas|dir...>  laporan HTML satu halaman dengan grafik (laporan kota bila diberi unit)
  catalogue list          daftar katalog bawaan
  catalogue show <id>     pohon, bobot, dan rentang predikat sebuah katalog
  catalogue validate <b>  periksa berkas katalog, semua masalah sekaligus
  catalogue schema <jenis>  JSON Schema berkas katalog, penilaian, pemetaan, atau tanggung jawab
  workbench [-o <berkas>]  meja kerja luring: satu halaman HTML untuk menghitung, memuat berkas, mengunduh

Jalankan "spbe <perintah> --help" untuk opsi perintah. "spbe --version" mencetak versi.`,
};

const COMMANDS: Readonly<Record<string, Localized>> = {
  score: {
    en: `Usage: spbe score <file|-> [options]

Scores an assessment file: JSON ({ "levels": { "1": 3, ... } }) or CSV with the columns
indicator/indikator and level/tingkat (optional note/catatan; "na" = not applicable).
CSV from Excel in an Indonesian locale (";" separator, BOM, CRLF, quoted fields) works as is.
"-" and /dev/stdin read stdin. Files over 10 MB are refused.`,
    id: `Penggunaan: spbe score <berkas|-> [opsi]

Menghitung indeks dari berkas penilaian: JSON ({ "levels": { "1": 3, ... } }) atau CSV dengan
kolom indikator/indicator dan tingkat/level (opsional catatan/note; "na" = tidak berlaku).
CSV dari Excel berlokal Indonesia (pemisah ";", BOM, CRLF, kolom berkutip) langsung bisa dipakai.
"-" dan /dev/stdin membaca stdin. Berkas di atas 10 MB ditolak.`,
  },
  workbench: {
    en: `Usage: spbe workbench [-o workbench.html]

Writes the workbench: one self-contained HTML page (its script and styles inlined, a strict
Content-Security-Policy, no network) in which an evaluator scores an assessment, loads JSON and
CSV files and downloads the reports, all in the browser. Open it from disk. Without -o it goes to
stdout.`,
    id: `Penggunaan: spbe workbench [-o meja-kerja.html]

Menulis meja kerja: satu halaman HTML mandiri (skrip dan gaya di dalamnya, Content-Security-Policy
ketat, tanpa jaringan) tempat evaluator menghitung penilaian, memuat berkas JSON dan CSV, dan
mengunduh laporan, semuanya di peramban. Buka dari disk. Tanpa -o halaman ditulis ke stdout.`,
  },
  report: {
    en: `Usage: spbe report <file> [-o report.html] [options]
       spbe report <dir|files...> [--responsibilities file] [-o city.html] [options]

Writes a self-contained one-page HTML report (no scripts, no network; print-friendly on A4):
the index and predikat, a radar chart of the aspects, the domains against the target,
and the indicator table with gaps to the target level. Without -o it goes to stdout.
--target and --costs work as for "spbe plan".
Given units (several OPD files, a directory, or a consolidation flag such as --responsibilities)
it writes the city report instead, exactly as "spbe rollup --format html" does: the consolidated
index, the OPD ranking, the heat map, the shortfalls, the action lists (--target) and the trend
(--history). --previous, --mapping and --missing apply to one assessment only.`,
    id: `Penggunaan: spbe report <berkas> [-o laporan.html] [opsi]
           spbe report <direktori|berkas...> [--responsibilities berkas] [-o kota.html] [opsi]

Menulis laporan HTML satu halaman yang mandiri (tanpa skrip, tanpa jaringan; siap cetak A4):
indeks dan predikat, grafik radar aspek, domain terhadap target, dan tabel indikator dengan
kekurangan terhadap tingkat target. Tanpa -o laporan ditulis ke stdout.
--target dan --costs berlaku seperti pada "spbe plan".
Bila diberi unit (beberapa berkas OPD, sebuah direktori, atau opsi konsolidasi seperti
--responsibilities), ditulis laporan kota, persis seperti "spbe rollup --format html": indeks
konsolidasi, peringkat OPD, peta panas, kekurangan, daftar tindakan (--target), dan tren
(--history). --previous, --mapping, dan --missing hanya untuk satu penilaian.`,
  },
  explain: {
    en: `Usage: spbe explain <file> [options]

Scores the assessment and shows how every value is derived: for the index and each group, the
formula, the weights and levels that entered it, the exact fraction, the rounding step and the
predikat band. --format json prints the library's explanation object.`,
    id: `Penggunaan: spbe explain <berkas> [opsi]

Menghitung penilaian dan menunjukkan asal-usul setiap nilai: untuk indeks dan tiap kelompok,
rumus, bobot dan tingkat yang masuk, pecahan eksak, langkah pembulatan, dan rentang predikat.
--format json mencetak objek penjelasan dari pustaka.`,
  },
  compare: {
    en: `Usage: spbe compare <before> <after> [options]

Compares two assessments of the same catalogue (e.g. last year and this year): the index and
every group before and after, predikat changes, and each indicator's exact share of the index
change (the shares add up to the change exactly). With --self-assessment, <before> is the
self-assessment and <after> the assessors' final levels: it adds how many indicators were over-
and under-rated, and by how much the self-assessment inflated the index.
Files of different catalogues are refused; --allow-different-catalogues compares them anyway, and
between the SPBE and Pemdi indices (different instruments) only the index and its predikat.`,
    id: `Penggunaan: spbe compare <sebelum> <sesudah> [opsi]

Membandingkan dua penilaian dengan katalog yang sama (mis. tahun lalu dan tahun ini): indeks dan
setiap kelompok sebelum dan sesudah, perubahan predikat, dan andil eksak tiap indikator terhadap
perubahan indeks (jumlah andil tepat sama dengan perubahannya). Dengan --self-assessment,
<sebelum> adalah penilaian mandiri dan <sesudah> tingkat akhir asesor: menambahkan jumlah
indikator yang dinilai terlalu tinggi/rendah dan seberapa besar penilaian mandiri
menggelembungkan indeks. Berkas dengan katalog berbeda ditolak; --allow-different-catalogues
tetap membandingkannya, dan antara Indeks SPBE dan Indeks Pemdi (instrumen berbeda) hanya indeks
dan predikatnya.`,
  },
  restate: {
    en: `Usage: spbe restate <file> --mapping <file> [--to <catalogue>] [-o restated.json]

Restates an assessment (JSON, CSV, .xlsx) or a score result of one catalogue as an assessment of
another, from a mapping file: each target indicator takes the mean, minimum or maximum of named
source indicators' exact levels, or stays unmapped. Unmapped targets are listed, never invented:
the restated assessment is partial unless you fill them in. The result is an ESTIMATE; with an
indicative mapping (examples/mappings/59-2020-to-8-2026.json) it is not an official crosswalk.
--format json (the default) writes the assessment and reports the provenance on stderr;
table and md write the provenance report.`,
    id: `Penggunaan: spbe restate <berkas> --mapping <berkas> [--to <katalog>] [-o hasil-ulang.json]

Menyatakan ulang penilaian (JSON, CSV, .xlsx) atau hasil penilaian dari satu katalog sebagai
penilaian katalog lain, dengan berkas pemetaan: tiap indikator sasaran mengambil rata-rata,
minimum, atau maksimum tingkat eksak indikator sumber yang disebut, atau dibiarkan tidak
dipetakan. Indikator tanpa padanan didaftar, tidak dikarang: penilaian hasilnya parsial kecuali
Anda mengisinya. Hasilnya PERKIRAAN; dengan pemetaan indikatif
(examples/mappings/59-2020-to-8-2026.json) bukan crosswalk resmi. --format json (bawaan) menulis
penilaiannya dan melaporkan asal-usul di stderr; table dan md menulis laporan asal-usulnya.`,
  },
  plan: {
    en: `Usage: spbe plan <file> --target <target> [--target ...] [--costs costs.json]

The cheapest set of level raises that reaches the target (optimal, not greedy), with the exact
total cost and the resulting index. Targets combine, one of each kind (a group once each):
  --target 3.5             the index must reach 3.5 (exactly, not "displays as 3.50")
  --target sangat-baik     the index must reach a predikat band (ids: catalogue show)
  --target D3=2.6          a group (domain or aspect) must reach a value
--costs: a JSON file with defaultCost, costs per indicator (one cost per step or a list per
step), caps, locked, maxLevel, minimumLevel, minimums (see examples/kota-contoh-costs.json).
Without it every step costs 1. An unreachable target is an answer (exit 0), not an error.`,
    id: `Penggunaan: spbe plan <berkas> --target <target> [--target ...] [--costs biaya.json]

Kumpulan kenaikan tingkat termurah yang mencapai target (optimal, bukan serakah), dengan total
biaya eksak dan indeks yang dihasilkan. Target dapat digabung, satu dari tiap jenis (tiap
kelompok sekali):
  --target 3.5             indeks harus mencapai 3,5 (eksak, bukan "tampil sebagai 3,50")
  --target sangat-baik     indeks harus mencapai rentang predikat (id: catalogue show)
  --target D3=2.6          sebuah kelompok (domain atau aspek) harus mencapai nilai itu
--costs: berkas JSON berisi defaultCost, costs per indikator (satu biaya per langkah atau daftar
per langkah), caps, locked, maxLevel, minimumLevel, minimums (lihat examples/kota-contoh-costs.json).
Tanpa itu setiap langkah berbiaya 1. Target yang tak tercapai adalah jawaban (kode 0), bukan galat.`,
  },
  frontier: {
    en: `Usage: spbe frontier <file> [--costs costs.json] [--target D3=2.6 ...] [options]

The Pareto frontier of cost against index: for every cost at which the index can rise, the
highest index that cost buys and one cheapest set of raises. --costs as for "spbe plan";
--target group=value sets minimums every point must meet.`,
    id: `Penggunaan: spbe frontier <berkas> [--costs biaya.json] [--target D3=2.6 ...] [opsi]

Batas Pareto biaya terhadap indeks: untuk setiap biaya yang dapat menaikkan indeks, indeks
tertinggi yang dapat dicapai dengan biaya itu dan satu kumpulan kenaikan termurah. --costs
seperti pada "spbe plan"; --target kelompok=nilai menetapkan minimum yang harus dipenuhi setiap titik.`,
  },
  margin: {
    en: `Usage: spbe margin <file> [options]

How safe the predikat of the index and of every group is: the distance to the band above and
below, whether the displayed value suggests a band the exact value does not reach (fragile),
and the fewest single-level drops that would demote it.`,
    id: `Penggunaan: spbe margin <berkas> [opsi]

Seberapa aman predikat indeks dan setiap kelompok: jarak ke rentang di atas dan di bawahnya,
apakah nilai tampilan menyiratkan rentang yang tidak dicapai nilai eksaknya (rapuh), dan
penurunan satu tingkat tersedikit yang akan menurunkan predikatnya.`,
  },
  leverage: {
    en: `Usage: spbe leverage <file> [options]

Where a level is worth most: for every assessed indicator, the exact index gain of one more level
and of reaching the top of its scale, largest first.`,
    id: `Penggunaan: spbe leverage <berkas> [opsi]

Di mana satu tingkat paling bernilai: untuk setiap indikator yang dinilai, tambahan indeks eksak
dari satu tingkat lagi dan dari mencapai puncak skalanya, terbesar lebih dulu.`,
  },
  verify: {
    en: `Usage: spbe verify <result.json|rollup.json|-> [--catalogue <id|file.json>] [--minimum-coverage <0..1>] [--format table|json]

Checks a saved result (the output of spbe score --format json): scores its levels, statuses and
options again, exactly, and compares every derived field (index, groups, indicators, exact
fractions, predikat, coverage, contributions, labels, the fingerprint). Checks a saved roll-up
(spbe rollup --format json) likewise: verifies every unit's result, rolls them up again with the
strategy, targets and options it records, and compares every part (ranks, distribution,
attribution, per-indicator levels, counts and spreads, the units and indicators below target,
the consolidated result). A part that cannot be derived from the file alone (a roll-up without
unit results, a weighted or owner roll-up, a non-default --minimum-coverage) is listed as not
checked: "Partly verified". Exit 0 when everything checked follows; 1 with each field that does
not (its path, the expected and the found value); 2 when the file cannot be checked (unreadable,
not JSON, neither a result nor a roll-up, a catalogue that is not built in).
It shows the file is consistent, not who computed it: anyone who changes a level and scores
again gets a result that passes too.`,
    id: `Penggunaan: spbe verify <hasil.json|konsolidasi.json|-> [--catalogue <id|berkas.json>] [--minimum-coverage <0..1>] [--format table|json]

Memeriksa hasil tersimpan (keluaran spbe score --format json): menghitung ulang tingkat, status,
dan opsinya secara eksak, lalu membandingkan setiap kolom turunan (indeks, kelompok, indikator,
pecahan eksak, predikat, cakupan, kontribusi, label, sidik jari). Memeriksa hasil konsolidasi
tersimpan (spbe rollup --format json) dengan cara yang sama: memverifikasi hasil setiap unit,
menggabungkannya ulang dengan strategi, target, dan opsi yang disimpannya, lalu membandingkan
setiap bagian (peringkat, sebaran, atribusi, tingkat, jumlah, dan rentang per indikator, unit dan
indikator di bawah target, hasil gabungan). Bagian yang tidak dapat diturunkan dari berkas saja
(konsolidasi tanpa hasil unit, strategi weighted atau owner, --minimum-coverage bukan bawaan)
dicantumkan sebagai tidak diperiksa: "Terverifikasi sebagian". Kode 0 bila semua yang diperiksa
mengikuti; 1 dengan setiap kolom yang tidak (jalurnya, nilai seharusnya dan yang ditemukan); 2
bila berkas tidak dapat diperiksa (tidak terbaca, bukan JSON, bukan hasil atau konsolidasi,
katalog bukan bawaan). Ini menunjukkan berkas konsisten, bukan siapa yang menghitungnya: siapa
pun yang mengubah tingkat lalu menghitung ulang mendapat hasil yang juga lolos.`,
  },
  rollup: {
    en: `Usage: spbe rollup <dir|files...> [options]

Consolidates department (OPD) assessments, each usually covering only its own indicators, into
one result: per indicator over the units that assessed it (mean: exact, fractional levels
allowed; weighted: with --unit-weights; median; min: weakest link; max; owner: only the units
that own the indicator, from --responsibilities, their mean or with --owner-mode lead the
lead's level). Directories contribute every .json, .csv and .xlsx file. Units are ranked by their own
index; units that cover less of the catalogue's weight than --minimum-coverage (default: just
above its heaviest single indicator, so one indicator alone is never ranked; 0 ranks all) are
listed apart, unranked. Indicators nobody assessed are listed, never filled in.
Fractional values (Pemdi: 7/6, 1.26) consolidate exactly under every strategy.
--format table (default), md and html give the city report: the consolidated index and predikat,
the ranking, the OPD × indicator map, the shortfalls with their units and each unit's share;
with --target each OPD's action list, with --history the trend ("spbe report" given the same
units writes the same html). json prints the library's roll-up object (what --history reads);
csv renders the consolidated result as one result.`,
    id: `Penggunaan: spbe rollup <direktori|berkas...> [opsi]

Mengonsolidasikan penilaian perangkat daerah (OPD), yang biasanya hanya mencakup indikatornya
sendiri, menjadi satu hasil: per indikator atas unit yang menilainya (mean: eksak, tingkat pecahan
diperbolehkan; weighted: dengan --unit-weights; median; min: mata rantai terlemah; max; owner:
hanya unit pemilik indikator, dari --responsibilities, rata-ratanya atau dengan --owner-mode lead
tingkat unit utama). Direktori menyumbang semua berkas .json, .csv, dan .xlsx. Unit diperingkat menurut
indeksnya sendiri; unit yang mencakup bobot katalog lebih kecil dari --minimum-coverage (bawaan:
sedikit di atas satu indikator terberatnya, sehingga satu indikator saja tidak pernah diperingkat;
0 memeringkat semua) dicantumkan terpisah tanpa peringkat. Indikator yang tidak dinilai siapa pun dicantumkan, tidak
pernah diisi. Nilai pecahan (Pemdi: 7/6, 1,26) digabungkan dengan tepat pada setiap strategi.
--format table (bawaan), md, dan html memberi laporan kota: indeks dan predikat konsolidasi,
peringkat, peta OPD × indikator, kekurangan beserta unitnya, dan andil setiap unit; dengan
--target daftar tindakan setiap OPD, dengan --history trennya ("spbe report" yang diberi unit yang
sama menulis html yang sama). json mencetak objek konsolidasi dari pustaka (yang dibaca
--history); csv menampilkan hasil konsolidasi sebagai satu hasil.`,
  },
  template: {
    en: `Usage: spbe template [--responsibilities <file>] [--format xlsx|csv] -o <dir|file>

Fill-in sheets for the departments (OPD). With --responsibilities (JSON, CSV or .xlsx), one file
per unit in the directory -o names, with only the indicators it owns; without, one sheet with
every indicator (-o <file>, or --format csv to stdout). Each row: the indicator's number, id and
name, the level choices with their meanings, the criteria where the catalogue has them, and
cells for the level, a note and evidence links. In .xlsx the level cell has a drop-down of the
valid levels. The filled-in files are read back by score, rollup and the other commands.`,
    id: `Penggunaan: spbe template [--responsibilities <berkas>] [--format xlsx|csv] -o <direktori|berkas>

Lembar isian untuk perangkat daerah (OPD). Dengan --responsibilities (JSON, CSV, atau .xlsx),
satu berkas per unit di direktori -o, hanya dengan indikator miliknya; tanpa itu, satu lembar
dengan semua indikator (-o <berkas>, atau --format csv ke stdout). Setiap baris: nomor, id, dan
nama indikator, pilihan tingkat dengan maknanya, kriteria bila katalog memilikinya, serta sel
untuk tingkat, catatan, dan tautan bukti. Di .xlsx sel tingkat memiliki daftar pilihan tingkat
yang sah. Berkas yang telah diisi dibaca kembali oleh score, rollup, dan perintah lain.`,
  },
  'city-plan': {
    en: `Usage: spbe city-plan <dir|files...> --target <target> [--target ...] [--costs costs.json] [options]

The cheapest set of raises by the departments (OPD) after which the consolidated city result
meets the target: each OPD's action list with its cost, the same raises per indicator with the
city's value before and after, and the city result they lead to. Units and the consolidation
flags as for "spbe rollup"; --target as for "spbe plan". --costs: the plan options of "spbe
plan" for every OPD, and "units": { "<agency>": { …plan options } } for one OPD's own costs,
caps, locks and minimums. An unreachable target is an answer (exit 0), not an error.`,
    id: `Penggunaan: spbe city-plan <direktori|berkas...> --target <target> [--target ...] [--costs biaya.json] [opsi]

Kumpulan kenaikan termurah oleh perangkat daerah (OPD) yang membuat hasil konsolidasi kota
mencapai target: daftar tindakan tiap OPD dengan biayanya, kenaikan yang sama per indikator
dengan nilai kota sebelum dan sesudahnya, dan hasil kota yang dihasilkan. Unit dan opsi
konsolidasi seperti pada "spbe rollup"; --target seperti pada "spbe plan". --costs: opsi rencana
"spbe plan" untuk setiap OPD, dan "units": { "<instansi>": { …opsi rencana } } untuk biaya,
batas, kunci, dan minimum milik satu OPD. Target yang tak tercapai adalah jawaban (kode 0).`,
  },
  catalogue: {
    en: `Usage: spbe catalogue list [--format table|json]
       spbe catalogue show <id|file.json> [--format table|md|json]
       spbe catalogue validate <file.json> [--format table|json]
       spbe catalogue schema catalogue|assessment|mapping|responsibilities

list: the built-in catalogues. show: one catalogue's groups, indicators, weights and bands
(md: the generated snapshot; json: the catalogue definition). validate: checks a catalogue file
and reports every issue at once (exit 1 when it has any). schema: the JSON Schema of catalogue,
assessment, mapping (spbe restate) or responsibilities (spbe rollup) files, for editors and other
languages.`,
    id: `Penggunaan: spbe catalogue list [--format table|json]
            spbe catalogue show <id|berkas.json> [--format table|md|json]
            spbe catalogue validate <berkas.json> [--format table|json]
            spbe catalogue schema catalogue|assessment|mapping|responsibilities

list: daftar katalog bawaan. show: kelompok, indikator, bobot, dan rentang predikat sebuah
katalog (md: snapshot yang dihasilkan; json: definisi katalog). validate: memeriksa berkas
katalog dan melaporkan semua masalah sekaligus (kode 1 bila ada). schema: JSON Schema berkas
katalog, penilaian, pemetaan (spbe restate), atau tanggung jawab (spbe rollup), untuk editor dan
bahasa pemrograman lain.`,
  },
};

/** One help line per flag: `--missing reject|partial   how ...`, aligned. */
function flagLines(flags: Flags, lang: Language): string[] {
  const left = (name: string, flag: Flag): string => {
    const short = flag.short === undefined ? '' : `-${flag.short}, `;
    const value = flag.type === 'boolean' ? '' : ` ${flag.choices?.join('|') ?? flag.value?.[lang] ?? '<value>'}`;
    return `${short}--${name}${value}`;
  };
  const entries = Object.entries(flags).map(([name, flag]) => [left(name, flag), flag.help[lang]] as const);
  const width = Math.max(...entries.map(([text]) => text.length)) + 2;
  return entries.map(([text, help]) => `  ${text.padEnd(width)}${help}`);
}

/** The main help, listing the commands. */
export function mainHelp(lang: Language): string {
  return `${MAIN[lang]}\n\n${EXIT[lang]}\n`;
}

/** A command's help: usage and description, then exactly its flags, then the exit codes. */
export function helpText(command: string, lang: Language, flags: Flags): string {
  const body = Object.hasOwn(COMMANDS, command) ? (COMMANDS[command] as Localized)[lang] : `spbe ${command}`;
  return `${body}\n\n${lang === 'id' ? 'Opsi' : 'Options'}:\n${flagLines(flags, lang).join('\n')}\n\n${EXIT[lang]}\n`;
}
