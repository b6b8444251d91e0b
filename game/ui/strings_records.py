"""The strings of who is recorded (issue 15): the learner id on the player screen, the class, batch and
organisation a facilitator gives once per class. Bahasa Indonesia first, English second; game.ui.strings
adds them to its table."""

from __future__ import annotations

RECORD_STRINGS = {
    "lang_code": ("id", "en"),  # the language itself, for texts made outside the window (game.records)
    "learner_id_label": (
        "Nomor peserta (tidak wajib): NIP, email, atau nama pengguna LMS. Dicatat bersama nama Anda "
        "agar dua peserta bernama sama tetap dibedakan.",
        "Learner id (optional): NIP, email or LMS user name. Recorded with your name, so that two "
        "trainees with the same name stay apart.",
    ),
    "learner_id_placeholder": ("Boleh dikosongkan", "May be left empty"),
    "profile_learner": ("nomor peserta {id}", "learner id {id}"),
    "class_heading": ("Kelas untuk catatan sesi", "The class, for the session records"),
    "class_hint": (
        "Diisi fasilitator sekali untuk kelas ini; dicatat pada setiap sesi. Boleh dikosongkan.",
        "The facilitator fills this in once for this class; every session records it. May be left empty.",
    ),
    "class_name_label": (
        "Nama kelas, misalnya Pelatihan Pemberdayaan Masyarakat Angkatan 3",
        "Class name, e.g. Pelatihan Pemberdayaan Masyarakat Angkatan 3",
    ),
    "batch_label": ("Angkatan, misalnya 3", "Batch (angkatan), e.g. 3"),
    "organisation_label": (
        "Instansi, misalnya Dinas PMD Kabupaten Sleman",
        "Organisation (instansi), e.g. Dinas PMD Kabupaten Sleman",
    ),
    "class_summary": (
        "Kelas: {class_name} · Angkatan: {batch} · Instansi: {organisation} (ubah)",
        "Class: {class_name} · Batch: {batch} · Organisation: {organisation} (change)",
    ),
    "class_not_given": ("belum diisi", "not given"),
}
