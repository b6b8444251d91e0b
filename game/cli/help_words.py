"""`berdaya ... --help` in Indonesian: every help and description text of the commands, and argparse's
own headings, English -> Indonesian (issue 14).

The English stays where it is (the add_argument calls in game/cli/parser.py, game/authoring/cli.py,
game/records/cli_commands.py and game/records/report_cli.py); game.cli.arg_errors.Parser looks each text
up here when the command line's language is Indonesian. A text this table does not know is shown in
English, and tests/test_help_language.py fails on it: a new help= needs its line here.

Option names, metavars (FILE, DATE, DEST, S) and literal values (END, *.plan.yaml, id, en) are written
as they are typed. A text with a %(name)s placeholder keeps it (and a literal % is written %%).
"""

from __future__ import annotations

import re

# argparse's own words (Python 3.10+ says "options", older ones "optional arguments")
HEADINGS = {
    "usage: ": "cara pakai: ",
    "positional arguments": "argumen berurutan",
    "options": "opsi",
    "optional arguments": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
}

_DB = "records database (default: records.sqlite3 in the game's data folder)"
_DB_ID = "basis data catatan (bawaan: records.sqlite3 di folder data permainan)"
_LRS_USER = "LRS user name (basic authentication)"
_LRS_USER_ID = "nama pengguna LRS (autentikasi dasar)"

HELP = {
    "the game's language for this run (default: as chosen on the title screen)": (
        "bahasa permainan untuk kali ini (bawaan: seperti yang dipilih di layar judul)"
    ),
    "text to read (the default), or json for editors and CI": (
        "teks untuk dibaca (bawaan), atau json untuk aplikasi penyunting dan CI"
    ),
    # -- berdaya (the game itself) --
    "Berdaya: a training simulation for the head of community empowerment "
    "(Kepala Bidang Pemberdayaan Masyarakat). Without a command, the game starts.": (
        "Berdaya: simulasi pelatihan bagi Kepala Bidang Pemberdayaan Masyarakat. "
        "Tanpa perintah, permainan langsung dimulai."
    ),
    "another folder of scenario files (may be repeated)": "folder lain berisi berkas skenario (boleh diulang)",
    "facilitator preset: fullscreen, large text": "setelan fasilitator: layar penuh, huruf besar",
    "workshop mode for a class": "mode lokakarya untuk satu kelas",
    "workshop: the discussion timer before a class vote (0: no timer; default 120)": (
        "lokakarya: lama diskusi dalam detik sebelum kelas memilih (0: tanpa batas waktu; bawaan 120)"
    ),
    "workshop: the class votes from phones at this address of this laptop on the room's network, "
    "e.g. 192.168.1.10 or 192.168.1.10:8765 (default: off; hand entry of votes)": (
        "lokakarya: kelas memilih lewat ponsel di alamat laptop ini pada jaringan ruangan, "
        "mis. 192.168.1.10 atau 192.168.1.10:8765 (bawaan: tidak aktif; suara diisi sendiri oleh fasilitator)"
    ),
    # -- the commands, as listed by `berdaya --help` --
    "play a scenario (in the window, or in the terminal with --text)": (
        "mainkan skenario (di jendela, atau di terminal dengan --text)"
    ),
    "check scenario files and report every problem": "periksa berkas skenario dan laporkan setiap masalah",
    "explore every path: endings, scores, misconceptions, path lengths": (
        "telusuri setiap jalur: akhir cerita, skor, miskonsepsi, panjang jalur"
    ),
    "run the play-plans (*.plan.yaml) written beside scenarios": (
        "jalankan rencana permainan (*.plan.yaml) yang ditulis di samping skenario"
    ),
    "draw a scenario as a graph: an interactive story map (html), mermaid, dot, svg or png": (
        "gambar skenario sebagai diagram: peta cerita interaktif (html), mermaid, dot, svg atau png"
    ),
    "write a JSON Schema of the scenario format, for editors": (
        "tulis JSON Schema untuk format skenario, bagi aplikasi penyunting teks"
    ),
    "export or import every player-facing text as CSV, for translators": (
        "ekspor atau impor semua teks yang dilihat pemain sebagai CSV, untuk penerjemah"
    ),
    "write a commented starter scenario to edit": (
        "tulis kerangka skenario baru, lengkap dengan komentar, untuk disunting"
    ),
    "export session records as JSON, CSV or xlsx for a spreadsheet, or xAPI statements": (
        "ekspor catatan sesi sebagai JSON, CSV atau xlsx untuk lembar kerja, atau sebagai pernyataan xAPI"
    ),
    "a class report (one HTML file) from records or exports": (
        "laporan kelas (satu berkas HTML) dari catatan atau hasil ekspor"
    ),
    "copy this laptop's records (with what is not yet in the main file) to a folder or file": (
        "salin catatan laptop ini (beserta yang belum ada di berkas utama) ke sebuah folder atau berkas"
    ),
    "delete one learner's sessions for good (UU PDP 27/2022), after asking": (
        "hapus sesi satu peserta untuk selamanya (UU PDP 27/2022), setelah bertanya dulu"
    ),
    "write a PNG of every screen of the game": "tulis gambar PNG dari setiap layar permainan",
    "measure start-up, frame time, idle CPU and memory of the game": (
        "ukur waktu mulai, waktu per gambar layar, pemakaian CPU saat diam, dan memori permainan"
    ),
    # -- play --
    "exit codes: 0 played (and recorded, unless --no-record); 1 the scenario has errors; "
    "2 a wrong argument; 3 a problem in the program itself; 4 played, but the session's "
    "records could not all be kept (standard error says why, in Bahasa Indonesia and English)": (
        "kode keluar: 0 sudah dimainkan (dan dicatat, kecuali dengan --no-record); 1 skenario berisi "
        "kesalahan; 2 argumen salah; 3 masalah di dalam program itu sendiri; 4 sudah dimainkan, tetapi "
        "catatan sesi tidak semuanya tersimpan (pesan kesalahan menjelaskan sebabnya, dalam Bahasa "
        "Indonesia dan bahasa Inggris)"
    ),
    "a scenario file, or a scenario id from the scenario folders": (
        "berkas skenario, atau id skenario dari folder skenario"
    ),
    "play in the terminal": "main di terminal",
    "language (default: id in the terminal; the window keeps its setting)": (
        "bahasa (bawaan: id di terminal; jendela memakai setelannya sendiri)"
    ),
    "seed for chance events (default: 0)": "angka benih untuk kejadian acak (bawaan: 0)",
    "play these without asking: numbers as shown (the order is shuffled per seed) "
    "or choice ids such as musdes.2 (the 2nd option written at node musdes)": (
        "mainkan pilihan ini tanpa bertanya: nomor seperti yang tampil (urutannya diacak menurut "
        "angka benih) atau id pilihan seperti musdes.2 (pilihan ke-2 yang ditulis di simpul musdes)"
    ),
    "choose automatically": "pilih secara otomatis",
    "print the final result as JSON": "cetak hasil akhir sebagai JSON",
    "practice mode: name misconceptions and coaching right after each choice "
    "(by default they wait for the debrief)": (
        "mode latihan: sebutkan miskonsepsi dan bimbingan tepat setelah setiap pilihan "
        "(biasanya keduanya menunggu sampai refleksi akhir)"
    ),
    "how people in the story address you: Pak, Bu, or neutral (Bapak/Ibu)": (
        "cara tokoh dalam cerita menyapa Anda: Pak, Bu, atau netral (Bapak/Ibu)"
    ),
    "window: reload the file each time it is saved, its errors shown over the game": (
        "jendela: muat ulang berkas setiap kali disimpan, kesalahannya ditampilkan di atas permainan"
    ),
    "trainer preview: start at this node": "pratinjau pelatih: mulai dari simpul ini",
    "trainer preview: set a meter or flag first (may be repeated)": (
        "pratinjau pelatih: tetapkan dulu nilai meter atau penanda (boleh diulang)"
    ),
    _DB: _DB_ID,
    "do not record this session": "jangan catat sesi ini",
    "player or team name for the records (the terminal asks when it is not given)": (
        "nama pemain atau tim untuk catatan (terminal menanyakannya bila tidak diberikan)"
    ),
    "the learner's id for the records: NIP, email or LMS user name": (
        "id peserta untuk catatan: NIP, email atau nama pengguna LMS"
    ),
    'the class (kelas), e.g. "Pelatihan Kabid PMD 3"': 'kelas, mis. "Pelatihan Kabid PMD 3"',
    "the batch (angkatan), e.g. 3": "angkatan, mis. 3",
    "the organisation (instansi); default: records-settings.json's in the config folder": (
        "instansi; bawaan: yang tertulis di records-settings.json di folder pengaturan"
    ),
    "record a trial play too (played from a file, --choices/--auto: not recorded by default)": (
        "catat juga permainan uji coba (yang dimainkan dari berkas dengan --choices/--auto biasanya "
        "tidak dicatat)"
    ),
    # -- validate, analyze, test --
    "files or folders (default: scenarios/)": "berkas atau folder (bawaan: scenarios/)",
    "check again each time a file is saved (Ctrl+C stops)": (
        "periksa lagi setiap kali berkas disimpan (Ctrl+C untuk berhenti)"
    ),
    "a scenario file or id": "berkas skenario atau id skenario",
    "print the report as JSON": "cetak laporan sebagai JSON",
    "stop exploring after this many states": "berhenti menelusuri setelah sebanyak ini keadaan",
    "cue bias instead: can naive strategies (longest, first, shortest, meeting words, "
    "random) win, and gates G1-G6": (
        "sebagai gantinya, bias petunjuk: bisakah strategi polos (terpanjang, pertama, terpendek, "
        "kata-kata rapat, acak) menang, serta gerbang G1-G6"
    ),
    "with --cues: seeded runs per strategy": "dengan --cues: jumlah putaran berbenih per strategi",
    "plan files, scenario files or folders (default: scenarios/)": (
        "berkas rencana, berkas skenario atau folder (bawaan: scenarios/)"
    ),
    # -- graph, schema, strings, new (game/authoring/cli.py) --
    "a scenario file, or a scenario id": "berkas skenario, atau id skenario",
    "output format (default: from the -o file's extension, else mermaid)": (
        "format keluaran (bawaan: menurut akhiran nama berkas -o, bila tidak ada: mermaid)"
    ),
    "write here (default: print text formats)": "tulis ke sini (bawaan: format teks dicetak ke layar)",
    "replace an existing file that is not a graph this command wrote (never a .yaml scenario)": (
        "timpa berkas yang sudah ada walaupun bukan diagram buatan perintah ini (skenario .yaml tidak pernah ditimpa)"
    ),
    "write here (default: print it)": "tulis ke sini (bawaan: dicetak ke layar)",
    "replace an existing file that is not an earlier schema (never a .yaml scenario)": (
        "timpa berkas yang sudah ada walaupun bukan skema sebelumnya (skenario .yaml tidak pernah ditimpa)"
    ),
    "the schema of play-plan files (*.plan.yaml) instead of scenarios": (
        "skema berkas rencana permainan (*.plan.yaml), bukan skema skenario"
    ),
    "the schema of pre/post check files (*.check.yaml) instead of scenarios": (
        "skema berkas cek awal/akhir (*.check.yaml), bukan skema skenario"
    ),
    "a scenario file": "berkas skenario",
    "write the texts to this CSV file": "tulis teks-teksnya ke berkas CSV ini",
    "put the texts of this CSV file back into the scenario (comments and layout kept)": (
        "masukkan kembali teks dari berkas CSV ini ke skenario (komentar dan tata letak tetap)"
    ),
    "with --export: replace an existing CSV file (never a .yaml scenario)": (
        "dengan --export: timpa berkas CSV yang sudah ada (skenario .yaml tidak pernah ditimpa)"
    ),
    "the new scenario's id (written to your scenario folder, the one the game's Trainer screen "
    "shows), or a path ending in .yaml": (
        "id skenario baru (ditulis ke folder skenario Anda, yang ditampilkan layar Pelatih di "
        "permainan), atau alamat berkas yang berakhiran .yaml"
    ),
    "language of the comments and messages (default: the system's)": (
        "bahasa komentar dan pesan (bawaan: bahasa sistem)"
    ),
    # -- export, report, collect, forget (game/records/) --
    "output format (default: json, what `report` reads); csv and xlsx are for Excel (csv -o FILE "
    "writes FILE with one row per decision, and FILE-sesi.csv, FILE-refleksi.csv beside it, or "
    "-sessions, -reflections with --lang en; xlsx needs -o); csv-long is the long table `report` reads": (
        "format keluaran (bawaan: json, yang dibaca `report`); csv dan xlsx untuk Excel (csv -o FILE "
        "menulis FILE dengan satu baris per keputusan, serta FILE-sesi.csv dan FILE-refleksi.csv di "
        "sampingnya, atau -sessions dan -reflections dengan --lang en; xlsx perlu -o); csv-long adalah "
        "tabel panjang yang dibaca `report`"
    ),
    "write to FILE (default: standard output)": "tulis ke FILE (bawaan: dicetak ke layar)",
    "language of csv/xlsx headers and texts (default: id)": (
        "bahasa judul kolom dan teks csv/xlsx (bawaan: id)"
    ),
    "csv column separator (default: ';' with --lang id, as Excel in Indonesia expects, "
    "and ',' with --lang en)": (
        "pemisah kolom csv (bawaan: ';' dengan --lang id, seperti yang diharapkan Excel di Indonesia, "
        "dan ',' dengan --lang en)"
    ),
    "time zone of csv/xlsx times, e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura "
    "(default: this computer's)": (
        "zona waktu untuk jam di csv/xlsx, mis. Asia/Jakarta, Asia/Makassar, Asia/Jayapura "
        "(bawaan: zona waktu komputer ini)"
    ),
    "only sessions started on or after DATE (2024-05-01, local time)": (
        "hanya sesi yang dimulai pada atau sesudah DATE (2024-05-01, waktu setempat)"
    ),
    "send xAPI statements to this Learning Record Store": (
        "kirim pernyataan xAPI ke Learning Record Store (LRS) ini"
    ),
    _LRS_USER: _LRS_USER_ID,
    "LRS password (or set BERDAYA_LRS_PASSWORD, which other users cannot see)": (
        "kata sandi LRS (atau isi BERDAYA_LRS_PASSWORD, yang tidak terlihat oleh pengguna lain)"
    ),
    "send every statement again, even those this LRS acknowledged before": (
        "kirim ulang setiap pernyataan, termasuk yang sudah diterima LRS ini sebelumnya"
    ),
    "JSON (or CSV) exports to merge": "hasil ekspor JSON (atau CSV) yang digabungkan",
    "records database (used when no FILE is given)": "basis data catatan (dipakai bila tidak ada FILE)",
    "the HTML file to write (default: report.html)": "berkas HTML yang ditulis (bawaan: report.html)",
    "language of the report (default: id)": "bahasa laporan (bawaan: id)",
    "for the projector: no names or learner ids anywhere in the page (and no per-learner paths)": (
        "untuk proyektor: tanpa nama atau id peserta di mana pun di halaman (dan tanpa jalur per peserta)"
    ),
    "only sessions started on or after DATE (2024-05-01; in --tz)": (
        "hanya sesi yang dimulai pada atau sesudah DATE (2024-05-01; menurut --tz)"
    ),
    "only sessions started on or before DATE (the whole day; in --tz)": (
        "hanya sesi yang dimulai pada atau sebelum DATE (sepanjang hari itu; menurut --tz)"
    ),
    'only this class (kelas), e.g. "Angkatan 3"; give it again for more classes': (
        'hanya kelas ini, mis. "Angkatan 3"; tulis lagi untuk kelas lainnya'
    ),
    "only this scenario (its id); give it again for more scenarios": (
        "hanya skenario ini (id-nya); tulis lagi untuk skenario lainnya"
    ),
    "time zone of the times shown, e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura "
    "(default: this computer's); the page names it": (
        "zona waktu untuk jam yang ditampilkan, mis. Asia/Jakarta, Asia/Makassar, Asia/Jayapura "
        "(bawaan: zona waktu komputer ini); halaman laporan menyebutkannya"
    ),
    "also read the sessions a Learning Record Store holds": (
        "baca juga sesi yang disimpan di Learning Record Store (LRS)"
    ),
    "LRS password (or set BERDAYA_LRS_PASSWORD)": "kata sandi LRS (atau isi BERDAYA_LRS_PASSWORD)",
    "a folder (e.g. on a USB stick) or a .sqlite3 file name": (
        "sebuah folder (mis. di flashdisk) atau nama berkas .sqlite3"
    ),
    "replace DEST if it exists": "timpa DEST bila sudah ada",
    "the learner's name as recorded": "nama peserta seperti yang tercatat",
    "the learner's id (NIP, email, LMS user name)": "id peserta (NIP, email, nama pengguna LMS)",
    "also delete them from this JSON or csv-long export": "hapus juga dari hasil ekspor JSON atau csv-long ini",
    "do not ask before deleting": "jangan bertanya sebelum menghapus",
    # -- screenshots, bench (developer tools) --
    "folder for the PNG files": "folder untuk berkas PNG",
    "language (default: id)": "bahasa (bawaan: id)",
    "window size (default: 1280x720)": "ukuran jendela (bawaan: 1280x720)",
    "text size step": "tingkat ukuran huruf",
    "print one JSON object": "cetak satu objek JSON",
}

# texts built with a value (an f-string in the add_argument call): the English as a pattern -> the
# Indonesian; groups are kept as they are
PATTERNS = (
    (
        r"language of the messages: id or en \(default: the system's, here (\w+)\)",
        "bahasa pesan: id atau en (bawaan: bahasa sistem, di sini {0})",
    ),
    (
        r"give up on the LRS after S seconds in all \(default: ([\d.]+)\); "
        r"what was not sent waits in the outbox",
        "berhenti mencoba LRS setelah S detik seluruhnya (bawaan: {0}); yang belum terkirim menunggu "
        "di kotak keluar",
    ),
)


def indonesian_help(text):
    """`text` (a help, description or epilog, or one of argparse's headings) in Indonesian; None and a
    text the tables do not know come back as they are."""
    if not text:
        return text
    said = HELP.get(text) or HEADINGS.get(text)
    if said:
        return said
    for pattern, indonesian in PATTERNS:
        found = re.fullmatch(pattern, text, re.S)
        if found:
            return indonesian.format(*found.groups())
    return text


def knows(text: str) -> bool:
    """True when the tables have an Indonesian line for `text` (the tests' check for a new help=)."""
    return indonesian_help(text) != text
