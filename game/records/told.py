"""What the spreadsheet export, `collect` and `forget` say, in Bahasa Indonesia and English.

raise Told("collect_exists", path=path)      # an error whose .words are (id, en)
print(lines(told("collected", ...)), file=err)   # game.records.said.lines / error_lines print them
"""

from __future__ import annotations

WORDS = {
    # -- export --------------------------------------------------------------------------------------
    "xlsx_stdout": (
        "berkas .xlsx tidak bisa ditulis ke layar; beri nama berkas, misalnya "
        "`export --format xlsx -o catatan-kelas.xlsx`",
        "an .xlsx file cannot be written to standard output; give a file name, e.g. "
        "`export --format xlsx -o class-records.xlsx`",
    ),
    "xlsx_missing": (
        "ekspor .xlsx memerlukan pustaka XlsxWriter, yang belum terpasang; pasang dengan "
        "`python -m pip install XlsxWriter`, atau ekspor sebagai CSV (--format csv)",
        "the .xlsx export needs the XlsxWriter library, which is not installed; install it with "
        "`python -m pip install XlsxWriter`, or export as CSV (--format csv)",
    ),
    "bad_tz": (
        "--tz perlu nama zona waktu seperti Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura "
        "(WIT); '{value}' tidak dikenal ({detail})",
        "--tz wants a time zone name like Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura "
        "(WIT); '{value}' is not known ({detail})",
    ),
    "wrote_tables": (
        "{n} sesi ditulis sebagai {fmt} (waktu dalam {zone}): {paths}",
        "{n} session(s) written as {fmt} (times in {zone}): {paths}",
    ),
    # -- collect -------------------------------------------------------------------------------------
    "collect_exists": (
        "{path} sudah ada dan tidak ditimpa; pilih nama lain, atau tambahkan --force untuk menimpanya",
        "{path} already exists and was not replaced; choose another name, or add --force to replace it",
    ),
    "collect_no_folder": (
        "folder {path} tidak ada; buat dulu foldernya (misalnya di flashdisk), lalu ulangi",
        "the folder {path} does not exist; make it first (on the USB stick, say), then try again",
    ),
    "collect_locked": (
        "{path} sedang dikunci oleh program lain ({detail}); tutup permainan di laptop ini, lalu ulangi",
        "{path} is locked by another program ({detail}); close the game on this laptop, then try again",
    ),
    "collect_damaged": (
        "salinan {path} tidak utuh ({detail}): basis data di laptop ini rusak. Salinan tidak disimpan; "
        "salin berkas {db} beserta {db}-wal apa adanya dan bawa ke pengelola",
        "the copy of {path} is not sound ({detail}): the database on this laptop is damaged. No copy was "
        "kept; copy {db} and {db}-wal as they are and take them to whoever looks after the records",
    ),
    "collect_failed": (
        "{path} tidak bisa ditulis ({detail}); pilih tempat lain",
        "cannot write {path} ({detail}); choose another place",
    ),
    "collected": (
        "catatan disalin ke {path}: {n} sesi, {kb} KB, pemeriksaan keutuhan baik",
        "records copied to {path}: {n} session(s), {kb} KB, integrity check ok",
    ),
    # -- forget --------------------------------------------------------------------------------------
    "forget_who": (
        "forget perlu --player NAMA dan/atau --learner-id ID (siapa yang datanya dihapus)",
        "forget needs --player NAME and/or --learner-id ID (whose data to delete)",
    ),
    "forget_none": (
        "tidak ada sesi {who} di {path}; tidak ada yang dihapus",
        "no session of {who} in {path}; nothing was deleted",
    ),
    "forget_list": (
        "{n} sesi {who} akan dihapus dari {path}:",
        "{n} session(s) of {who} will be deleted from {path}:",
    ),
    "forget_ask": ("Hapus sesi ini untuk selamanya?", "Delete them for good?"),
    "forget_kept": (
        "tidak ada yang dihapus (tidak dikonfirmasi; --yes menghapus tanpa bertanya)",
        "nothing was deleted (not confirmed; --yes deletes without asking)",
    ),
    "forget_locked": (
        "{path} sedang dipakai program lain ({detail}); tutup permainan, lalu ulangi. Tidak ada yang dihapus",
        "{path} is in use by another program ({detail}); close the game, then try again. Nothing was deleted",
    ),
    "forget_failed": (
        "{path} tidak bisa diubah ({detail}); tidak ada yang dihapus",
        "{path} cannot be changed ({detail}); nothing was deleted",
    ),
    "forgot": (
        "{n} sesi {who} dihapus dari {path} ({d} keputusan, {r} refleksi) dan berkasnya dipadatkan "
        "(VACUUM): datanya tidak bisa dipulihkan lagi dari berkas ini",
        "{n} session(s) of {who} deleted from {path} ({d} decisions, {r} reflections) and the file "
        "compacted (VACUUM): the data cannot be recovered from this file",
    ),
    "forgot_outbox": (
        "{n} pernyataan xAPI yang belum terkirim tentang sesi itu dihapus dari {path}",
        "{n} unsent xAPI statement(s) about those sessions deleted from {path}",
    ),
    "forgot_export": (
        "{n} sesi dihapus dari ekspor {path}",
        "{n} session(s) deleted from the export {path}",
    ),
    "forget_export_kind": (
        "{path}: hanya ekspor JSON (--format json) dan CSV panjang (--format csv-long) yang bisa "
        "diubah; hapus berkas ini dan buat ekspornya lagi",
        "{path}: only JSON exports (--format json) and long CSVs (--format csv-long) can be changed; "
        "delete this file and export again",
    ),
    "forget_copies": (
        "salinan lain (hasil collect, ekspor yang sudah dibagikan, LRS) tidak ikut terhapus; hapus juga "
        "di sana",
        "other copies (collected files, exports already shared, an LRS) are not touched; delete it there too",
    ),
}


class Told(Exception):
    """An error told in both languages: `.words` is (id, en); str() is the English."""

    def __init__(self, key: str, **fields):
        self.words = told(key, **fields)
        super().__init__(self.words[1])


def told(key: str, **fields) -> tuple[str, str]:
    return tuple(text.format(**fields) for text in WORDS[key])
