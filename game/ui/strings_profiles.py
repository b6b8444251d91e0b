"""The strings of player profiles and save slots (issue 13), Bahasa Indonesia first and English second;
game.ui.strings adds them to its table."""

from __future__ import annotations

PROFILE_STRINGS = {
    # the title
    "load": ("Muat permainan", "Load a game"),
    "player_button": ("Pemain: {name} (ganti)", "Player: {name} (change)"),
    "player_unnamed": ("Pemain", "Player"),
    # the player screen
    "profile_hint": (
        "Ketik nama Anda, lalu Lanjut. Sudah pernah main di laptop ini? Pilih nama Anda di bawah.",
        "Type your name, then Next. Played on this laptop before? Pick your name below.",
    ),
    "profiles_here": ("Pemain di laptop ini", "Players on this laptop"),
    "profile_last": ("terakhir main {when}", "last played {when}"),
    "profile_games": ("{n} permainan tersimpan", "{n} saved games"),
    "profile_now": ("sedang dipakai", "in use now"),
    "same_name_title": ("Sudah ada pemain bernama {name}", "There is already a player called {name}"),
    "same_name_text": (
        "{name} terakhir main {when}. Apakah itu Anda? Jika bukan, Anda dibuatkan nama sendiri agar "
        "permainan dan hasil kalian tidak tercampur.",
        "{name} last played {when}. Is that you? If not, you get a name of your own so that your games "
        "and results are not mixed up.",
    ),
    "same_name_yes": ("Ya, itu saya: lanjutkan sebagai {name}", "Yes, that is me: go on as {name}"),
    "same_name_no": ("Bukan, saya orang lain: jadi {name}", "No, I am someone else: be {name}"),
    "same_name_back": ("Ganti nama", "Change the name"),
    # the save slots
    "slots_title": ("Permainan tersimpan: {name}", "Saved games: {name}"),
    "slots_full": ("Semua tempat simpan terisi", "Every save slot is in use"),
    "slots_full_hint": (
        "Pilih permainan yang boleh diganti oleh {title}. Permainan lain tetap tersimpan.",
        "Choose the game that {title} may replace. The other games stay saved.",
    ),
    "slot_empty": ("Tempat {n}: kosong", "Slot {n}: empty"),
    "slot_game": ("Tempat {n}: {title}", "Slot {n}: {title}"),
    "slot_when": ("Keputusan {turn} · disimpan {when}", "Decision {turn} · saved {when}"),
    "slot_damaged": ("Tempat {n}: tidak bisa dibaca", "Slot {n}: cannot be read"),
    "slot_damaged_sub": (
        "Dipilih: berkasnya disisihkan (tidak dihapus) · disimpan {when}",
        "Picking it sets the file aside (not deleted) · saved {when}",
    ),
    "slot_newer": ("Dibuat Berdaya versi lebih baru (format {v})", "Made by a newer Berdaya (format {v})"),
    "class_profile": ("Kelas (lokakarya)", "Class (workshop)"),
    # the question before a saved game is replaced
    "overwrite_title": ("Ganti permainan tersimpan?", "Replace a saved game?"),
    "overwrite_text": (
        "Tempat {n} berisi {title}, keputusan {turn}, disimpan {when}. Jika {new} dimulai di sini, "
        "permainan itu hilang dan tidak bisa dilanjutkan lagi.",
        "Slot {n} holds {title}, decision {turn}, saved {when}. If {new} starts here, that game is "
        "gone and cannot be continued.",
    ),
    "overwrite_no": ("Tidak, simpan permainan itu (Esc)", "No, keep that game (Esc)"),
    "overwrite_yes": ("Ya, ganti dan mulai", "Yes, replace it and start"),
}
