"""Pre/post misconception checks (NAME.check.yaml): the B200-B219 range.

A check's broken cases are data in tests/content/check_cases/, each naming the code and the line it
draws; so these descriptors have no example scenario."""

from __future__ import annotations

from .descriptor import ERROR, WARNING, Descriptor

_CASES = "a check file (NAME.check.yaml): its broken cases are in tests/content/check_cases/"

DESCRIPTORS = (
    Descriptor(
        "B200",
        "check-item-count",
        ERROR,
        "A check needs 6 to 9 items",
        (
            "the check has {n} item(s); it needs {low} to {high}",
            "cek ini berisi {n} soal; perlu {low} sampai {high}",
        ),
        (
            "fewer items cannot show a change for each misconception; more tire the trainee before "
            "the first scenario",
            "soal yang lebih sedikit tidak bisa menunjukkan perubahan tiap miskonsepsi; lebih banyak "
            "membuat peserta lelah sebelum skenario pertama",
        ),
        doc="Fix: write between 6 and 9 items under `items:`, two or three per misconception.",
        no_example=_CASES,
    ),
    Descriptor(
        "B201",
        "check-option-count",
        ERROR,
        "A check item needs 3 or 4 options",
        (
            "item '{item}' has {n} option(s); it needs {low} or {high}",
            "soal '{item}' berisi {n} pilihan; perlu {low} atau {high}",
        ),
        (
            "give one option without a misconception and two or three that each show one",
            "beri satu pilihan tanpa miskonsepsi dan dua atau tiga pilihan yang masing-masing "
            "menunjukkan satu miskonsepsi",
        ),
        doc="Fix: 3 or 4 options per item.",
        no_example=_CASES,
    ),
    Descriptor(
        "B202",
        "check-unknown-misconception",
        ERROR,
        "An option is tagged with a misconception the game does not know",
        ("'{tag}' is not a misconception tag", "'{tag}' bukan tag miskonsepsi"),
        (
            "use one of: {allowed}; write [] for an option that shows none",
            "pakai salah satu dari: {allowed}; tulis [] untuk pilihan yang tidak menunjukkan miskonsepsi",
        ),
        doc="The tags are `solo_work`, `quick_change` and `aid_dependency`; `misconceptions: []` marks an "
        "option that shows none.",
        no_example=_CASES,
    ),
    Descriptor(
        "B203",
        "check-unknown-duty",
        ERROR,
        "An item names a duty the game does not know",
        ("'{duty}' is not a duty", "'{duty}' bukan tugas Kabid yang dikenal"),
        ("use one of: {allowed}", "pakai salah satu dari: {allowed}"),
        doc="The duties are `needs_design`, `team_coordination`, `monitoring_evaluation` and `partnerships`.",
        no_example=_CASES,
    ),
    Descriptor(
        "B204",
        "check-duplicate-id",
        ERROR,
        "Two items, or two options of one item, share an id",
        ("the id '{id}' is used twice in {what}", "id '{id}' dipakai dua kali di {what}"),
        (
            "give each its own id: the records name the item and the option by it",
            "beri masing-masing id sendiri: catatan sesi menyebut soal dan pilihan dengan id itu",
        ),
        doc="Fix: rename one of them. Changing an id later makes older records of the check name an "
        "item that is gone, so choose ids once.",
        no_example=_CASES,
    ),
    Descriptor(
        "B205",
        "check-no-free-option",
        ERROR,
        "Every option of an item shows a misconception",
        (
            "every option of item '{item}' shows a misconception",
            "semua pilihan di soal '{item}' menunjukkan miskonsepsi",
        ),
        (
            "add the option a collaborative Kabid would choose, with misconceptions: []",
            "tambahkan pilihan yang akan diambil Kabid yang kolaboratif, dengan misconceptions: []",
        ),
        doc="A learner free of every misconception must have an answer. Fix: one option with "
        "`misconceptions: []`.",
        no_example=_CASES,
    ),
    Descriptor(
        "B206",
        "check-no-tagged-option",
        ERROR,
        "No option of an item shows a misconception",
        (
            "no option of item '{item}' shows a misconception, so it measures nothing",
            "tidak ada pilihan di soal '{item}' yang menunjukkan miskonsepsi, jadi soal ini tidak mengukur apa pun",
        ),
        (
            "tag the tempting options with what they show, e.g. misconceptions: [solo_work]",
            "beri tag pada pilihan yang menggoda sesuai yang ditunjukkannya, misalnya misconceptions: [solo_work]",
        ),
        doc="Fix: tag each tempting option with the misconception it shows.",
        no_example=_CASES,
    ),
    Descriptor(
        "B207",
        "check-misconception-not-covered",
        ERROR,
        "A misconception no item can show",
        (
            "no option of the check shows {tag}, so its change cannot be measured",
            "tidak ada pilihan di cek ini yang menunjukkan {tag}, jadi perubahannya tidak bisa diukur",
        ),
        (
            "give at least two items an option that shows {tag}",
            "beri sedikitnya dua soal sebuah pilihan yang menunjukkan {tag}",
        ),
        doc="The check measures the three misconceptions; each must be shown by some option.",
        no_example=_CASES,
    ),
    Descriptor(
        "B208",
        "check-duty-not-covered",
        WARNING,
        "A duty no item bears on",
        ("no item of the check bears on the duty {duty}", "tidak ada soal di cek ini tentang tugas {duty}"),
        (
            "set one item's duty: to {duty}, so the check covers the four duties",
            "isi duty: salah satu soal dengan {duty}, supaya cek ini mencakup keempat tugas",
        ),
        doc="A check covers the Kabid's four duties. Fix: give an item that duty.",
        no_example=_CASES,
    ),
    Descriptor(
        "B209",
        "check-no-misconceptions-key",
        ERROR,
        "An option does not say which misconceptions it shows",
        (
            "option {n} of item '{item}' has no 'misconceptions'",
            "pilihan {n} di soal '{item}' tidak memiliki 'misconceptions'",
        ),
        (
            "write misconceptions: [] when it shows none, or the tags it shows",
            "tulis misconceptions: [] bila tidak menunjukkan miskonsepsi, atau tag yang ditunjukkannya",
        ),
        doc="Every option says what it shows, even none (`[]`): a forgotten tag would count a mistaken "
        "answer as a right one.",
        no_example=_CASES,
    ),
    Descriptor(
        "B210",
        "check-long-free-option",
        WARNING,
        "The option without a misconception is much the longest",
        (
            "in item '{item}' the option without a misconception, '{option}', is {times:.1f}x as long "
            "({lang}) as every other option",
            "di soal '{item}' pilihan tanpa miskonsepsi, '{option}', {times:.1f}x lebih panjang ({lang}) "
            "daripada pilihan lain",
        ),
        (
            "a trainee learns to pick the longest option; give the others their reasons too, or shorten it",
            "peserta belajar memilih pilihan terpanjang; beri pilihan lain alasannya juga, atau persingkat",
        ),
        doc="As B086 for a scenario. Fix: match the options' lengths.",
        no_example=_CASES,
    ),
    Descriptor(
        "B211",
        "check-telltale-word",
        WARNING,
        "One word gives a misconception's options away",
        (
            "'{word}' ({lang}) is in {hits} of the {total} {tag} options and in only {elsewhere} of the "
            "{others} others",
            "'{word}' ({lang}) ada di {hits} dari {total} pilihan {tag} dan hanya di {elsewhere} dari "
            "{others} pilihan lain",
        ),
        (
            "say the same thing in the situation's own words, so the option is judged, not spotted",
            "ungkapkan hal yang sama dengan kata-kata situasinya sendiri, supaya pilihan dinilai, bukan ditebak",
        ),
        doc="As B087 for a scenario.",
        no_example=_CASES,
    ),
    Descriptor(
        "B212",
        "check-free-option-place",
        WARNING,
        "The option without a misconception is written in the same place too often",
        (
            "the option without a misconception is written {place} in {hits} of {total} items",
            "pilihan tanpa miskonsepsi ditulis di urutan {place} pada {hits} dari {total} soal",
        ),
        (
            "the window shuffles options, a printed check does not: vary where it is written",
            "jendela permainan mengacak urutan pilihan, cek yang dicetak tidak: ubah-ubah letaknya",
        ),
        doc="Authors tend to write the right option first. Fix: vary its place across items.",
        no_example=_CASES,
    ),
    Descriptor(
        "B213",
        "check-meeting-words-cue",
        WARNING,
        "The option without a misconception is the one with the meeting words",
        (
            "in {hits} of {total} items the option without a misconception is the one with the most "
            "meeting words (musyawarah, bersama, ...)",
            "pada {hits} dari {total} soal pilihan tanpa miskonsepsi adalah pilihan dengan kata rapat "
            "terbanyak (musyawarah, bersama, ...)",
        ),
        (
            "let tempting options meet and consult too (a meeting can be a way of doing it alone), and "
            "say the right one in concrete acts",
            "biarkan pilihan yang menggoda juga berisi rapat dan musyawarah (rapat pun bisa cara bekerja "
            "sendiri), dan tulis pilihan yang tepat sebagai tindakan nyata",
        ),
        doc="A trainee who learns that 'musyawarah' wins stops judging. Fix: put meeting words in "
        "tempting options too.",
        no_example=_CASES,
    ),
)
