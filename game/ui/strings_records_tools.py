"""The strings of the Class records screen (issue 15: the facilitator's records without a terminal):
what this laptop's records hold, the class report, the anonymous report for the projector, the Excel
export, the backup and the LRS. Bahasa Indonesia first, English second; game.ui.strings adds them to its
table. Every action says what it wrote and where; every failure says what to do."""

from __future__ import annotations

RECORDS_TOOLS_STRINGS = {
    "rec_entry": ("Rekap kelas: laporan, Excel, cadangan", "Class records: report, Excel, backup"),
    "rec_title": ("Rekap kelas", "Class records"),
    "rec_hint": (
        "Catatan sesi di laptop ini. Berkas disimpan ke folder di bawah; berkas yang sudah ada tidak "
        "ditimpa tanpa ditanya.",
        "The session records on this laptop. Files go to the folder below; a file already there is not "
        "replaced without asking.",
    ),
    "rec_db": ("Basis data catatan: {path}", "Records database: {path}"),
    "rec_reading": ("Sedang membaca catatan...", "Reading the records..."),
    "rec_counts": (
        "{sessions} sesi dari {learners} peserta ({finished} selesai, {open} belum selesai, "
        "{abandoned} ditinggalkan)",
        "{sessions} session(s) of {learners} learner(s) ({finished} finished, {open} not finished, "
        "{abandoned} abandoned)",
    ),
    "rec_none": (
        "Belum ada sesi yang tercatat di laptop ini. Catatan dibuat ketika peserta bermain.",
        "No session is recorded on this laptop yet. Records are made when trainees play.",
    ),
    "rec_unreadable": (
        "Catatan di laptop ini tidak bisa dibaca: {why}. Cadangan tetap bisa dicoba; bawa berkas "
        "basis data (beserta berkas -wal di sampingnya) ke pengelola catatan.",
        "The records on this laptop cannot be read: {why}. A backup can still be tried; take the "
        "database file (and the -wal file beside it) to whoever looks after the records.",
    ),
    "rec_folder": ("Simpan ke: {path}", "Save to: {path}"),
    "rec_folder_hint": (
        "Tekan untuk memilih folder lain (Dokumen, Desktop, flashdisk, folder data permainan).",
        "Press to choose another folder (Documents, Desktop, a USB stick, the game's data folder).",
    ),
    "rec_class": ("Kelas dalam laporan: {name}", "Class in the report: {name}"),
    "rec_class_all": ("semua kelas", "every class"),
    "rec_report": ("Buat laporan kelas (HTML)", "Make the class report (HTML)"),
    "rec_anonymous": ("Laporan anonim untuk proyektor", "Anonymous report for the projector"),
    "rec_xlsx": ("Ekspor untuk Excel (.xlsx)", "Export for Excel (.xlsx)"),
    "rec_csv": ("Ekspor CSV", "Export CSV"),
    "rec_backup": ("Simpan cadangan (collect)", "Back up the records (collect)"),
    "rec_lrs": ("Kirim ke LRS", "Send to the LRS"),
    "rec_lrs_where": ("LRS: {lrs} (BERDAYA_LRS)", "LRS: {lrs} (BERDAYA_LRS)"),
    "rec_no_lrs": (
        "Tidak ada LRS yang diatur (BERDAYA_LRS); pengiriman ke LRS dilewati.",
        "No LRS is set (BERDAYA_LRS); sending to an LRS is left out.",
    ),
    "rec_open_folder": ("Buka folder", "Open folder"),
    "rec_refresh": ("Baca ulang catatan", "Read the records again"),
    "rec_busy": ("Sedang membuat... ({what})", "Working... ({what})"),
    "rec_busy_n": (
        "Sedang membuat... ({what}: {n} dari {total} sesi)",
        "Working... ({what}: {n} of {total} sessions)",
    ),
    "rec_busy_wait": ("Tunggu sampai selesai.", "Wait until it is done."),
    "rec_what_count": ("ringkasan catatan", "the records summary"),
    "rec_what_report": ("laporan kelas", "the class report"),
    "rec_what_anonymous": ("laporan anonim", "the anonymous report"),
    "rec_what_xlsx": ("berkas Excel", "the Excel file"),
    "rec_what_csv": ("berkas CSV", "the CSV files"),
    "rec_what_backup": ("cadangan", "the backup"),
    "rec_what_lrs": ("pengiriman ke LRS", "the send to the LRS"),
    "rec_report_opened": (
        "Laporan kelas ({n} sesi) ditulis ke {path} dan dibuka di peramban (bila tidak tampil, buka berkas "
        "itu sendiri).",
        "The class report ({n} sessions) was written to {path} and opened in the browser (if it does not "
        "show, open that file yourself).",
    ),
    "rec_report_written": (
        "Laporan kelas ({n} sesi) ditulis ke {path}; buka berkas itu dengan peramban (Chrome, Firefox, Edge).",
        "The class report ({n} sessions) was written to {path}; open that file in a browser (Chrome, "
        "Firefox, Edge).",
    ),
    "rec_anonymous_opened": (
        "Laporan anonim ({n} sesi, tanpa nama peserta) ditulis ke {path} dan dibuka di peramban (bila "
        "tidak tampil, buka berkas itu sendiri).",
        "The anonymous report ({n} sessions, no trainee names) was written to {path} and opened in the "
        "browser (if it does not show, open that file yourself).",
    ),
    "rec_anonymous_written": (
        "Laporan anonim ({n} sesi, tanpa nama peserta) ditulis ke {path}; buka berkas itu dengan peramban.",
        "The anonymous report ({n} sessions, no trainee names) was written to {path}; open that file in a "
        "browser.",
    ),
    "rec_xlsx_done": (
        "{n} sesi diekspor ke {path} (lembar Sesi, Keputusan, Refleksi; waktu dalam {zone}).",
        "{n} session(s) exported to {path} (sheets Sessions, Decisions, Reflections; times in {zone}).",
    ),
    "rec_csv_done": (
        "{n} sesi diekspor sebagai CSV (pemisah '{sep}', waktu dalam {zone}): {paths}",
        "{n} session(s) exported as CSV (separator '{sep}', times in {zone}): {paths}",
    ),
    "rec_backup_done": (
        "Cadangan ditulis ke {path}: {n} sesi, {kb} KB, pemeriksaan keutuhan baik. Salin berkas ini ke "
        "laptop fasilitator.",
        "Backup written to {path}: {n} session(s), {kb} KB, integrity check ok. Copy this file to the "
        "facilitator's laptop.",
    ),
    "rec_lrs_failed": ("Pengiriman ke LRS gagal: {why}", "Sending to the LRS failed: {why}"),
    "rec_lrs_done": ("Dikirim ke LRS: {said}", "Sent to the LRS: {said}"),
    "rec_exists_title": ("Berkas sudah ada", "The file already exists"),
    "rec_exists_text": (
        "Berkas {name} sudah ada di folder {folder}. Timpa dengan berkas baru? Isi berkas lama akan hilang.",
        "The file {name} is already in the folder {folder}. Replace it with the new file? What the old "
        "file holds is lost.",
    ),
    "rec_exists_yes": ("Ya, timpa berkas itu", "Yes, replace it"),
    "rec_exists_no": ("Jangan ditimpa", "Do not replace it"),
    "rec_kept": (
        "Tidak ada yang ditulis: {path} tidak ditimpa. Pilih folder lain, atau pindahkan berkas lama dulu.",
        "Nothing was written: {path} was not replaced. Choose another folder, or move the old file first.",
    ),
    "rec_no_sessions": (
        "Belum ada sesi untuk {what}; tidak ada berkas yang ditulis.",
        "There are no sessions for {what} yet; no file was written.",
    ),
    "rec_full": (
        "{path} tidak bisa ditulis: disk penuh. Kosongkan sebagian ruang atau pilih folder lain "
        "(misalnya flashdisk).",
        "Cannot write {path}: the disk is full. Free some space or choose another folder (a USB stick, say).",
    ),
    "rec_denied": (
        "{path} tidak bisa ditulis: folder ini tidak boleh ditulisi ({detail}). Pilih folder lain.",
        "Cannot write {path}: this folder may not be written to ({detail}). Choose another folder.",
    ),
    "rec_cannot_write": (
        "{path} tidak bisa ditulis ({detail}). Pilih folder lain.",
        "Cannot write {path} ({detail}). Choose another folder.",
    ),
    "rec_failed": ("Gagal membuat {what}: {why}", "Could not make {what}: {why}"),
    "rec_folder_shown": ("Folder dibuka: {path}", "The folder opened: {path}"),
    "rec_folder_path": ("Folder ini: {path}", "This folder: {path}"),
    "rec_folder_documents": ("Dokumen", "Documents"),
    "rec_folder_desktop": ("Desktop", "Desktop"),
    "rec_folder_data": ("folder data permainan", "the game's data folder"),
    "rec_folder_drive": ("flashdisk / drive", "USB stick / drive"),
}
