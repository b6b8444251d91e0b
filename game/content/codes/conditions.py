"""A condition that cannot be read (B027): the message says what stops it, and the hint the likely fix.

Its hints are picked by content/build_values.condition_hint from what the condition looks like: a % on a
meter, curly quotes, comparisons written out in words, a flag compared with ya/benar, and more.
"""

from __future__ import annotations

from .descriptor import ERROR, Descriptor, Example

DESCRIPTORS = (
    Descriptor(
        "B027",
        "bad-condition",
        ERROR,
        "A condition that cannot be read",
        ("cannot read the condition '{source}': {problem}", "syarat '{source}' tidak bisa dibaca: {problem}"),
        (
            "write e.g. trust >= 50 and not road_paved (see Conditions in docs/authoring.md)",
            "tulis misalnya trust >= 50 and not road_paved (lihat bagian Syarat di docs/authoring.id.md)",
        ),
        hints={
            "empty": (
                "the condition is empty; a value starting with ! is read by YAML as a tag: write not x",
                "syaratnya kosong; nilai yang diawali ! dibaca YAML sebagai tag: tulis not x",
            ),
            "=>": (
                "did you mean >= ? (greater than or equal)",
                "mungkin maksudnya >= ? (lebih dari atau sama dengan)",
            ),
            "=<": (
                "did you mean <= ? (less than or equal)",
                "mungkin maksudnya <= ? (kurang dari atau sama dengan)",
            ),
            "unicode": (
                "write >=, <= and != with ordinary characters",
                "tulis >=, <= dan != dengan karakter biasa",
            ),
            "&": ("write `and` to join two conditions", "tulis `and` untuk menggabungkan dua syarat"),
            "|": ("write `or` for either of two conditions", "tulis `or` untuk salah satu dari dua syarat"),
            "=": (
                "use == to compare (a single = is not a comparison)",
                "pakai == untuk membandingkan (satu = bukan perbandingan)",
            ),
            "!": (
                "write `not` in front of a flag, e.g. not paket_bantuan",
                "tulis `not` di depan penanda, misalnya not paket_bantuan",
            ),
            "bukan": (
                "write `not` (or tidak) in front of a flag, e.g. not paket_bantuan",
                "tulis `not` (atau tidak) di depan penanda, misalnya not paket_bantuan",
            ),
            "chain": (
                "compare one thing at a time: 40 < x and x < 60",
                "bandingkan satu per satu: 40 < x and x < 60",
            ),
            "unclosed": (
                "every '(' needs a ')' that closes it: perhaps {fixed}",
                "setiap '(' perlu ditutup dengan ')': mungkin maksudnya {fixed}",
            ),
            "curly": (
                "curly quotes “ ” ‘ ’ (from a word processor) are not allowed in a condition; remove them: {fixed}",
                "tanda kutip melengkung “ ” ‘ ’ (dari pengolah kata) tidak boleh ada dalam syarat; hapus saja: {fixed}",
            ),
            "percent": (
                "meters are numbers from 0 to 100, without %: write {number}, not {number}%",
                "meter berupa angka 0 sampai 100, tanpa %: tulis {number}, bukan {number}%",
            ),
            "words": (
                "write the sign, not words (> for lebih dari, < for kurang dari, == for sama dengan): {fixed}",
                "tulis tandanya, bukan kata-kata (> untuk lebih dari, < untuk kurang dari, == untuk sama dengan): "
                "{fixed}",
            ),
            "flag-word": (
                "a yes/no flag is already true or false by itself: write just {fix}, without '{word}' "
                "({opposite} for the opposite)",
                "penanda ya/tidak sudah bernilai benar atau salah dengan sendirinya: tulis {fix} saja, tanpa "
                "'{word}' ({opposite} untuk kebalikannya)",
            ),
        },
        doc="A condition cannot be read; the column points at the place it stopped making sense.\n"
        "Mistake: `if: trust => 50` or `if: trust >= ` . Fix: `if: trust >= 50`. Signs, not words or %: "
        "`if: trust lebih dari 60` is `if: trust > 60`, `if: trust >= 60%` is `if: trust >= 60`; a yes/no "
        "flag stands alone: `if: rapat = ya` is `if: rapat`. See Conditions in "
        "`docs/authoring.md`.",
        example=Example("if: trust >= 50 and asked", "if: trust => 50"),
    ),
)
