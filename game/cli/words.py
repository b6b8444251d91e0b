"""What the checking commands (validate, analyze, test, play's checks) say, in Indonesian and English.

    say("id", "has-errors", path="x.yaml", count=2)

Each entry is (Indonesian, English): Indonesian as a trainer reads it ("baris", "kesalahan"), the
English for --lang en. Command names, options and file names stay as they are typed.
"""

from __future__ import annotations

WORDS = {
    "error": ("kesalahan", "error"),
    "note": ("catatan", "note"),
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
