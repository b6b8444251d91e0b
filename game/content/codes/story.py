"""The story as a whole: choices, endings, events, paths, loops and the form of the options."""

from __future__ import annotations

from .descriptor import ERROR, WARNING, Descriptor, Example
from .example import BASE

_TAGGED = (
    "      - text: {id: Sendiri, en: Alone}\n        feedback: {id: Sepi, en: Quiet}\n"
    "        misconceptions: [solo_work]\n        next: b\n"
)
_SOLO = (
    "      - text: {{id: {id}, en: {en}}}\n        feedback: {{id: Sepi, en: Quiet}}\n"
    "        misconceptions: [solo_work]\n        next: b\n"
)
_FIRST = "      - text: {id: Ajak warga, en: Invite residents}\n"

DESCRIPTORS = (
    Descriptor(
        "B030",
        "unreachable-node",
        WARNING,
        "A node no path leads to",
        ("no path leads to node '{node_id}'", "tidak ada jalur menuju node '{node_id}'"),
        (
            "point a choice's next at it, or delete it",
            "arahkan next salah satu pilihan ke node ini, atau hapus node ini",
        ),
        doc="No choice, `otherwise` or event leads to this node, so no player will see it.\n"
        "Fix: point a `next` at it, or delete it.",
        example=Example("        next: b\n", "        next: END\n"),
    ),
    Descriptor(
        "B031",
        "no-way-to-ending",
        ERROR,
        "A node from which no path reaches an ending",
        (
            "from node '{node_id}' no path reaches an ending",
            "dari node '{node_id}' tidak ada jalur menuju akhir cerita",
        ),
        (
            "give one of its choices (or of the nodes it leads to) next: END, or a node that leads there",
            "beri salah satu pilihannya (atau pilihan node sesudahnya) next: END, atau node yang menuju ke sana",
        ),
        doc="From this node, no sequence of choices reaches `END`: a player who gets here is stuck in a loop.\n"
        "Fix: give one of the choices on the way `next: END`, or a node that leads there.",
        example=Example("        next: END\n", "        next: a\n"),
    ),
    Descriptor(
        "B081",
        "no-choices",
        ERROR,
        "A node with an empty list of choices",
        ("node '{node_id}' has no choices", "node '{node_id}' tidak punya pilihan"),
        (
            "add at least one choice; use next: END on a choice to finish the scenario",
            "tambahkan paling sedikit satu pilihan; pakai next: END pada pilihan untuk mengakhiri skenario",
        ),
        doc="Every node needs something to click. Fix: add a choice; `next: END` finishes the scenario.",
        example=Example("endings:\n", "  c:\n    choices: []\nendings:\n", also=("B030",)),
    ),
    Descriptor(
        "B032",
        "missing-feedback",
        ERROR,
        "A choice without feedback",
        ("choice '{choice_id}' has no feedback", "pilihan '{choice_id}' tidak punya feedback"),
        (
            "add feedback: what happens in the world because of this choice",
            "tambahkan feedback: apa yang terjadi di dunia karena pilihan ini",
        ),
        doc="Every choice needs `feedback`: what happens in the world because of it. Players learn from "
        'consequences, so describe them ("The meeting runs late, but the room is full"), never "Correct!".',
        example=Example("        feedback: {id: Ramai, en: Busy}\n", ""),
    ),
    Descriptor(
        "B034",
        "no-unconditional-choice",
        ERROR,
        "Every choice of a node has a condition",
        ("every choice of node '{node_id}' has an 'if'", "semua pilihan di node '{node_id}' memiliki 'if'"),
        (
            "add one choice without 'if', so the player is never left with nothing to do",
            "tambahkan satu pilihan tanpa 'if', agar pemain tidak pernah kehabisan pilihan",
        ),
        doc="Every choice of a node has an `if`: when none holds, the player has nothing to click.\n"
        "Fix: add one choice without `if`.",
        example=Example(
            "        set: {asked: true}\n", "        set: {asked: true}\n        if: trust > 0\n"
        ),
    ),
    Descriptor(
        "B036",
        "too-many-choices",
        WARNING,
        "More than nine choices in one node",
        ("node '{node_id}' has {count} choices", "node '{node_id}' punya {count} pilihan"),
        (
            "keep to nine at most: players pick them with the keys 1-9",
            "paling banyak sembilan: pemain memilih dengan tombol 1-9",
        ),
        doc="Players choose with the keys 1-9 and long lists are hard to read. Fix: split the decision in two.",
        example=Example(
            "  b:\n    choices:\n",
            "  b:\n    choices:\n"
            + "".join(
                f"      - text: {{id: Opsi {i}, en: Option {i}}}\n        feedback: {{id: Baik, en: Good}}\n"
                "        next: END\n"
                for i in range(1, 10)
            ),
        ),
    ),
    Descriptor(
        "B082",
        "no-endings",
        ERROR,
        "A scenario with an empty list of endings",
        ("the scenario has no endings", "skenario ini tidak punya akhir cerita"),
        (
            "add an endings: list; the last ending has no 'if'",
            "tambahkan daftar endings:; akhir terakhir tanpa 'if'",
        ),
        doc="Fix: add `endings:`; the last one has no `if`, so every playthrough ends somewhere.",
        example=Example(BASE[BASE.index("endings:\n") :], "endings: []\n"),
    ),
    Descriptor(
        "B083",
        "two-best-endings",
        ERROR,
        "More than one ending is marked best",
        (
            "endings '{first}' and '{second}' are both marked best",
            "akhir '{first}' dan '{second}' sama-sama ditandai best",
        ),
        (
            "mark only one ending best: true (the outcome a trainee should aim for)",
            "tandai hanya satu akhir dengan best: true (hasil yang sebaiknya dituju peserta)",
        ),
        doc="The best ending is the outcome a trainee should aim for; there is one. Fix: keep one `best: true`.",
        example=Example(
            "  - id: done\n",
            "  - id: done\n    best: true\n",
            more=(("  - id: other\n", "  - id: other\n    best: true\n"),),
        ),
    ),
    Descriptor(
        "B033",
        "no-default-ending",
        ERROR,
        "The last ending has a condition",
        ("the last ending '{ending}' has an 'if'", "akhir terakhir '{ending}' memiliki 'if'"),
        (
            "remove its 'if' (or add a final ending without one) so every playthrough ends somewhere",
            "hapus 'if'-nya (atau tambahkan akhir terakhir tanpa 'if') agar setiap permainan berakhir",
        ),
        doc="When no ending's condition holds the game would have nowhere to go.\n"
        "Fix: remove the `if` from the last ending, or add a final ending without one.",
        example=Example("  - id: other\n", "  - id: other\n    if: asked\n"),
    ),
    Descriptor(
        "B096",
        "default-ending-not-last",
        ERROR,
        "The ending without a condition is not the last one",
        (
            "the ending '{ending}' has no 'if', so it is always chosen and {later} after it can never be "
            "reached",
            "akhir '{ending}' tidak punya 'if', jadi akhir ini selalu terpilih dan {later} sesudahnya tidak "
            "akan pernah tercapai",
        ),
        (
            "move '{ending}' to the end of endings: (below '{last}'); endings are tried from the top and "
            "the one without 'if' comes last",
            "pindahkan '{ending}' ke paling bawah di endings: (sesudah '{last}'); akhir diperiksa dari atas "
            "dan akhir tanpa 'if' ditaruh paling akhir",
        ),
        doc="Endings are tried from the top; the first whose `if` holds is the one played, and an ending "
        "without `if` always holds.\nMistake: the default ending written first.\nFix: move it to the end "
        "of `endings:`; do not remove the `if` of the others.",
        example=Example(
            "  - id: done\n    if: trust >= 50 and asked\n",
            "  - id: first\n    title: {id: Awal, en: First}\n    summary: {id: Ringkas, en: Short}\n"
            "    debrief: [{id: Apa?, en: What?}]\n  - id: done\n    if: trust >= 50 and asked\n",
        ),
    ),
    Descriptor(
        "B102",
        "id-with-space",
        ERROR,
        "An id with a space in it",
        (
            "the id '{id}' in {what} has a space: an id is one word, and next:, at: and conditions name "
            "it exactly",
            "id '{id}' di {what} mengandung spasi: id ditulis satu kata, dan next:, at: serta syarat "
            "menyebutnya persis sama",
        ),
        (
            "write the id without spaces, e.g. {example}, and name it the same way everywhere",
            "tulis id tanpa spasi, misalnya {example}, dan sebut dengan cara yang sama di semua tempat",
        ),
        doc="Mistake: a node written `node b:` (or `Musdes Dusun:`) while the choices say `next: b`. "
        "Fix: one word, `b:` or `musdes_dusun:`, the same in every `next:`, `at:` and condition.",
        example=Example("  b:\n", "  node b:\n"),
    ),
    Descriptor(
        "B035",
        "unused-event",
        WARNING,
        "A delayed event that no choice schedules",
        (
            "no choice schedules the delayed event '{event}'",
            "tidak ada pilihan yang menjadwalkan kejadian '{event}'",
        ),
        (
            "schedule it from a choice (schedule: - {{event: {event}, after: 1 month}}), "
            "or make it an obstacle (kind: obstacle)",
            "jadwalkan dari sebuah pilihan (schedule: - {{event: {event}, after: 1 month}}), "
            "atau jadikan hambatan (kind: obstacle)",
        ),
        doc="A `kind: delayed` event that no choice schedules never happens.\n"
        "Fix: schedule it from a choice (`schedule: - {event: id, after: 2 months}`), or make it an obstacle.",
        example=Example(
            "endings:\n",
            "events:\n  panen: {kind: delayed, title: {id: Panen, en: Harvest}, text: {id: Panen, en: Harvest}}\nendings:\n",
        ),
    ),
    Descriptor(
        "B037",
        "endless-loop",
        WARNING,
        "A loop of nodes nothing stops a player repeating",
        (
            "the nodes {route} form a loop that a player can go round forever",
            "node {route} membentuk putaran yang bisa diulang pemain tanpa henti",
        ),
        (
            "give one choice on the loop an `if` (e.g. if: not asked_again) and a `set`, "
            "so the repeat ends; scores and analyze count each loop only once",
            "beri satu pilihan di putaran itu `if` (misalnya if: not asked_again) dan `set`, "
            "agar pengulangan berhenti; skor dan analyze menghitung tiap putaran sekali saja",
        ),
        doc="Some nodes lead back to each other and nothing on the way stops a player repeating them (no "
        "choice has an `if` or a `set`). Scores and `analyze` count each loop only once.\n"
        "Fix: give one choice on the loop a `set` and an `if`, e.g. `set: {asked_again: true}` on the "
        "choice that returns and `if: not asked_again` on it.",
        example=Example(
            "        next: b\n  b:\n",
            "        next: b\n      - text: {id: Ulang, en: Again}\n        feedback: {id: Lagi, en: Again}\n"
            "        next: c\n  c:\n    choices:\n      - text: {id: Balik, en: Back}\n"
            "        feedback: {id: Lagi, en: Again}\n        next: a\n  b:\n",
        ),
    ),
    Descriptor(
        "B039",
        "cue-bias",
        WARNING,
        "Naive strategies reach the best ending",
        (
            "the best ending '{ending}' is reached without judgement: {said}",
            "akhir terbaik '{ending}' tercapai tanpa pertimbangan: {said}",
        ),
        (
            "make each option as long and as detailed as the others, give the tempting ones a real reason, "
            "and let the best ending need good choices at several decisions; `python run_game.py analyze "
            "FILE --cues` shows every strategy with 200 runs",
            "buat setiap opsi sama panjang dan sama rinci, beri opsi yang menggoda alasan yang nyata, dan "
            "buat akhir terbaik memerlukan pilihan baik di beberapa keputusan; `python run_game.py analyze "
            "FILE --cues` menampilkan setiap strategi dengan 200 kali main",
        ),
        doc="`validate` plays naive strategies through the game (always the longest option in each "
        "language, always the first shown, always the shortest, always the one with the most meeting "
        "words such as musyawarah, rapat, warga, bersama; and random), 20 seeded runs each, and one of "
        "them reaches the best ending in more than 20% of its runs: the scenario can be won without "
        "judging the situation. Fix: let the best ending need good choices at several decisions (and low "
        "solo work), not one. `python run_game.py analyze FILE --cues` shows every strategy over 200 "
        'runs; "Checking for cue bias" in `docs/authoring.md` explains how to read it.',
        no_example="validate plays the strategies (game/analysis/cues.py); the loader does not",
    ),
    Descriptor(
        "B086",
        "long-right-option",
        WARNING,
        "The option without a misconception is much the longest",
        (
            "at node '{node_id}' the untagged option '{choice_id}' is {times:.1f}x as long ({lang}) "
            "as every other option",
            "di node '{node_id}' opsi tanpa tag '{choice_id}' {times:.1f}x lebih panjang ({lang}) "
            "daripada opsi lainnya",
        ),
        (
            "trainees learn to pick the longest option: match the options in length and detail, "
            "and give each tempting one the reason a real Kabid would have for it",
            "peserta cepat belajar memilih opsi terpanjang: samakan panjang dan rincian opsi, dan beri "
            "setiap opsi yang menggoda alasan yang masuk akal bagi seorang Kabid",
        ),
        doc="At a node, the option without a misconception tag is more than 1.3 times as long as every "
        "other option (and at least 20 characters longer), in Indonesian or in English: players learn "
        'quickly that "the long, careful one" is right. Fix: write options of similar length and detail; '
        'give every tempting option the reason a real Kabid would have for it ("Musdes tinggal tiga '
        'minggu, daftar dari data Indeks Desa sudah jelas").',
        example=Example(
            _FIRST,
            _TAGGED
            + "      - text: {id: Ajak warga bersama kader posyandu dan semua ketua RT, en: Invite residents"
            " with the health volunteers and all RT heads}\n",
        ),
    ),
    Descriptor(
        "B087",
        "telltale-word",
        WARNING,
        "One word gives a misconception's options away",
        (
            "'{word}' ({lang}) is in {hits} of the {total} {tag} options and in only {elsewhere} of the "
            "{others} others",
            "'{word}' ({lang}) ada di {hits} dari {total} opsi {tag} dan hanya di {elsewhere} dari {others} "
            "opsi lain",
        ),
        (
            "the word alone gives the {tag} options away: say what the option does in other words, so the "
            "mistake shows only in what it means in this situation",
            "kata itu saja sudah membocorkan opsi {tag}: ungkapkan dengan kata lain apa yang dilakukan opsi "
            "itu, agar kesalahannya hanya terlihat dari maknanya dalam situasi ini",
        ),
        doc="One word is in most of the options of one misconception and rare elsewhere, e.g. `sendiri` "
        "in the `solo_work` options or `yourself` in their English texts: the word alone gives them away. "
        "Fix: say what the option does in its own words rather than with the word that names the mistake.",
        example=Example(
            _FIRST,
            _SOLO.format(id="Tulis sendiri laporan", en="Write the report alone")
            + _SOLO.format(id="Hitung sendiri anggaran", en="Count the budget alone")
            + _SOLO.format(id="Datangi sendiri kepala desa", en="Visit the head alone")
            + _FIRST,
        ),
    ),
)
