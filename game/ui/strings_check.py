"""The strings of the pre/post misconception check in the window (issue 16), Bahasa Indonesia first and
English second. The check's own texts (title, intro, situations, options) come from its file."""

from __future__ import annotations

CHECK_STRINGS = {
    "offer_pre_title": ("Cek awal sebelum bermain", "A short check before you play"),
    "offer_post_title": ("Cek akhir", "Closing check"),
    "offer_pre_why": (
        "Sebelum skenario pertama, jawab {n} situasi singkat, sekitar {minutes} menit, dengan angka 1-4 atau "
        "klik. Sesudah bermain, Anda bisa mengambil cek yang sama dan melihat apa yang berubah. Ini hanya "
        "ditawarkan sekali.",
        "Before your first scenario, answer {n} short situations, about {minutes} minutes, with the keys 1-4 "
        "or a click. After you play, you can take the same check again and see what changed. This is "
        "offered only once.",
    ),
    "offer_post_why": (
        "{n} situasi yang sama seperti cek awal, dalam urutan pilihan yang lain. Sesudahnya Anda melihat "
        "perubahan Anda untuk tiap miskonsepsi.",
        "The same {n} situations as the first check, with the options in another order. Afterwards you see "
        "your change for each misconception.",
    ),
    "start_check": ("Mulai cek", "Start the check"),
    "skip_check": ("Lewati, langsung bermain", "Skip it and play"),
    "not_now": ("Nanti saja", "Not now"),
    "item_of": ("Situasi {n} dari {total}", "Situation {n} of {total}"),
    "leave_check": ("Keluar dari cek", "Leave the check"),
    "pre_done_title": ("Cek awal tersimpan", "First check saved"),
    "pre_done": (
        "Terima kasih. Jawaban Anda disimpan dan tidak dinilai. Sesudah debrief, pilih Cek akhir untuk "
        "melihat apa yang berubah.",
        "Thank you. Your answers are saved, not marked. After the debrief, choose Closing check to see "
        "what changed.",
    ),
    "start_scenario": ("Mulai skenario", "Start the scenario"),
    "result_title": ("Perubahan Anda", "Your change"),
    "result_intro": (
        "Di tiap situasi, satu pilihan tidak menunjukkan miskonsepsi apa pun. Berikut berapa kali jawaban "
        "Anda menunjukkan tiap miskonsepsi, dari {n} situasi.",
        "In each situation one option shows no misconception. Here is how often your answers showed each "
        "misconception, out of {n} situations.",
    ),
    "result_no_pre": (
        "Anda belum mengambil cek awal, jadi cek ini menjadi titik awal Anda.",
        "You did not take the first check, so this one is your starting point.",
    ),
    "change_fewer": (
        "Berkurang: {before} dari {n} jawaban di cek awal, {after} dari {n} sekarang.",
        "Less often: {before} of {n} answers in the first check, {after} of {n} now.",
    ),
    "change_more": (
        "Bertambah: {before} dari {n} jawaban di cek awal, {after} dari {n} sekarang. Lihat lagi pilihan "
        "apa yang menggoda.",
        "More often: {before} of {n} answers in the first check, {after} of {n} now. Look again at what "
        "tempted you.",
    ),
    "change_same": (
        "Sama: {after} dari {n} jawaban, sebelum dan sesudah.",
        "The same: {after} of {n} answers, before and after.",
    ),
    "change_none": (
        "Tidak muncul, sebelum maupun sesudah.",
        "It did not show, before or after.",
    ),
    "shown_now": ("{after} dari {n} jawaban.", "{after} of {n} answers."),
    "result_note": (
        "Ini bukan nilai, melainkan bahan refleksi: apa yang membuat Anda memilih berbeda kali ini?",
        "This is not a mark but something to reflect on: what made you choose differently this time?",
    ),
    "back_to_debrief": ("Kembali ke debrief", "Back to the debrief"),
    "check_broken": (
        "Cek awal/akhir tidak bisa dibuka: {why}",
        "The before-and-after check could not be opened: {why}",
    ),
}


def say(key: str, lang: str, **fmt) -> str:
    indonesian, english = CHECK_STRINGS[key]
    text = english if lang == "en" else indonesian
    return text.format(**fmt) if fmt else text
