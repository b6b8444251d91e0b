"""Translatable pieces that fill messages: what a value is ("the feedback of choice 2 of 'musdes'")."""

from __future__ import annotations

PHRASES = {
    # what a value is: the parts of a scenario
    "key": ("{key}", "{key}"),
    "the-scenario": ("the scenario", "skenario"),
    "the-plan-file": ("the plan file", "berkas rencana"),
    "plan-n": ("plan {n}", "rencana {n}"),
    # the parts of a pre/post check (NAME.check.yaml)
    "the-check-file": ("the check file", "berkas cek"),
    "check-item-n": ("item {n} of the check", "soal {n} di cek"),
    "check-item": ("item '{id}'", "soal '{id}'"),
    "check-option": ("option {n} of item '{id}'", "pilihan {n} di soal '{id}'"),
    "check-options-of": ("the options of item '{id}'", "pilihan-pilihan soal '{id}'"),
    "check-items": ("the items of the check", "soal-soal cek"),
    "scenario-id": ("the scenario id", "id skenario"),
    "title": ("the title", "judul"),
    "summary": ("the summary", "ringkasan"),
    "character": ("character '{id}'", "tokoh '{id}'"),
    "character-name": ("a character's name", "nama tokoh"),
    "role-of": ("the role of '{id}'", "peran '{id}'"),
    "location": ("location '{id}'", "lokasi '{id}'"),
    "location-name": ("the name of location '{id}'", "nama lokasi '{id}'"),
    "asset-path": ("an asset path", "jalur berkas gambar"),
    "meter": ("meter '{id}'", "meter '{id}'"),
    "meter-label": ("the label of meter '{id}'", "label meter '{id}'"),
    "meter-description": ("the description of meter '{id}'", "penjelasan meter '{id}'"),
    "node": ("node '{id}'", "node '{id}'"),
    "lines-of": ("the lines of '{id}'", "baris-baris '{id}'"),
    "choices-of": ("the choices of '{id}'", "pilihan-pilihan '{id}'"),
    "reflection-of": ("the reflection question of '{id}'", "pertanyaan refleksi '{id}'"),
    "hint-of": ("the hint of '{id}'", "petunjuk '{id}'"),
    "line-of": ("a line of '{id}'", "sebuah baris di '{id}'"),
    "choice": ("choice {n} of '{id}'", "pilihan {n} di '{id}'"),
    "choice-id": ("a choice id", "id pilihan"),
    "text-of": ("the text of {what}", "teks {what}"),
    "feedback-of": ("the feedback of {what}", "feedback {what}"),
    "insight-of": ("the insight of {what}", "insight {what}"),
    "deadline-of": ("the deadline of '{id}'", "tenggat '{id}'"),
    "deadline-day": ("the deadline day", "hari tenggat"),
    "deadline-date": ("the deadline date", "tanggal tenggat"),
    "branch": ("a branch of next", "cabang next"),
    "change-to": ("the change to '{id}'", "perubahan '{id}'"),
    "flag": ("flag '{id}'", "penanda '{id}'"),
    "scheduled-event": ("a scheduled event", "kejadian terjadwal"),
    "condition": ("a condition", "syarat"),
    "event": ("event '{id}'", "kejadian '{id}'"),
    "event-title": ("the title of event '{id}'", "judul kejadian '{id}'"),
    "event-text": ("the text of event '{id}'", "teks kejadian '{id}'"),
    "an-ending": ("an ending", "sebuah akhir cerita"),
    "ending-id": ("an ending id", "id akhir cerita"),
    "debrief-of": ("the debrief of '{id}'", "debrief '{id}'"),
    "epilogue-of": ("the epilogue of '{id}'", "epilog '{id}'"),
    "ending-title": ("the title of ending '{id}'", "judul akhir '{id}'"),
    "ending-summary": ("the summary of ending '{id}'", "ringkasan akhir '{id}'"),
    "ending-line": ("ending {id}", "akhir {id}"),
    "question-of": ("a debrief question of '{id}'", "pertanyaan debrief '{id}'"),
    "calendar-start": ("calendar start", "awal kalender"),
    "lang-part": ("{what} ({lang})", "{what} ({lang})"),
    "a-choice": ("a choice", "sebuah pilihan"),
    "score-of": ("the score of {id}", "skor {id}"),
    # the shapes of YAML values
    "type-map": ("a map (key: value lines)", "sebuah map (baris kunci: nilai)"),
    "type-list": ("a list (lines starting with '-')", "sebuah daftar (baris yang diawali '-')"),
    "type-scalar": ("a single value", "satu nilai"),
    "type-other": ("something else", "bentuk lain"),
    # why a condition cannot be read (B027's {problem}), by game.engine.conditions.ConditionError's key
    "cond-too-long": (
        "the condition is {length} characters long (at most {limit}); split it with a flag set by an "
        "earlier choice",
        "syarat ini panjangnya {length} karakter (paling banyak {limit}); pecah dengan penanda yang diisi "
        "pilihan sebelumnya",
    ),
    "cond-unexpected": ("unexpected '{text}'", "'{text}' tidak pada tempatnya"),
    "cond-cannot-read": ("cannot read '{char}'", "tanda '{char}' tidak dikenal dalam syarat"),
    "cond-curly-quote": (
        "'{char}' is a curly quote, which a condition cannot contain",
        "'{char}' adalah tanda kutip melengkung, yang tidak boleh ada dalam syarat",
    ),
    "cond-long-number": (
        "the number {number}... has more than {digits} digits",
        "angka {number}... lebih dari {digits} digit",
    ),
    "cond-ends-early": ("the condition ends too early", "syaratnya berhenti sebelum selesai"),
    "cond-too-deep": (
        "the condition nests more than {limit} levels deep",
        "kurung dan `not` di syarat ini bertumpuk lebih dari {limit} lapis",
    ),
    "cond-needs-calendar": (
        "'date' needs the scenario's calendar (calendar: {{start: YYYY-MM-DD}})",
        "'date' memerlukan kalender skenario (calendar: {{start: YYYY-MM-DD}})",
    ),
    "cond-date-needs-calendar": (
        "the date {date} needs the scenario's calendar (calendar: {{start: YYYY-MM-DD}})",
        "tanggal {date} memerlukan kalender skenario (calendar: {{start: YYYY-MM-DD}})",
    ),
    "cond-unclosed": ("a '(' is never closed", "ada '(' yang tidak ditutup dengan ')'"),
    "cond-operand": (
        "expected a name or a number, found '{text}'",
        "di sini seharusnya ada nama atau angka, tetapi tertulis '{text}'",
    ),
    "cond-not-a-date": (
        "{date} is not a date (write YYYY-MM-DD)",
        "{date} bukan tanggal yang ada (tulis TAHUN-BULAN-HARI, misalnya 2026-09-30)",
    ),
    # languages
    "lang-id": ("Indonesian (id)", "bahasa Indonesia (id)"),
    "lang-en": ("English (en)", "bahasa Inggris (en)"),
    # why the YAML cannot be read (B003's {cause}), by the likely cause of what the parser says
    "yaml-colon": (
        "a second ': ' on this line (YAML reads 'key: value', so a text containing ': ' looks like a new key)",
        "ada ': ' kedua di baris ini (YAML membaca 'kunci: nilai', jadi teks yang berisi ': ' terlihat "
        "seperti kunci baru)",
    ),
    "yaml-flow": (
        "something inside the {{ }} or [ ] opened on line {line} cannot be read: a missing comma, or a text "
        "with ': ' or an apostrophe (') that is not in double quotes",
        "ada yang tidak terbaca di dalam {{ }} atau [ ] yang dibuka di baris {line}: koma yang hilang, atau "
        "teks berisi ': ' atau apostrof (') yang tidak diapit tanda kutip ganda",
    ),
    "yaml-flow-unclosed": (
        "the bracket opened on line {line} is not closed with {bracket} on its own line",
        "kurung yang dibuka di baris {line} tidak ditutup dengan {bracket} di baris itu juga",
    ),
    "yaml-unclosed": (
        "a quote or bracket opened here (line {line}) is never closed, so the rest of the file was read "
        "as part of it",
        "tanda kutip atau kurung yang dibuka di sini (baris {line}) tidak pernah ditutup, jadi sisa berkas "
        "terbaca sebagai bagiannya",
    ),
    "yaml-no-colon": (
        "line {line} is inside a map but has no ': ' (each line there is 'key: value'), or a text goes on "
        "to the next line without quotes",
        "baris {line} ada di dalam map tetapi tidak memiliki ': ' (setiap baris di sana berbentuk "
        "'kunci: nilai'), atau sebuah teks berlanjut ke baris berikutnya tanpa tanda kutip",
    ),
    "yaml-dash": (
        "the list that starts on line {line} goes on here without '- ', or this line is indented "
        "differently from its items",
        "daftar yang dimulai di baris {line} berlanjut di sini tanpa '- ', atau baris ini diindentasi "
        "berbeda dari butir-butirnya",
    ),
    "yaml-starts-quoted": (
        "the value starts with {mark} and goes on after it closes; YAML reads a value that starts with "
        "{mark} as a quoted text, a list or a map, which must end there",
        "nilainya diawali {mark} dan berlanjut setelah ditutup; YAML membaca nilai yang diawali {mark} "
        "sebagai teks berkutip, daftar atau map, yang harus berakhir di situ",
    ),
    "yaml-indent": (
        "this line does not fit the block that starts on line {line}: it is indented differently from "
        "the lines around it",
        "baris ini tidak cocok dengan blok yang dimulai di baris {line}: indentasinya berbeda dengan "
        "baris-baris di sekitarnya",
    ),
    "yaml-alias": (
        "'*' at the start of a value refers to another part of the file (an alias)",
        "'*' di awal nilai dibaca sebagai rujukan ke bagian lain berkas (alias)",
    ),
    "yaml-tab": (
        "a Tab character; YAML indents with spaces only",
        "ada karakter Tab; YAML hanya memakai spasi",
    ),
    "yaml-reserved": ("a value cannot start with '{char}'", "nilai tidak boleh diawali '{char}'"),
    "yaml-escape": (
        "a backslash (\\) inside double quotes starts an escape code that does not exist",
        "garis miring terbalik (\\) di dalam kutip ganda memulai kode escape yang tidak ada",
    ),
    "yaml-document": ("a second document starts here ('---')", "dokumen kedua dimulai di sini ('---')"),
    "yaml-special": (
        "a sign with a special meaning in YAML ('!', '&' or '%')",
        "tanda yang punya arti khusus di YAML ('!', '&' atau '%')",
    ),
    "yaml-quote-in-quote": (
        'a double quote (") inside a text in double quotes ends the text there, so the rest of the text '
        "cannot be read",
        'tanda kutip ganda (") di dalam teks yang diapit kutip ganda mengakhiri teks di situ, jadi sisa '
        "teksnya tidak terbaca",
    ),
    "yaml-dash-space": (
        "'{written}:' on line {line} has no space after the dash, so YAML reads it as a key '{written}', "
        "not as an item of a list",
        "'{written}:' di baris {line} tidak punya spasi setelah tanda minus, jadi YAML membacanya sebagai "
        "kunci '{written}', bukan sebagai butir daftar",
    ),
    "yaml-other": ("{problem}", "{problem}"),
    # a list written in { } (B010's {expected} and {got} for misconceptions: {solo_work})
    "type-words": ("a word or a list in [ ]", "satu kata atau daftar dalam kurung siku [ ]"),
    "type-braces": (
        "a map in {{ }} (curly braces make key: value pairs)",
        "sebuah map dalam kurung kurawal {{ }} (kurung kurawal berisi pasangan kunci: nilai)",
    ),
    # why a picture cannot be read
    "not-ordinary": ("it is not an ordinary file", "bukan berkas biasa"),
}
