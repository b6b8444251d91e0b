"""The strings of class votes from phones (issue 16), Bahasa Indonesia first and English second;
game.ui.strings adds them to its table."""

from __future__ import annotations

PHONE_STRINGS = {
    "phones_scan": ("Pindai untuk memberi suara", "Scan to vote"),
    "phones_open_at": ("atau buka di ponsel:", "or open on a phone:"),
    "phones_count": ("{n} ponsel sudah memberi suara", "{n} phones have voted"),
    "phones_anon": ("Anonim: tidak ada nama yang dicatat.", "Anonymous: no names are kept."),
    "phones_starting": ("Membuka suara dari ponsel di {addr}…", "Opening phone votes at {addr}…"),
    "phones_closed": (
        "Pemungutan suara ditutup pukul {at}: {n} ponsel.",
        "The vote closed at {at}: {n} phones.",
    ),
    "phones_failed": (
        "Suara dari ponsel tidak dapat dibuka; masukkan suara angkat tangan dengan tombol 1-9.",
        "Phone votes could not be opened; enter the raised hands with keys 1-9.",
    ),
    "close_vote": ("Tutup pemungutan suara (C)", "Close the vote (C)"),
    "phones_keys": (
        "C tutup/buka lagi · 1-9 tambah suara angkat tangan · Backspace batalkan · T mulai/jeda waktu · "
        "Enter tutup, lalu mainkan.",
        "C close/reopen · 1-9 add a raised hand · Backspace undo · T start/pause the timer · "
        "Enter close, then play.",
    ),
    "tie_pick": (
        "Suara seri: Bapak/Ibu fasilitator memilih salah satu pilihan yang seri (klik atau tekan angkanya).",
        "A tie: the facilitator picks one of the tied options (click it or press its number).",
    ),
    "phones_keys_short": (
        "C tutup/buka · 1-9 suara angkat tangan · T waktu · Enter tutup, lalu mainkan.",
        "C close/reopen · 1-9 raised hand · T timer · Enter close, then play.",
    ),
    "phones_choose": ("Ponsel (P): {addr}", "Phones (P): {addr}"),
    "phones_off": ("mati", "off"),
    "phones_none": (
        "Laptop ini belum tersambung ke jaringan; masukkan suara dengan tombol 1-9.",
        "This laptop is on no network yet; enter the votes with keys 1-9.",
    ),
}
