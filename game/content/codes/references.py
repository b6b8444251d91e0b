"""Names that must refer to something declared: nodes, characters, locations, events, meters, flags."""

from __future__ import annotations

from .descriptor import ERROR, Descriptor, Example

DESCRIPTORS = (
    Descriptor(
        "B020",
        "unknown-node",
        ERROR,
        "A reference to a node that does not exist",
        ("there is no node '{target}'", "tidak ada node '{target}'"),
        (
            "add a node '{target}' under nodes:, or use END to finish",
            "tambahkan node '{target}' di bawah nodes:, atau pakai END untuk selesai",
        ),
        hints={"start": ("set 'start' to the id of the first node", "isi 'start' dengan id node pertama")},
        doc="A `next`, `start`, `otherwise`, `at` or event `next` names a node that does not exist.\n"
        "Mistake: `next: musdes2`. Fix: use an existing node id, add the node, or `next: END` to finish.",
        example=Example("        next: b\n", "        next: bb\n"),
    ),
    Descriptor(
        "B101",
        "empty-next",
        ERROR,
        "A next with nothing after it",
        ("'next' is empty", "'next' kosong"),
        (
            "write where the story goes after this choice: a node id (such as {nodes}) or END to finish",
            "tulis ke mana cerita berlanjut sesudah pilihan ini: id sebuah node (misalnya {nodes}) atau END "
            "untuk selesai",
        ),
        doc="Mistake: `next:` with nothing after it (or only a comment). Fix: `next: musdes`, the id of the "
        "node that comes next, or `next: END` to finish the scenario.",
        example=Example("        next: b\n", "        next:\n"),
    ),
    Descriptor(
        "B090",
        "empty-start",
        ERROR,
        "The start names no node",
        ("'start' is empty", "'start' kosong"),
        ("set 'start' to the id of the first node", "isi 'start' dengan id node pertama"),
        doc="Mistake: `start:` with nothing after it (or only a comment). Fix: `start: kantor`, the id of "
        "the node the story begins at.",
        example=Example("start: a", "start:"),
    ),
    Descriptor(
        "B021",
        "unknown-character",
        ERROR,
        "A reference to a character that does not exist",
        ("there is no character '{target}'", "tidak ada tokoh '{target}'"),
        (
            "declare '{target}' under characters:, or leave out speaker",
            "deklarasikan '{target}' di bawah characters:, atau hapus speaker",
        ),
        hints={
            "coach": ("the coach must be one of the characters", "coach harus salah satu tokoh"),
            "stakeholder": (
                "a trust meter's stakeholder must be a character id",
                "stakeholder meter kepercayaan harus id seorang tokoh",
            ),
        },
        doc="A line's `speaker` (or a trust meter's `stakeholder`, or the `coach`) is not declared under "
        "`characters:`. Fix: declare it, or leave out `speaker` for narration.",
        example=Example("speaker: wati", "speaker: tini"),
    ),
    Descriptor(
        "B022",
        "unknown-location",
        ERROR,
        "A reference to a location that does not exist",
        ("there is no location '{target}'", "tidak ada lokasi '{target}'"),
        ("declare '{target}' under locations:", "deklarasikan '{target}' di bawah locations:"),
        doc="A node's `location` is not declared under `locations:`. Fix: declare it.",
        example=Example("location: balai", "location: pasar"),
    ),
    Descriptor(
        "B023",
        "unknown-event",
        ERROR,
        "A reference to an event that does not exist",
        ("there is no event '{target}'", "tidak ada kejadian '{target}'"),
        ("declare '{target}' under events:", "deklarasikan '{target}' di bawah events:"),
        doc="A choice schedules an event that is not declared under `events:`. Fix: declare it, or fix "
        "the id.",
        example=Example(
            "        time: 1 week\n",
            "        time: 1 week\n        schedule: [{event: panen, after: 1 month}]\n",
        ),
    ),
    Descriptor(
        "B024",
        "undeclared-meter",
        ERROR,
        "An effect on a meter that is not declared",
        ("meter '{meter}' is not declared", "meter '{meter}' belum dideklarasikan"),
        (
            "declare it under meters: with a label, start, min and max",
            "deklarasikan di bawah meters: dengan label, start, min dan max",
        ),
        doc="An effect changes a meter that is not declared.\n"
        "Mistake: `effects: {kepercayaan: 5}` when the meter is `kepercayaan_warga`.\n"
        "Fix: use the declared id, or declare the meter under `meters:` with `label`, `start`, `min`, `max`.",
        example=Example("effects: {trust: 5}", "effects: {trusst: 5}"),
    ),
    Descriptor(
        "B025",
        "unknown-name",
        ERROR,
        "A condition uses a name that is neither a meter nor a flag",
        (
            "the condition '{source}' uses '{name}', which is not a meter or a flag any choice sets",
            "syarat '{source}' memakai '{name}', padahal itu bukan meter dan bukan penanda yang diisi pilihan mana pun",
        ),
        (
            "declare a meter with that id, or set the flag in some choice with set: {{{name}: true}}",
            "deklarasikan meter dengan id itu, atau isi penanda itu di salah satu pilihan dengan set: {{{name}: true}}",
        ),
        hints={
            "flag-word": (
                "'{name}' is not a value a condition knows, and a yes/no flag is already true or false by "
                "itself: write just {fix} ({opposite} for the opposite)",
                "'{name}' bukan nilai yang dikenal syarat, dan penanda ya/tidak sudah bernilai benar atau salah "
                "dengan sendirinya: tulis {fix} saja ({opposite} untuk kebalikannya)",
            ),
            "yes-no-word": (
                "'{name}' is not a value a condition knows: write a yes/no flag alone, e.g. paket_bantuan, "
                "or not paket_bantuan for the opposite",
                "'{name}' bukan nilai yang dikenal syarat: tulis penanda ya/tidak itu saja, misalnya paket_bantuan, "
                "atau not paket_bantuan untuk kebalikannya",
            ),
        },
        doc="A condition uses a name that is neither a meter, a flag that some choice or event sets, nor "
        "`turn`, `day`, `month`. Mistake: `if: trusst >= 60`. Fix: `if: trust >= 60`. A yes/no word is no "
        "value either: for `if: rapat == benar` write `if: rapat` (or `if: not rapat`).",
        example=Example("if: trust >= 50 and asked", "if: trusst >= 50 and asked"),
    ),
    Descriptor(
        "B028",
        "compare-mismatch",
        ERROR,
        "A condition compares a meter (a number) with text",
        (
            "'{source}' compares the number '{name}' with the text '{text}'",
            "'{source}' membandingkan angka '{name}' dengan teks '{text}'",
        ),
        ("remove the quotes: {name} {op} {text}", "hapus tanda kutipnya: {name} {op} {text}"),
        doc="A quoted value is text, and a number is never equal to a text.\n"
        "Mistake: `if: moral_kader >= '50'`. Fix: `if: moral_kader >= 50`.",
        example=Example("if: trust >= 50 and asked", "if: trust >= '50' and asked"),
    ),
    Descriptor(
        "B080",
        "flag-compare-text",
        ERROR,
        "A condition compares a yes/no flag with text",
        (
            "'{source}' compares the yes/no flag '{name}' with the text '{text}'",
            "'{source}' membandingkan penanda ya/tidak '{name}' dengan teks '{text}'",
        ),
        (
            "write {name} (true when set) or not {name}",
            "tulis {name} (benar bila sudah diisi) atau not {name}",
        ),
        doc="Mistake: `if: paket_bantuan == 'true'`. Fix: `if: paket_bantuan` or `if: not paket_bantuan`.",
        example=Example("if: trust >= 50 and asked", "if: trust >= 50 and asked == 'true'"),
    ),
    Descriptor(
        "B029",
        "set-meter",
        ERROR,
        "`set` used on a meter",
        ("'{flag}' is a meter; `set` only sets flags", "'{flag}' adalah meter; `set` hanya untuk penanda"),
        (
            "change a meter with effects, e.g. effects: {{{flag}: 10}}",
            "ubah meter dengan effects, misalnya effects: {{{flag}: 10}}",
        ),
        doc="`set` gives flags a value; it does not change meters. Mistake: `set: {moral_kader: 75}`.\n"
        "Fix: `effects: {moral_kader: 10}` (meters change by amounts).",
        example=Example("set: {asked: true}", "set: {asked: true, trust: 75}"),
    ),
)
