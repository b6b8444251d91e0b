"""What the authoring commands (graph, schema, strings, new) say, in Indonesian and English.

    say("id", "wrote", path="peta.html", note="")   # -> "peta.html ditulis"

Each entry is (Indonesian, English): Indonesian as a trainer reads it ("baris", "kesalahan"), the
English for --lang en. The command names, options and file names inside stay as they are typed.
"""

from __future__ import annotations

WORDS = {
    # the word before a line that is not a result
    "error": ("kesalahan", "error"),
    "note": ("catatan", "note"),
    "warning": ("peringatan", "warning"),
    # what was written
    "wrote": ("{path} ditulis{note}", "wrote {path}{note}"),
    "graph-size": (" ({nodes} simpul, {edges} panah)", " ({nodes} nodes, {edges} edges)"),
    "wrote-texts": ("{count} teks ditulis ke {path}", "wrote {count} texts to {path}"),
    # graph
    "png-needs-file": (
        "gambar PNG perlu nama berkas: tambahkan -o BERKAS.png",
        "a PNG needs a file: add -o FILE.png",
    ),
    "no-scenario": (
        "tidak ada skenario '{name}' (beri jalur berkasnya, atau id skenario di {folders})",
        "no scenario '{name}' (give a file path or the id of a scenario in {folders})",
    ),
    "unreadable": (
        "{path} tidak bisa dibaca sebagai skenario; perbaiki dulu kesalahan di atas",
        "{path} cannot be read as a scenario; fix the errors above first",
    ),
    "drawn-anyway": (
        "{path} punya {count} kesalahan; gambar alurnya menunjukkan skenario sejauh yang bisa dibaca",
        "{path} has {count} error(s); the graph shows it as far as it can be read",
    ),
    "bad-extension": (
        "graph tidak bisa menulis berkas {suffix}; formatnya: {formats} (tidak ada yang ditulis)",
        "graph cannot write a {suffix} file; the formats are {formats} (nothing was written)",
    ),
    "format-mismatch": (
        "--format {fmt} tidak cocok dengan {output}: {fmt} ditulis ke berkas {wanted} "
        "(formatnya: {formats}; tidak ada yang ditulis)",
        "--format {fmt} does not fit {output}: {fmt} is written to a {wanted} file "
        "(the formats are {formats}; nothing was written)",
    ),
    "png-pygame": (
        "gambar PNG perlu pygame ({problem}); pakai --format svg saja",
        "a PNG needs pygame ({problem}); use --format svg instead",
    ),
    "cannot-write": ("{path} tidak bisa ditulis: {problem}", "cannot write {path}: {problem}"),
    # strings
    "no-file": ("tidak ada berkas skenario {path}", "no scenario file {path}"),
    "csv-name": (
        "--export dan --import perlu nama berkas CSV",
        "--export and --import need a CSV file name",
    ),
    "unknown-row": (
        "{csv}: tidak ada teks '{key}' di {path}; baris ini diabaikan",
        "{csv}: no text '{key}' in {path}; row ignored",
    ),
    "imported": (
        "{path}: {changed} teks diubah, {unchanged} tidak berubah, {unknown} kunci tidak dikenal",
        "{path}: {changed} text(s) changed, {unchanged} unchanged, {unknown} unknown id(s)",
    ),
    "not-in-csv": (
        "{count} teks dari {path} tidak ada di {csv} dan dibiarkan seperti semula (yang pertama: {first})",
        "{count} text(s) of {path} are not in {csv} and were left as they are (first: {first})",
    ),
    # strings: what is wrong with the scenario or the translator's CSV
    "scenario-not-utf8": (
        "{path} bukan teks UTF-8; simpan dulu sebagai UTF-8",
        "{path} is not UTF-8 text; save it as UTF-8 first",
    ),
    "not-yaml": (
        "{path} bukan YAML yang benar ({problem}); jalankan validate untuk melihat letaknya",
        "{path} is not well-formed YAML ({problem}); run validate to see where",
    ),
    "not-scenario": (
        "{path} bukan skenario (jalankan validate untuk melihat sebabnya)",
        "{path} is not a scenario (run validate to see why)",
    ),
    "workbook": (
        "{csv}: ini buku kerja Excel; simpan sebagai CSV UTF-8 (Comma delimited) lalu impor berkas itu "
        "(tidak ada yang diimpor)",
        "{csv}: this is an Excel workbook; save it as CSV UTF-8 (Comma delimited) and import that file "
        "(nothing was imported)",
    ),
    "csv-not-utf8": (
        "{csv} bukan teks UTF-8; di lembar kerja, simpan sebagai 'CSV UTF-8'",
        "{csv} is not UTF-8 text; in the spreadsheet, save as 'CSV UTF-8'",
    ),
    "csv-empty": (
        "{csv} kosong; baris pertamanya harus kolom key,id,en",
        "{csv} is empty; it must start with the columns key,id,en",
    ),
    "csv-columns": (
        "{csv} harus diawali kolom key,id,en (tertulis: {found})",
        "{csv} must start with the columns key,id,en (found: {found})",
    ),
    "csv-cells": (
        "{csv}, baris {line}: sel lebih banyak daripada kolom {columns}; teks yang berisi '{mark}' harus "
        "diapit tanda kutip ganda (tidak ada yang diimpor)",
        "{csv}, line {line}: more cells than the columns {columns}; a text that contains '{mark}' must be "
        "in double quotes (nothing was imported)",
    ),
    "csv-twice": (
        "{csv}: kunci '{key}' tertulis dua kali, di baris {first} dan baris {line}; simpan salah satunya "
        "(tidak ada yang diimpor)",
        "{csv}: the key '{key}' appears twice, on line {first} and line {line}; keep one of them "
        "(nothing was imported)",
    ),
    "csv-unclosed": (
        '{csv}, baris {line}: tanda kutip ganda (") yang dibuka di sini tidak pernah ditutup, jadi setiap '
        'baris sesudahnya akan terbaca sebagai satu teks; tutup kutipnya (atau tulis "" di dalam teks) '
        "lalu impor lagi (tidak ada yang diimpor)",
        '{csv}, line {line}: a double quote (") opened here is never closed, so every row after it would '
        'be read as part of one text; close the quote (or double it as "" inside a text) and import '
        "again (nothing was imported)",
    ),
    "csv-row": (
        "{csv}, baris {line}: baris CSV yang tidak terbaca ({problem})",
        "{csv}, line {line}: not a readable CSV row ({problem})",
    ),
    "would-break": (
        "teks yang diimpor akan membuat {path} tidak valid; tidak ada yang ditulis:",
        "the imported texts would make {path} invalid; nothing was written:",
    ),
    # new
    "new-written": (
        "{path} ditulis\n"
        "Berkas ini ada di folder skenario Anda: layar Pelatih dan daftar skenario di dalam game "
        "menampilkannya.\n"
        "berikutnya: python run_game.py validate {path}\n"
        "            python run_game.py play --text {path} --lang {comments}",
        "wrote {path}\n"
        "It is in your scenario folder: the game's Trainer screen and its list of scenarios show it.\n"
        "next: python run_game.py validate {path}\n"
        "      python run_game.py play --text {path} --lang {comments}",
    ),
    "new-written-here": (
        "{path} ditulis\n"
        "berikutnya: python run_game.py validate {path}\n"
        "            python run_game.py play --text {path} --lang {comments}",
        "wrote {path}\n"
        "next: python run_game.py validate {path}\n"
        "      python run_game.py play --text {path} --lang {comments}",
    ),
}


def say(lang: str, name: str, /, **values) -> str:
    indonesian, english = WORDS[name]
    return (english if lang == "en" else indonesian).format(**values)
