"""Indonesian words a trainer may write for the format's keys, which are English: `pilihan:` for
`choices:`. An unknown key that is one of these is told which key it means (B011's 'alias' hint), as
it is not close enough in spelling for a did-you-mean.

Each word names the keys it can mean, most likely first; the first that is allowed where the word was
written is suggested (`tempat` is `location` in a node, `locations` at the top of the file).
"""

from __future__ import annotations

ALIASES = {
    # the scenario
    "versi": ("format",),
    "judul": ("title",),
    "nama_skenario": ("title",),
    "ringkasan": ("summary",),
    "rangkuman": ("summary",),
    "tugas": ("duty",),
    "menit": ("minutes",),
    "durasi": ("minutes",),
    "lama": ("minutes",),
    "mulai": ("start",),
    "awal": ("start",),
    "kalender": ("calendar",),
    "tanggal_mulai": ("start",),
    "pelatih": ("coach",),
    "pendamping": ("coach",),
    "tokoh": ("characters",),
    "para_tokoh": ("characters",),
    "karakter": ("characters",),
    "pemeran": ("characters",),
    "lokasi": ("location", "locations"),
    "tempat": ("location", "locations"),
    "meteran": ("meters",),
    "indikator": ("meters",),
    "ukuran": ("meters",),
    "simpul": ("nodes",),
    "adegan": ("nodes",),
    "babak": ("nodes",),
    "kejadian": ("events",),
    "peristiwa": ("events",),
    "akhir": ("endings",),
    "akhiran": ("endings",),
    "tamat": ("endings",),
    "penutup": ("endings", "epilogue"),
    "akhir_cerita": ("endings",),
    # a node
    "baris": ("lines",),
    "dialog": ("lines",),
    "percakapan": ("lines",),
    "pilihan": ("choices",),
    "opsi": ("choices",),
    "pilihan_jawaban": ("choices",),
    "syarat": ("if",),
    "jika": ("if",),
    "kalau": ("if",),
    "bila": ("if",),
    "apabila": ("if",),
    "jika_tidak": ("otherwise",),
    "selain_itu": ("otherwise",),
    "lainnya": ("otherwise",),
    "refleksi": ("reflection",),
    "renungan": ("reflection",),
    "petunjuk": ("hint",),
    "bantuan": ("hint",),
    "tenggat": ("deadline",),
    "batas_waktu": ("deadline",),
    "tenggat_waktu": ("deadline",),
    # a line, a choice, an event
    "pembicara": ("speaker",),
    "penutur": ("speaker",),
    "teks": ("text",),
    "tulisan": ("text",),
    "kalimat": ("text",),
    "isi": ("text",),
    "umpan_balik": ("feedback",),
    "umpanbalik": ("feedback",),
    "tanggapan": ("feedback",),
    "masukan": ("feedback",),
    "efek": ("effects",),
    "batas_lulus": ("pass_mark",),
    "nilai_lulus": ("pass_mark",),
    "ambang_lulus": ("pass_mark",),
    "kkm": ("pass_mark",),
    "dampak": ("effects",),
    "pengaruh": ("effects",),
    "akibat": ("effects",),
    "atur": ("set",),
    "tandai": ("set",),
    "tanda": ("set",),
    "miskonsepsi": ("misconceptions",),
    "salah_kaprah": ("misconceptions",),
    "salah_paham": ("misconceptions",),
    "wawasan": ("insight",),
    "pelajaran": ("insight",),
    "waktu": ("time",),
    "hari": ("time", "day"),
    "jadwal": ("schedule",),
    "lanjut": ("next",),
    "berikutnya": ("next",),
    "selanjutnya": ("next",),
    "ke": ("next",),
    "menuju": ("next",),
    "tetap": ("fixed",),
    "jenis": ("kind",),
    "tipe": ("kind",),
    "peluang": ("probability",),
    "kemungkinan": ("probability",),
    "pada": ("at",),
    "sekali": ("once",),
    "satu_kali": ("once",),
    # an ending
    "terbaik": ("best",),
    "epilog": ("epilogue",),
    "pembahasan": ("debrief",),
    "diskusi": ("debrief",),
    # a meter, a character, a location
    "nama": ("name", "label"),
    "label_meter": ("label",),
    "peran": ("role",),
    "jabatan": ("role",),
    "potret": ("portrait",),
    "foto": ("portrait", "background"),
    "gambar": ("portrait", "background"),
    "latar": ("background",),
    "latar_belakang": ("background",),
    "cuaca": ("weather",),
    "minimum": ("min",),
    "minimal": ("min",),
    "maks": ("max",),
    "maksimum": ("max",),
    "maksimal": ("max",),
    "pemangku": ("stakeholder",),
    "pemangku_kepentingan": ("stakeholder",),
    "lebih_baik": ("better",),
    "keterangan": ("description",),
    "deskripsi": ("description",),
    "penjelasan": ("description",),
    # a deadline, a branch, a scheduled event
    "tanggal": ("date",),
    "terlewat": ("missed",),
    "lewat": ("missed",),
    "simpul_tujuan": ("node",),
    "setelah": ("after",),
    "sesudah": ("after",),
}


def normalised(key: str) -> str:
    """`Umpan Balik`, `umpan-balik` and `umpan_balik` are the same word."""
    return "_".join(key.strip().lower().replace("-", " ").split())


def alias_for(key: str, allowed) -> str | None:
    """The allowed key an Indonesian `key` stands for, or None."""
    for meant in ALIASES.get(normalised(key), ()):
        if meant in allowed:
            return meant
    return None
