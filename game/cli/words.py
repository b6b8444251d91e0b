"""What the checking commands (validate, analyze, test, play's checks) say, in Indonesian and English.

    say("id", "has-errors", path="x.yaml", count=2)

Each entry is (Indonesian, English): Indonesian as a trainer reads it ("baris", "kesalahan"), the
English for --lang en. Command names, options and file names stay as they are typed.
"""

from __future__ import annotations

WORDS = {
    "error": ("kesalahan", "error"),
    "note": ("catatan", "note"),
    "no-file-name": (
        "nama berkas yang diberikan{shown} tidak bisa menjadi nama berkas di sini: paling banyak 255 byte "
        "untuk setiap nama folder atau berkas, dan tanpa karakter NUL; tidak ada yang dibaca atau ditulis",
        "a file name given{shown} is not one a file can have here: at most 255 bytes for each folder or "
        "file name, and no NUL character; nothing was read or written",
    ),
    "no-scenario": (
        "tidak ada skenario '{name}' (beri jalur berkasnya, atau id skenario di {folders})",
        "no scenario '{name}' (give a file path or the id of a scenario in {folders})",
    ),
    "has-errors": (
        "{path} punya {count} kesalahan; perbaiki dulu (python run_game.py validate menunjukkan semuanya)",
        "{path} has {count} error(s); fix them first (python run_game.py validate shows them all)",
    ),
    "checked": (
        "{files} berkas diperiksa: {errors} kesalahan, {warnings} peringatan",
        "{files} file(s) checked: {errors} error(s), {warnings} warning(s)",
    ),
    # play
    "trial": (
        "uji coba, tidak dicatat sebagai sesi kelas (tambahkan --record untuk mencatatnya)",
        "a trial play, not recorded as a class session (add --record to record it)",
    ),
    "kept-in-range": (
        "{name} tetap di dalam rentangnya: diisi {kept}, bukan {wanted}",
        "{name} stays within its range: set to {kept}, not {wanted}",
    ),
    "watch-terminal": (
        "--watch memuat ulang berkas di jendela permainan; di terminal berkas dimainkan sekali",
        "--watch reloads the file in the window; the terminal plays it once",
    ),
    "bad-choices": (
        "--choices harus berupa nomor atau id pilihan yang dipisah koma, misalnya 1,2,1 atau "
        "pembukaan.1,musdes.2 (tertulis '{got}')",
        "--choices must be numbers or choice ids separated by commas, e.g. 1,2,1 or pembukaan.1,musdes.2 "
        "(got '{got}')",
    ),
    # validate --watch
    "watch-start": (
        "Mengawasi {paths}: setiap kali berkas disimpan, diperiksa lagi. Ctrl+C untuk berhenti.",
        "Watching {paths}: checked again each time a file is saved. Ctrl+C to stop.",
    ),
    "watch-changed": ("[{time}] berubah: {files}", "[{time}] changed: {files}"),
    "watch-stopped": ("Berhenti mengawasi.", "Stopped watching."),
    # test (play-plans)
    "no-plans": (
        "tidak ada rencana permainan (berkas bernama NAMA.plan.yaml di samping NAMA.yaml)",
        "no play-plans found (they are files named NAME.plan.yaml beside NAME.yaml)",
    ),
    "plan-passed": ("LULUS {path}: {name}", "PASS {path}: {name}"),
    "plan-failed": ("GAGAL {path}: {name}", "FAIL {path}: {name}"),
    "plans-total": ("{passed} lulus, {failed} gagal", "{passed} passed, {failed} failed"),
}


def say(lang: str, name: str, /, **values) -> str:
    indonesian, english = WORDS[name]
    return (english if lang == "en" else indonesian).format(**values)
