"""The strings of the title's Trainer screen (issue 14: a way in without a terminal), Bahasa Indonesia
first and English second; game.ui.strings adds them to its table."""

from __future__ import annotations

TRAINER_STRINGS = {
    "trainer_entry": ("Pelatih", "Trainer"),
    "tools_title": ("Pelatih: periksa skenario Anda", "Trainer: check your scenarios"),
    "tools_hint": (
        "Simpan berkas skenario (.yaml) Anda di folder di bawah, lalu tekan Periksa lagi. Pilih sebuah "
        "berkas untuk melihat kesalahannya, peta ceritanya, atau mengekspor teksnya.",
        "Save your scenario files (.yaml) in the folder below, then press Check again. Pick a file to see "
        "its errors, its story map, or to export its texts.",
    ),
    "tools_folder": ("Folder: {path}", "Folder: {path}"),
    "tools_no_files": ("Belum ada berkas .yaml di folder ini.", "No .yaml files in this folder yet."),
    "tools_no_folder": (
        "Folder ini belum ada; Buka folder membuatnya.",
        "This folder does not exist yet; Open folder makes it.",
    ),
    "tools_ok": ("{name}: siap dimainkan", "{name}: ready to play"),
    "tools_ok_warn": ("{name}: siap, {w} peringatan", "{name}: ready, {w} warning(s)"),
    "tools_bad": ("{name}: {e} kesalahan, {w} peringatan", "{name}: {e} error(s), {w} warning(s)"),
    "tools_line": ("baris {line}: {text}", "line {line}: {text}"),
    "tools_hint_line": ("saran: {text}", "hint: {text}"),
    "tools_more": (
        "... dan {n} lagi (Periksa-Skenario menampilkan semuanya)",
        "... and {n} more (Periksa-Skenario shows them all)",
    ),
    "tools_map": ("Buka peta cerita", "Open story map"),
    "tools_export": ("Ekspor teks (CSV)", "Export strings (CSV)"),
    "tools_folder_button": ("Buka folder", "Open folder"),
    "tools_check": ("Periksa lagi", "Check again"),
    "tools_map_opened": (
        "Peta cerita dibuka di peramban: {path}",
        "The story map opened in the browser: {path}",
    ),
    "tools_map_written": (
        "Peta cerita ditulis ke {path}; buka berkas itu dengan peramban (Chrome, Firefox, Edge).",
        "The story map was written to {path}; open that file in a browser (Chrome, Firefox, Edge).",
    ),
    "tools_map_failed": (
        "Peta cerita tidak bisa dibuat: {why}",
        "The story map could not be made: {why}",
    ),
    "tools_unreadable": (
        "berkas ini tidak terbaca sebagai skenario; perbaiki kesalahan di atas dulu",
        "this file cannot be read as a scenario; fix the errors above first",
    ),
    "tools_exported": (
        "{n} teks diekspor ke {path} (buka dengan Excel atau LibreOffice).",
        "{n} texts exported to {path} (open it with Excel or LibreOffice).",
    ),
    "tools_export_failed": ("Teks tidak bisa diekspor: {why}", "The texts could not be exported: {why}"),
    "tools_folder_shown": ("Folder dibuka: {path}", "The folder opened: {path}"),
    "tools_folder_path": ("Folder Anda: {path}", "Your folder: {path}"),
}
