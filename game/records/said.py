"""What export and report say, in Bahasa Indonesia and English (as messages.py does for records problems).

raise ExportError("no_file", path=path)     # ExportError, RecordsUnavailable are Said errors
print(error_lines(exc), file=err)            # "galat: ...\nerror: ..."
print(lines(said("wrote_export", ...)), file=err)
"""

from __future__ import annotations

# -- what export and report say: key -> (id, en); fields are filled in -----------------------------
SAID = {
    "no_db": ("tidak ada basis data catatan di {path}", "there is no records database at {path}"),
    "foreign_db": (
        "{path} adalah basis data milik program lain ({detail}), bukan catatan Berdaya; berkas itu tidak diubah",
        "{path} is another program's database ({detail}), not Berdaya's records; it was not changed",
    ),
    "newer_db": (
        "{path} dibuat oleh Berdaya yang lebih baru ({detail}); ekspor dengan versi itu",
        "{path} was made by a newer Berdaya ({detail}); export it with that version",
    ),
    "unreadable_db": (
        "basis data catatan {path} tidak bisa dibaca ({detail})",
        "the records database {path} cannot be read ({detail})",
    ),
    "records_off": ("catatan sesi mati ({path})", "records are off ({path})"),
    "since": (
        "--since perlu tanggal seperti 2024-05-01 (tertulis '{value}')",
        "--since wants a date like 2024-05-01 (got '{value}')",
    ),
    "wrote_export": ("{path} ditulis: {n} sesi sebagai {fmt}", "wrote {path}: {n} session(s) as {fmt}"),
    "wrote_report": ("{path} ditulis: {n} sesi{more}", "wrote {path}: {n} session(s){more}"),
    "duplicates": (" ({n} duplikat dihitung sekali)", " ({n} duplicate(s) counted once)"),
    "sent": ("{n} pernyataan dikirim ke {lrs}{more}", "sent {n} statement(s) to {lrs}{more}"),
    "sent_earlier": (
        "; {n} yang sudah diterimanya sebelumnya tidak dikirim lagi (--lrs-resend mengirimnya)",
        "; {n} it had acknowledged before were not sent again (--lrs-resend sends them)",
    ),
    "cannot_write": ("{path} tidak bisa ditulis ({detail})", "cannot write {path} ({detail})"),
    "not_regular": (
        "{path}: bukan berkas biasa; berikan ekspor .json atau .csv dari Berdaya",
        "{path}: not a regular file; give a .json or .csv export from Berdaya",
    ),
    "too_big": (
        "{path}: {mb} MB terlalu besar untuk ekspor catatan (paling banyak {limit} MB)",
        "{path}: {mb} MB is too big for a records export (at most {limit} MB)",
    ),
    "no_file": (
        "{path}: berkas tidak ada; berikan ekspor yang dibuat dengan "
        "`python run_game.py export --format json -o FILE`",
        "{path}: no such file; give the exports made with `python run_game.py export --format json -o FILE`",
    ),
    "not_text": (
        "{path}: bukan berkas teks; berikan ekspor .json atau .csv dari Berdaya",
        "{path}: not a text file; give a .json or .csv export from Berdaya",
    ),
    "unreadable_file": ("{path}: tidak bisa dibaca ({detail})", "{path}: cannot be read ({detail})"),
    "json_deep": (
        "{path}: bukan ekspor catatan Berdaya (JSON-nya bersarang terlalu dalam)",
        "{path}: not a Berdaya records export (its JSON is nested too deep)",
    ),
    "json_breaks": (
        "{path}: bukan ekspor catatan Berdaya (JSON-nya rusak); buat lagi dengan "
        "`python run_game.py export --format json`",
        "{path}: not a Berdaya records export (the JSON breaks); make it again with "
        "`python run_game.py export --format json`",
    ),
    "json_breaks_at": (
        "{path}: bukan ekspor catatan Berdaya (JSON-nya rusak di baris {line}); buat lagi dengan "
        "`python run_game.py export --format json`",
        "{path}: not a Berdaya records export (the JSON breaks at line {line}); make it again with "
        "`python run_game.py export --format json`",
    ),
    "not_export": (
        "{path}: bukan ekspor catatan Berdaya (dibuat dengan `export --format json`)",
        "{path}: not a Berdaya records export (made with `export --format json`)",
    ),
    "export_version": (
        "{path}: ekspor versi {version}; permainan ini membaca sampai versi {limit}",
        "{path}: export version {version}; this game reads up to {limit}",
    ),
    "sessions_not_list": (
        "{path}: 'sessions' dalam ekspor seharusnya daftar, bukan {kind}",
        "{path}: the export's 'sessions' should be a list, not {kind}",
    ),
    "session_not_object": (
        "{where} seharusnya objek, bukan {kind}",
        "{where} should be an object, not {kind}",
    ),
    "session_problem": (
        "{where}: {detail}; buat ekspor lagi dengan `python run_game.py export --format json`",
        "{where}: {detail}; make the export again with `python run_game.py export --format json`",
    ),
    "not_csv": (
        "{path}: bukan CSV catatan Berdaya yang bisa dibaca lagi (dibuat dengan `export --format csv-long`; "
        "CSV untuk Excel tidak bisa dibaca kembali, pakai ekspor JSON)",
        "{path}: not a Berdaya records CSV that reads back (made with `export --format csv-long`; "
        "the CSV for Excel does not read back, use the JSON export)",
    ),
    "damaged_row": ("{path}:{line}: baris rusak ({detail})", "{path}:{line}: damaged row ({detail})"),
}


class Said(Exception):
    """An error with its words in both languages: `Said(key, **fields)` for a key of SAID (str() is the
    English, `.words` the pair); any other text is an English-only message (`.words` is None)."""

    def __init__(self, key: str, **fields):
        self.words = said(key, **fields) if key in SAID else None
        super().__init__(self.words[1] if self.words else key)


def said(key: str, **fields) -> tuple[str, str]:
    """(id, en) of SAID[key] with its fields."""
    return tuple(text.format(**fields) for text in SAID[key])


def lines(words: tuple[str, str], label: tuple[str, str] = ("", "")) -> str:
    """Two lines for standard error, Bahasa Indonesia first: "galat: ...\\nerror: ..." for an error."""
    return f"{label[0]}{words[0]}\n{label[1]}{words[1]}"


ERROR = ("galat: ", "error: ")
NOTE = ("catatan: ", "note: ")


def error_lines(exc: BaseException) -> str:
    """An error for standard error in both languages (an error without Indonesian words says so)."""
    words = getattr(exc, "words", None) or (f"{exc} (keterangan dalam bahasa Inggris)", str(exc))
    return lines(words, ERROR)
