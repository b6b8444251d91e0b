"""Every UI string, Bahasa Indonesia first and English second."""

from __future__ import annotations

from .strings_phones import PHONE_STRINGS
from .strings_profiles import PROFILE_STRINGS
from .strings_records import RECORD_STRINGS
from .strings_records_tools import RECORDS_TOOLS_STRINGS
from .strings_trainer import TRAINER_STRINGS

S = {
    "game_name": ("Berdaya", "Berdaya"),
    "tagline": ("Simulasi pelatihan pemberdayaan masyarakat", "A community empowerment training simulation"),
    "play": ("Main", "Play"),
    "continue": ("Lanjutkan", "Continue"),
    "settings": ("Pengaturan", "Settings"),
    "quit": ("Keluar", "Quit"),
    "lang_switch": ("Bahasa: Indonesia", "Language: English"),
    "player_title": ("Siapa nama Anda?", "What is your name?"),
    "team_title": ("Apa nama tim Anda?", "What is your team's name?"),
    "player_hint": (
        "Nama Anda, atau nama tim dalam lokakarya. Akan diingat untuk lain kali.",
        "Your name, or a team name in a workshop. It is remembered for next time.",
    ),
    "player_placeholder": ("Ketik nama di sini", "Type a name here"),
    "sapaan": ("Orang dalam cerita menyapa Anda", "People in the story address you as"),
    "sapaan_pak": ("Pak", "Pak (Sir)"),
    "sapaan_bu": ("Bu", "Bu (Ma'am)"),
    "sapaan_": ("Bapak/Ibu (netral)", "Bapak/Ibu (neutral)"),
    "practice": (
        "Mode latihan (pembinaan langsung setelah tiap pilihan)",
        "Practice mode (coaching right after each choice)",
    ),
    "ask_coach": ("Tanya {name} (T)", "Ask {name} (T)"),
    "coach_says": ("{name}:", "{name}:"),
    "epilogue": ("Sesudahnya", "Afterwards"),
    "what_else": ("Yang bisa dilakukan", "What could have been done"),
    "next": ("Lanjut", "Next"),
    "back": ("Kembali", "Back"),
    "picker_title": ("Pilih skenario", "Choose a scenario"),
    "picker_empty": (
        "Belum ada skenario. Letakkan berkas .yaml di folder scenarios/ atau di {folder}.",
        "No scenarios yet. Put .yaml files in scenarios/ or in {folder}.",
    ),
    "minutes": ("± {n} menit", "about {n} minutes"),
    "best": ("Hasil terbaik: {score}", "Best result: {score}"),
    "no_best": ("Belum pernah dimainkan", "Not played yet"),
    "broken": ("Berkas ini belum bisa dimainkan", "This file cannot be played yet"),
    "duty_needs_design": ("Perancangan program berbasis kebutuhan", "Needs-based program design"),
    "duty_team_coordination": ("Koordinasi tim", "Team coordination"),
    "duty_monitoring_evaluation": ("Pemantauan dan evaluasi", "Monitoring and evaluation"),
    "duty_partnerships": ("Kemitraan", "Partnerships"),
    "day": ("Hari ke-{n}", "Day {n}"),
    "turn": ("Keputusan {n}", "Decision {n}"),
    "meters": ("Indikator", "Meters"),
    "meters_explain": ("Apa artinya? (I)", "What do they mean? (I)"),
    "meters_explain_hide": ("Tutup penjelasan (I)", "Hide the explanations (I)"),
    "scale_pending": (
        "Skala skor sedang dihitung; batangnya muncul sebentar lagi.",
        "The score scale is being worked out; the bars appear shortly.",
    ),
    "menu": ("Menu", "Menu"),
    "history": ("Riwayat", "History"),
    "narrator": ("Narator", "Narrator"),
    "you": ("Anda", "You"),
    "choices_hint": (
        "Pilih dengan klik, tombol 1-9, atau panah lalu Enter.",
        "Choose with a click, keys 1-9, or the arrows and Enter.",
    ),
    "skip_hint": (
        "Klik atau tekan Spasi untuk menampilkan semua teks.",
        "Click or press Space to show all the text.",
    ),
    "consequence": ("Yang terjadi", "What happened"),
    "days_passed": ("{n} hari berlalu", "{n} days pass"),
    "no_change": ("Tidak ada indikator yang berubah.", "No meter changed."),
    "misconception": ("Miskonsepsi", "Misconception"),
    "alternative": ("Alternatif kolaboratif", "A collaborative alternative"),
    "event_delayed": ("Dampak tertunda", "Delayed consequence"),
    "event_obstacle": ("Hambatan", "Obstacle"),
    "because_of": ("Akibat keputusan {n}: “{choice}”", "Because of decision {n}: “{choice}”"),
    "reflection": ("Refleksi", "Reflection"),
    "reflection_hint": (
        "Tulis jawaban singkat dengan kata-kata Anda sendiri. Enter untuk menyimpan.",
        "Write a short answer in your own words. Press Enter to keep it.",
    ),
    "save_answer": ("Simpan jawaban", "Keep my answer"),
    "skip": ("Lewati", "Skip"),
    "paused": ("Jeda", "Paused"),
    "resume": ("Lanjutkan permainan", "Resume"),
    "save": ("Simpan", "Save"),
    "saved": ("Permainan tersimpan.", "Game saved."),
    "to_title": ("Kembali ke judul", "Back to title"),
    "history_empty": ("Belum ada yang terjadi.", "Nothing has happened yet."),
    "chose": ("Anda memilih", "You chose"),
    "debrief": ("Refleksi akhir", "Debrief"),
    "ending": ("Akhir cerita", "Ending"),
    "scores": ("Skor kompetensi", "Competency scores"),
    "score_note": (
        "0 = hasil terendah yang mungkin di skenario ini, 100 = tertinggi.",
        "0 = the lowest result possible in this scenario, 100 = the highest.",
    ),
    "misconceptions": ("Miskonsepsi yang terungkap", "Misconceptions revealed"),
    "no_misconceptions": (
        "Tidak ada miskonsepsi yang terungkap. Bagus!",
        "No misconception was revealed. Well done!",
    ),
    "revealed_by": ("Terungkap pada keputusan {n}: “{choice}”", "Revealed by decision {n}: “{choice}”"),
    "timeline": ("Linimasa", "Timeline"),
    "questions": ("Pertanyaan diskusi", "Questions for discussion"),
    "your_reflections": ("Refleksi Anda", "Your reflections"),
    "replay_here": ("Ulangi dari keputusan ini", "Replay from this decision"),
    "compare": ("Dua jalan, berdampingan", "Two paths, side by side"),
    "before": ("Sebelumnya", "Before"),
    "now": ("Kali ini", "This time"),
    "diverged": (
        "Dari keputusan {n}: sebelumnya “{old}”, kali ini “{new}”.",
        "From decision {n}: before “{old}”, this time “{new}”.",
    ),
    "misconception_count": ("Miskonsepsi: {n}", "Misconceptions: {n}"),
    "replay_hint": (
        "Pilih keputusan di linimasa, ambil pilihan lain, lalu bandingkan hasilnya.",
        "Pick a decision on the timeline, choose differently, then compare the outcomes.",
    ),
    "workshop": ("Lokakarya (kelas)", "Workshop (class)"),
    "discuss": ("Diskusikan", "Discuss"),
    "discuss_hint": (
        "Kelas berdiskusi, lalu fasilitator mencatat suara: tombol 1-9 menambah suara, "
        "Backspace membatalkan suara terakhir, T memulai atau menjeda waktu, R mengulang waktu.",
        "The class discusses, then the facilitator enters the votes: keys 1-9 add a vote, "
        "Backspace takes the last one back, T starts or pauses the timer, R resets it.",
    ),
    "votes_n": ("Suara: {n}", "Votes: {n}"),
    "timer": ("Waktu diskusi: {t}", "Discussion time: {t}"),
    "timer_paused": ("(dijeda)", "(paused)"),
    "play_majority": ("Mainkan pilihan terbanyak", "Play the majority choice"),
    "tie": ("Suara seri: tambahkan satu suara untuk memutuskan.", "A tie: add a vote to decide."),
    "no_votes": ("Belum ada suara.", "No votes yet."),
    "class_votes": ("Suara kelas: {votes}", "Class votes: {votes}"),
    "play_again": ("Main lagi", "Play again"),
    "days_total": ("{n} hari", "{n} days"),
    "lang": ("Bahasa", "Language"),
    "lang_id": ("Bahasa Indonesia", "Bahasa Indonesia"),
    "lang_en": ("English", "English"),
    "text_speed": ("Kecepatan teks", "Text speed"),
    "speed_slow": ("Lambat", "Slow"),
    "speed_normal": ("Sedang", "Normal"),
    "speed_fast": ("Cepat", "Fast"),
    "speed_instant": ("Langsung", "Instant"),
    "text_size": ("Ukuran teks", "Text size"),
    "size_0": ("Normal", "Normal"),
    "size_1": ("Besar", "Large"),
    "size_2": ("Sangat besar", "Extra large"),
    "fullscreen": ("Layar penuh", "Fullscreen"),
    "high_contrast": ("Kontras tinggi", "High contrast"),
    "sound": ("Suara", "Sound"),
    "projector": ("Mode proyektor (fasilitator)", "Projector mode (facilitator)"),
    "read_aloud": ("Baca nyaring (tombol V)", "Read aloud (V key)"),
    "read_aloud_missing": (
        "Baca nyaring tidak tersedia: program espeak-ng belum terpasang di komputer ini.",
        "Read aloud is unavailable: the espeak-ng program is not installed on this computer.",
    ),
    "on": ("Nyala", "On"),
    "off": ("Mati", "Off"),
    "settings_hint": (
        "Klik atau Enter untuk mengubah; panah kiri/kanan juga bisa.",
        "Click or press Enter to change; the left/right arrows work too.",
    ),
    "records_off": (
        "Catatan sesi tidak disimpan: {path} tidak bisa ditulis. Permainan tetap berjalan.",
        "Session records are not being kept: {path} cannot be written. The game goes on.",
    ),
    "records_reset": (
        "Basis data catatan rusak; disisihkan, dan basis data baru dimulai di {path}.",
        "The records database was damaged; it was set aside and a new one started at {path}.",
    ),
    "records_locked": (
        "Catatan sesi tertunda: program lain sedang mengunci {path}. Permainan tetap berjalan; "
        "dicoba lagi pada keputusan berikutnya.",
        "Session records are waiting: another program holds a lock on {path}. The game goes on; "
        "they are tried again at the next decision.",
    ),
    "records_full": (
        "Catatan sesi tertunda: disk penuh ({path}). Permainan tetap berjalan; kosongkan ruang disk, "
        "dicoba lagi pada keputusan berikutnya.",
        "Session records are waiting: the disk is full ({path}). The game goes on; free some space, "
        "they are tried again at the next decision.",
    ),
    "records_readonly": (
        "Catatan sesi tertunda: {path} hanya bisa dibaca. Permainan tetap berjalan; "
        "dicoba lagi pada keputusan berikutnya.",
        "Session records are waiting: {path} is read-only. The game goes on; "
        "they are tried again at the next decision.",
    ),
    "records_io": (
        "Catatan sesi tertunda: disk gagal menulis {path}. Permainan tetap berjalan; "
        "dicoba lagi pada keputusan berikutnya.",
        "Session records are waiting: the disk failed to write {path}. The game goes on; "
        "they are tried again at the next decision.",
    ),
    "records_broken": (
        "Catatan sesi berhenti disimpan: {path} tidak bisa ditulis lagi. Permainan tetap berjalan.",
        "Session records stopped: {path} cannot be written any more. The game goes on.",
    ),
    "records_foreign": (
        "Catatan sesi tidak disimpan: {path} adalah basis data milik program lain, dan dibiarkan "
        "apa adanya. Permainan tetap berjalan.",
        "Session records are not being kept: {path} is another program's database, and it is "
        "left exactly as it is. The game goes on.",
    ),
    "records_newer": (
        "Catatan sesi tidak disimpan: {path} dibuat oleh Berdaya yang lebih baru; berkas itu disimpan "
        "apa adanya. Permainan tetap berjalan.",
        "Session records are not being kept: {path} was made by a newer Berdaya; it is kept as it "
        "is. The game goes on.",
    ),
    "records_resumed": (
        "Catatan sesi tersimpan lagi; keputusan yang tertunda sudah dicatat.",
        "Session records are being kept again; the decisions that were waiting are written.",
    ),
    "settings_reset": (
        "Pengaturan rusak dan disisihkan ke {path}; memakai bawaan.",
        "The settings file was damaged and set aside as {path}; using defaults.",
    ),
    "save_reset": (
        "Simpanan rusak dan disisihkan ke {path}.",
        "The saved game was damaged and set aside as {path}.",
    ),
    "save_gone": ("Simpanan tidak bisa dilanjutkan: {why}", "The saved game cannot be resumed: {why}"),
    "save_newer": (
        "Simpanan ini dibuat oleh Berdaya yang lebih baru dan tidak bisa dilanjutkan di sini ({why}).",
        "This saved game was made by a newer Berdaya and cannot be continued here ({why}).",
    ),
    "save_kept": (
        "Berkasnya disimpan sebagai {path} (alasannya di sebelahnya, .why.txt).",
        "The file was kept as {path} (the reason is beside it, .why.txt).",
    ),
    "trainer": ("Panel pelatih (F3)", "Trainer panel (F3)"),
    "node": ("Simpul", "Node"),
    "flags": ("Penanda", "Flags"),
    "pending": ("Peristiwa tertunda", "Pending events"),
    "none": ("(tidak ada)", "(none)"),
    "reload_errors": ("Skenario belum bisa dimuat ulang", "The scenario cannot be reloaded yet"),
    "reload_errors_hint": (
        "Perbaiki berkasnya lalu simpan (atau tekan F5): permainan memuat ulang sendiri. Sementara itu "
        "permainan berlanjut dengan versi sebelumnya.",
        "Fix the file and save it (or press F5): the game reloads by itself. Meanwhile the game goes on "
        "with the earlier version.",
    ),
    "continue_what": ("{title} · keputusan {n}", "{title} · decision {n}"),
    "reloaded": ("Skenario dimuat ulang.", "Scenario reloaded."),
    "save_failed": (
        "Permainan tidak bisa disimpan ({why}). Anda tetap bisa bermain; kosongkan ruang disk agar "
        "bisa dilanjutkan lain kali.",
        "The game could not be saved ({why}). You can keep playing; free some disk space so it can "
        "be continued another time.",
    ),
    "reload_failed": ("Gagal memuat ulang: {why}", "Reload failed: {why}"),
    "start_error": ("Skenario tidak bisa dimulai: {why}", "The scenario cannot start: {why}"),
    # -- class mode (workshop): the vote's presenter layout, the pause to discuss, facilitator notes --
    "tally_n": ("{n} suara", "{n} votes"),
    "timer_off": ("Tanpa batas waktu", "No time limit"),
    "timer_minutes": ("{m} menit", "{m} min"),
    "vote_keys": (
        "1-9 tambah suara · Backspace batalkan · T mulai/jeda waktu · R ulang · PgUp/PgDn situasi · "
        "Enter mainkan.",
        "1-9 add a vote · Backspace undo · T start/pause the timer · R reset · PgUp/PgDn situation · "
        "Enter play.",
    ),
    "vote_keys_short": (
        "1-9 tambah suara · Backspace batalkan · T waktu · Enter mainkan.",
        "1-9 add a vote · Backspace undo · T timer · Enter play.",
    ),
    "vote_setup": (
        "Waktu diskusi: {timer} (+/-) · jeda diskusi sesudah tiap kartu: {pause} (D).",
        "Discussion time: {timer} (+/-) · pause to discuss after each card: {pause} (D).",
    ),
    "discuss_title": ("Diskusi kelas", "Class discussion"),
    "discuss_chose": ("Kelas memilih: {choice}", "The class chose: {choice}"),
    "discuss_generic": (
        "Apa yang terjadi karena pilihan ini, dan siapa yang seharusnya ikut memutuskan? "
        "Apa yang akan Anda lakukan secara berbeda?",
        "What happened because of this choice, and who should have had a say in it? "
        "What would you do differently?",
    ),
    "discuss_continue": ("Lanjutkan (fasilitator)", "Continue (facilitator)"),
    "notes_title": ("Catatan fasilitator (F3)", "Facilitator notes (F3)"),
    "notes_tests": ("Keputusan ini menguji: {what}", "This decision tests: {what}"),
    "notes_tests_none": (
        "Keputusan ini tidak menguji kompetensi secara langsung.",
        "This decision does not test a competency directly.",
    ),
    "notes_reveals": ("miskonsepsi {name}", "misconception {name}"),
    "notes_clean": ("tanpa miskonsepsi", "no misconception"),
    "notes_raises": ("naik: {what}", "up: {what}"),
    "notes_lowers": ("turun: {what}", "down: {what}"),
    "notes_coming": ("Akan terjadi: {what}", "Still to come: {what}"),
    "notes_day": ("hari ke-{n}", "day {n}"),
    "notes_turn": ("keputusan ke-{n}", "decision {n}"),
    "class_votes_title": ("Suara kelas ({n}):", "Class votes ({n}):"),
    "class_votes_line": ("{n} suara · {choice}", "{n} votes · {choice}"),
    # -- end of class mode --
    # -- the debrief that teaches (issue 13, debrief helper) --
    "mis_group_one": ("Terungkap sekali", "Revealed once"),
    "mis_group_many": ("Terungkap {n} kali", "Revealed {n} times"),
    "mis_total": (
        "{n} pilihan mengungkap miskonsepsi, dalam {k} jenis.",
        "{n} choices revealed a misconception, of {k} kinds.",
    ),
    "mis_total_one": ("1 pilihan mengungkap miskonsepsi.", "1 choice revealed a misconception."),
    "your_choice": ("Keputusan {n} · pilihan Anda", "Decision {n} · your choice"),
    "its_insight": ("Pelajaran dari pilihan ini", "What this choice teaches"),
    "kabid_would": ("Kabid yang kolaboratif akan memilih", "A collaborative Kabid would have chosen"),
    "kabid_none": (
        "Semua pilihan lain di sini juga mengandung miskonsepsi: bahas bersama apa jalan keempatnya.",
        "Every other option here reveals a misconception too: discuss what a fourth way could be.",
    ),
    "replay_try": ("Coba lagi dari keputusan {n}", "Try again from decision {n}"),
    "avoided_title": ("Miskonsepsi yang Anda hindari", "Misconceptions you avoided"),
    "avoided_solo_work": (
        "Anda bekerja melalui tim, kader, dan lembaga desa, bukan mengerjakan semuanya sendiri.",
        "You worked through the team, cadres and village institutions instead of doing it all yourself.",
    ),
    "avoided_quick_change": (
        "Anda memberi waktu bagi perubahan yang lambat, tidak tergoda jalan pintas.",
        "You gave slow change its time and were not tempted by shortcuts.",
    ),
    "avoided_aid_dependency": (
        "Anda membangun kemampuan warga sendiri, bukan sekadar memberi bantuan.",
        "You built people’s own capacity rather than handing out aid.",
    ),
    "avoided_other": ("Anda tidak terjebak di sini.", "You did not fall into this one."),
    "avoided_all": (
        "Tidak ada miskonsepsi yang terungkap: setiap jebakan di skenario ini Anda lewati. Bagus!",
        "No misconception was revealed: you passed every trap this scenario sets. Well done!",
    ),
    "overall_score": ("Skor keseluruhan: {n} / 100", "Overall score: {n} / 100"),
    "score_means": (
        "Skor adalah rata-rata kompetensi ({names}) di akhir: 0 = jalan terburuk yang mungkin di skenario "
        "ini, 100 = jalan terbaik. Akhir cerita menunjukkan ke mana cerita berujung; skor menunjukkan "
        "bagaimana Anda sampai ke sana.",
        "The score is the mean of the competencies ({names}) at the end: 0 = the worst path possible in "
        "this scenario, 100 = the best. The ending shows where the story went; the score shows how you "
        "got there.",
    ),
    "verdict_best_high": (
        "Akhir terbaik, dan skor yang tinggi: cara Anda sama baiknya dengan hasilnya.",
        "The best ending, and a high score: how you got there was as good as where you arrived.",
    ),
    "verdict_best_low": (
        "Anda mencapai akhir terbaik, tetapi beberapa pilihan di jalan mengorbankan kolaborasi atau "
        "empati, jadi skornya rendah. Lihat miskonsepsi di bawah.",
        "You reached the best ending, but some choices on the way cost collaboration or empathy, so the "
        "score is low. See the misconceptions below.",
    ),
    "verdict_other_high": (
        "Skor Anda baik, tetapi ini bukan akhir terbaik: sebuah keputusan atau kejadian membelokkan "
        "cerita. Linimasa menunjukkan di mana.",
        "Your score is good, but this is not the best ending: a decision or an event turned the story. "
        "The timeline shows where.",
    ),
    "verdict_other_low": (
        "Bukan akhir terbaik, dan skornya rendah: keduanya menunjuk ke pilihan yang sama di bawah.",
        "Not the best ending, and a low score: both point to the same choices below.",
    ),
    "chart_title": ("Kompetensi dari keputusan ke keputusan", "Competencies, decision by decision"),
    "chart_note": (
        "Skala yang sama dengan skor akhir (0-100). Titik terakhir adalah skor akhir.",
        "The same scale as the final scores (0-100). The last point is the final score.",
    ),
    "chart_start": ("Awal", "Start"),
    "chart_axis": ("Keputusan", "Decision"),
    "save_summary": ("Simpan ringkasan (PNG)", "Save summary (PNG)"),
    "summary_saved": ("Ringkasan tersimpan di {path}", "Summary saved to {path}"),
    "summary_failed": ("Ringkasan tidak bisa disimpan ({why}).", "The summary could not be saved ({why})."),
    "summary_player": ("Peserta: {name}", "Trainee: {name}"),
    "summary_date": ("Dimainkan {date}", "Played {date}"),
    # the title's question before quitting (issue 13, guards)
    "quit_ask": ("Keluar dari Berdaya?", "Quit Berdaya?"),
    "quit_no": ("Tidak, kembali", "No, stay"),
    "quit_yes": ("Ya, keluar", "Yes, quit"),
    **PROFILE_STRINGS,  # player profiles and save slots
    **RECORD_STRINGS,  # who is recorded: learner id, class, batch, organisation
    **TRAINER_STRINGS,  # the title's Trainer screen
    **RECORDS_TOOLS_STRINGS,  # the Class records screen (report, Excel, backup, LRS)
    **PHONE_STRINGS,  # class votes from phones (game.classroom)
}


def t(key: str, lang: str, **fmt) -> str:
    pair = S.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**fmt) if fmt else text
