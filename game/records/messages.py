"""What the command line tells a player or trainer about records, in Bahasa Indonesia and English.

    problem_text(problem, "id")      # one store Problem in one language
    both(problem)                    # "catatan: ...\\nnote: ..." for standard error

The window has its own, shorter words in game/ui/strings.py (records_*): these
add where to look and what to do from a terminal (--db, --no-record).
"""

from __future__ import annotations

from .problems import Problem

# kind -> (id, en); {path}, {detail} and {aside} are filled in
TEXTS = {
    "unwritable": (
        "Catatan sesi tidak disimpan: basis data {path} tidak bisa ditulis ({detail}). "
        "Permainan tetap berjalan; pilih tempat lain dengan --db PATH.",
        "Records are not being kept: the records database {path} cannot be written ({detail}). "
        "The game goes on; choose another place with --db PATH.",
    ),
    "locked": (
        "Catatan sesi tertunda: program lain sedang mengunci {path} ({detail}). Permainan tetap berjalan; "
        "keputusan yang belum tercatat dicoba lagi pada keputusan berikutnya.",
        "Records are waiting: another program holds a lock on {path} ({detail}). The game goes on; the "
        "decisions not yet written are tried again at the next decision.",
    ),
    "full": (
        "Catatan sesi tertunda: disk penuh, {path} tidak bisa ditulis ({detail}). Permainan tetap berjalan; "
        "kosongkan ruang disk, keputusan yang belum tercatat dicoba lagi pada keputusan berikutnya.",
        "Records are waiting: the disk is full and {path} cannot be written ({detail}). The game goes on; "
        "free some space, and the decisions not yet written are tried again at the next decision.",
    ),
    "readonly": (
        "Catatan sesi tertunda: {path} hanya bisa dibaca ({detail}). Permainan tetap berjalan; "
        "izinkan penulisan atau pilih tempat lain dengan --db PATH lain kali.",
        "Records are waiting: {path} is read-only ({detail}). The game goes on; allow writing to it, "
        "or choose another place with --db PATH next time.",
    ),
    "io": (
        "Catatan sesi tertunda: disk gagal menulis {path} ({detail}). Permainan tetap berjalan; "
        "keputusan yang belum tercatat dicoba lagi pada keputusan berikutnya.",
        "Records are waiting: the disk failed to write {path} ({detail}). The game goes on; the decisions "
        "not yet written are tried again at the next decision.",
    ),
    "broken": (
        "Catatan sesi berhenti disimpan: {path} tidak bisa ditulis lagi ({detail}). Permainan tetap "
        "berjalan; pilih tempat lain dengan --db PATH lain kali.",
        "Records are not being kept any more: {path} cannot be written ({detail}). The game goes on; "
        "choose another place with --db PATH next time.",
    ),
    "reset": (
        "Basis data catatan {path} rusak ({detail}). Berkas itu disimpan sebagai {aside} dan basis data "
        "baru yang kosong dimulai.",
        "The records database {path} was damaged ({detail}). It was kept as {aside} and a new, empty one "
        "was started.",
    ),
    "foreign": (
        "Catatan sesi tidak disimpan: {path} adalah basis data milik program lain, dan dibiarkan apa "
        "adanya ({detail}). Pilih berkas lain dengan --db PATH.",
        "Records are not being kept: {path} is another program's database, and it is left exactly as "
        "it is ({detail}). Choose another file with --db PATH.",
    ),
    "newer": (
        "Catatan sesi tidak disimpan: {path} dibuat oleh Berdaya yang lebih baru ({detail}). Berkas itu "
        "disimpan apa adanya; pakai Berdaya yang lebih baru, atau pilih berkas lain dengan --db PATH.",
        "Records are not being kept: {path} was made by a newer Berdaya ({detail}). It is kept as it is; "
        "use that newer Berdaya, or choose another file with --db PATH.",
    ),
}
RESUMED = (
    "Catatan sesi tersimpan lagi: keputusan yang tertunda sudah dicatat.",
    "Records are being kept again: the decisions that were waiting have been written.",
)


def problem_text(problem: Problem | None, lang: str) -> str:
    """The problem in `lang` ("id" or "en"); None means records were written again after a problem."""
    pick = 1 if lang == "en" else 0
    if problem is None:
        return RESUMED[pick]
    pair = TEXTS.get(problem.kind, TEXTS["broken"])
    detail = problem.detail if len(problem.detail) <= 300 else problem.detail[:299] + "…"
    return pair[pick].format(path=problem.path, detail=detail, aside=problem.aside)


def both(problem: Problem | None) -> str:
    """Two lines for standard error: Bahasa Indonesia, then English."""
    return f"catatan: {problem_text(problem, 'id')}\nnote: {problem_text(problem, 'en')}"


# the organisation settings file (game.records.settings): kind -> (id, en); {path}, {line}, {col},
# {aside}, {value} are filled in. Each says where, what is wrong, what to do, and that defaults are used.
SETTINGS_TEXTS = {
    "bad_json": (
        "Pengaturan catatan {path} tidak bisa dibaca (baris {line}, kolom {col}: {detail}). Berkas itu "
        "disimpan sebagai {aside}; pengaturan bawaan dipakai. Tulis ulang berkasnya sebagai JSON, misalnya "
        '{{"organisation": "Dinas PMD Kabupaten Sleman", "iri_base": "https://lrs.contoh.go.id/berdaya"}}.',
        "The records settings {path} cannot be read (line {line}, column {col}: {detail}). The file was "
        "kept as {aside}; the defaults are used. Write it again as JSON, for example "
        '{{"organisation": "Dinas PMD Kabupaten Sleman", "iri_base": "https://lrs.example.go.id/berdaya"}}.',
    ),
    "not_object": (
        "Pengaturan catatan {path} harus berupa objek JSON ({{...}}) dengan \"organisation\" dan "
        '"iri_base"; isinya {value}. Pengaturan bawaan dipakai; perbaiki berkasnya.',
        'The records settings {path} must be a JSON object ({{...}}) with "organisation" and "iri_base"; '
        "it holds {value}. The defaults are used; correct the file.",
    ),
    "bad_organisation": (
        'Pengaturan catatan {path} baris {line}: "organisation" harus berupa teks nama instansi (paling panjang '
        "{limit} karakter), bukan {value}. Nama instansi dikosongkan; perbaiki berkasnya.",
        'The records settings {path} line {line}: "organisation" must be the organisation\'s name as text (at most '
        "{limit} characters), not {value}. No organisation is used; correct the file.",
    ),
    "bad_iri_base": (
        'Pengaturan catatan {path} baris {line}: "iri_base" harus berupa alamat https tanpa spasi, ? atau #, misalnya '
        '"https://lrs.contoh.go.id/berdaya", bukan {value}. Alamat bawaan {default} dipakai; '
        "perbaiki berkasnya.",
        'The records settings {path} line {line}: "iri_base" must be an https address without spaces, ? or #, for '
        'example "https://lrs.example.go.id/berdaya", not {value}. The default {default} is used; '
        "correct the file.",
    ),
    "unknown_key": (
        "Pengaturan catatan {path} baris {line}: kunci {value} tidak dikenal dan diabaikan (yang dikenal: "
        '"organisation", "iri_base"). Periksa ejaannya.',
        'The records settings {path} line {line}: the key {value} is not known and is ignored (known: "organisation", '
        '"iri_base"). Check its spelling.',
    ),
}


def settings_text(kind: str, lang: str, **fields) -> str:
    """One records-settings problem in `lang` ("id" or "en")."""
    pair = SETTINGS_TEXTS[kind]
    return pair[1 if lang == "en" else 0].format(**fields)


def settings_both(kind: str, **fields) -> str:
    """Two lines for standard error: Bahasa Indonesia, then English."""
    return f"catatan: {settings_text(kind, 'id', **fields)}\nnote: {settings_text(kind, 'en', **fields)}"
