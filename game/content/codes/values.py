"""The shape of the YAML: maps, lists, keys, numbers, yes/no values and texts in two languages."""

from __future__ import annotations

from .descriptor import ERROR, WARNING, Descriptor, Example

DESCRIPTORS = (
    Descriptor(
        "B010",
        "wrong-type",
        ERROR,
        "A value has the wrong shape",
        ("{what} must be {expected}, but it is {got}", "{what} seharusnya {expected}, tetapi ini {got}"),
        (
            "check the indentation and the example in docs/authoring.md",
            "periksa indentasi dan contoh di docs/authoring.id.md",
        ),
        hints={
            "braces": (
                "write a list in square brackets: [{items}]",
                "tulis daftar dengan kurung siku: [{items}]",
            )
        },
        doc="A list where a map belongs, a map where one value belongs, or the other way round.\n"
        "Mistake: `effects: [2, 10]` (a list) where a map is expected.\n"
        "Fix: `effects: {collaboration: 2, kepercayaan_warga: 10}`.\n"
        "A list in curly braces, `misconceptions: {solo_work}`, is a map: write `[solo_work]`.",
        example=Example("effects: {trust: 5}", "effects: [5]"),
    ),
    Descriptor(
        "B055",
        "key-not-word",
        ERROR,
        "A key that is not a plain word",
        ("a key in {what} must be a plain word", "kunci di {what} harus berupa kata biasa"),
        (
            "write a word before the colon, e.g. text: or next:",
            "tulis satu kata sebelum titik dua, misalnya text: atau next:",
        ),
        doc="Mistake: `[a, b]: x` or `: x`. Fix: a plain word before the colon.",
        example=Example("  wati: {name: Bu Wati}", "  wati: {name: Bu Wati}\n  ? [a, b]\n  : {name: X}"),
    ),
    Descriptor(
        "B056",
        "duplicate-key",
        ERROR,
        "A key written twice in one map",
        ("'{key}' appears twice in {what}", "'{key}' tertulis dua kali di {what}"),
        ("remove one of the two, or merge them", "hapus salah satunya, atau gabungkan keduanya"),
        doc="Only one of the two would be used. Fix: remove one, or merge them.",
        example=Example("        time: 1 week\n", "        time: 1 week\n        time: 2 weeks\n"),
    ),
    Descriptor(
        "B011",
        "unknown-key",
        ERROR,
        "A key the format does not know",
        ("unknown key '{key}' in {what}", "kunci '{key}' tidak dikenal di {what}"),
        ("the keys allowed here are: {allowed}", "kunci yang boleh dipakai di sini: {allowed}"),
        doc="A key the format does not know, usually a typo. Mistake: `nxet: musdes`. Fix: `next: "
        "musdes`. The hint suggests the nearest key; the reference in `docs/authoring.md` lists them all.",
        example=Example("        time: 1 week", "        tiem: 1 week"),
    ),
    Descriptor(
        "B012",
        "missing-key",
        ERROR,
        "A required key is missing",
        ("{what} has no '{key}'", "{what} tidak memiliki '{key}'"),
        ("add '{key}:' to {what}", "tambahkan '{key}:' ke {what}"),
        doc="Something required is missing: a scenario's `id`, `title`, `start`..., a choice's `text`, "
        "a node's `choices`. Fix: add the key the message names.",
        example=Example("minutes: 5\n", ""),
    ),
    Descriptor(
        "B013",
        "duplicate-id",
        ERROR,
        "Two things share one id",
        ("the id '{id}' is used twice in {what}", "id '{id}' dipakai dua kali di {what}"),
        ("give each one its own id", "beri masing-masing id sendiri"),
        hints={
            "other-line": (
                "the other one is at line {line}; give each its own id",
                "yang lain ada di baris {line}; beri masing-masing id sendiri",
            )
        },
        doc="Two nodes, events, endings or choices share one id. Only one of them would be used. "
        "Fix: rename one.",
        example=Example("  - id: other\n", "  - id: done\n"),
    ),
    Descriptor(
        "B058",
        "control-character",
        ERROR,
        "An invisible control character in a text",
        (
            "{what} contains an invisible control character (U+{char})",
            "{what} berisi karakter kendali yang tidak terlihat (U+{char})",
        ),
        (
            "delete it (in a quoted text, escapes such as \\0, \\a or \\x1b write such characters); "
            "write only letters, digits, punctuation and spaces",
            "hapus karakter itu (di teks berkutip, \\0, \\a atau \\x1b menuliskan karakter seperti itu); "
            "tulis hanya huruf, angka, tanda baca dan spasi",
        ),
        doc="No font draws these characters, and in a terminal some are escape codes. Fix: delete it.",
        example=Example("{id: Halo, en: Hello}", '{id: "Ha\\alo", en: Hello}'),
    ),
    Descriptor(
        "B059",
        "not-a-number",
        ERROR,
        "A word where a number belongs",
        ("{what} must be a number, not '{value}'", "{what} harus berupa angka, bukan '{value}'"),
        ("write a number such as 5, -2 or 0.5", "tulis angka seperti 5, -2 atau 0.5"),
        hints={
            "percent": (
                "write a fraction without %: {percent} is {fraction}",
                "tulis pecahan tanpa %: {percent} sama dengan {fraction}",
            ),
            "percent-points": (
                "write the number without %: {number}; a meter counts in its own points (its min to max, "
                "e.g. 0 to 100), not in percent",
                "tulis angkanya tanpa %: {number}; meter dihitung dengan poinnya sendiri (dari min sampai "
                "max, misalnya 0 sampai 100), bukan persen",
            ),
            "comma": ("use a dot for decimals: {fixed}", "pakai titik untuk desimal: {fixed}"),
            "comma-braces": (
                "use a dot for decimals: {fixed}; inside {{ }} a comma separates key: value pairs, so "
                "{value} was read as {whole} and a new key '{second}'",
                "pakai titik untuk desimal: {fixed}; di dalam {{ }} koma memisahkan pasangan kunci: nilai, "
                "jadi {value} terbaca sebagai {whole} dan kunci baru '{second}'",
            ),
            "fraction": (
                "write a chance as a number from 0 (never) to 1 (always), e.g. 0.5 for half the time",
                "tulis peluang sebagai angka dari 0 (tidak pernah) sampai 1 (selalu), misalnya 0.5 untuk "
                "separuh kemungkinan",
            ),
            "fraction-word": (
                "write a chance as a number from 0 (never) to 1 (always): '{word}' is {fraction}",
                "tulis peluang sebagai angka dari 0 (tidak pernah) sampai 1 (selalu): '{word}' ditulis {fraction}",
            ),
            "comma-braces-thousands": (
                "inside {{ }} a comma separates key: value pairs, so {value} was read as {whole} and a new "
                "key '{second}'; for thousands write {thousands} (no separator); if you mean "
                "{decimal}, write {fixed}",
                "di dalam {{ }} koma memisahkan pasangan kunci: nilai, jadi {value} terbaca sebagai {whole} "
                "dan kunci baru '{second}'; untuk ribuan tulis {thousands} (tanpa pemisah); kalau "
                "maksudnya {decimal}, tulis {fixed}",
            ),
            "comma-thousands": (
                "for thousands write {thousands}, with no separator; if you mean {decimal}, write {decimal}",
                "untuk ribuan tulis {thousands}, tanpa pemisah; kalau maksudnya {decimal}, tulis {decimal}",
            ),
            "thousands": (
                "write the number without separators: {thousands}",
                "tulis angkanya tanpa pemisah ribuan: {thousands}",
            ),
            "unit": (
                "write the number alone, without '{unit}': {number}",
                "tulis angkanya saja, tanpa '{unit}': {number}",
            ),
            "unit-minutes": (
                "write the number of minutes alone: {number} ({value} is {number} minutes)",
                "tulis jumlah menitnya saja: {number} ({value} sama dengan {number} menit)",
            ),
        },
        doc="Mistake: `start: lima puluh`, `probability: 30%`, `effects: {trust: 2,5}` (in braces the "
        "comma would part two entries), `minutes: 2 menit`.\n"
        "Fix: `start: 50`, `probability: 0.3`, `effects: {trust: 2.5}`, `minutes: 2`.",
        example=Example("effects: {trust: 5}", "effects: {trust: banyak}"),
    ),
    Descriptor(
        "B060",
        "not-whole-number",
        ERROR,
        "A fraction where a whole number belongs",
        ("{what} must be a whole number, not {value}", "{what} harus bilangan bulat, bukan {value}"),
        ("write it without decimals, e.g. 20", "tulis tanpa desimal, misalnya 20"),
        doc="Mistake: `minutes: 7.5`. Fix: `minutes: 8`.",
        example=Example("minutes: 5", "minutes: 5.5"),
    ),
    Descriptor(
        "B061",
        "not-yes-no",
        ERROR,
        "A value that should be true or false",
        ("{what} must be true or false, not '{value}'", "{what} harus true atau false, bukan '{value}'"),
        ("write true or false (ya and tidak work too)", "tulis true atau false (ya dan tidak juga bisa)"),
        doc="Mistake: `best: mungkin`. Fix: `best: true`.",
        example=Example("  - id: done\n", "  - id: done\n    best: mungkin\n"),
    ),
    Descriptor(
        "B062",
        "number-out-of-range",
        ERROR,
        "A number too large to be meant",
        ("{what} is out of range ({value})", "{what} di luar batas ({value})"),
        ("use a number between -1e9 and 1e9", "pakai angka antara -1e9 dan 1e9"),
        doc="Fix: a number between -1,000,000,000 and 1,000,000,000.",
        example=Example("effects: {trust: 5}", "effects: {trust: 5e12}"),
    ),
    Descriptor(
        "B040",
        "missing-translation",
        WARNING,
        "A text is missing one of its two languages",
        ("{what} has no {lang} text", "{what} belum punya teks {lang}"),
        (
            "add '{key}:' with the translation; until then the other language is shown",
            "tambahkan '{key}:' dengan terjemahannya; sementara itu bahasa yang lain ditampilkan",
        ),
        hints={
            "plain": (
                'write it as {{id: "Bahasa Indonesia", en: "English"}}',
                'tulis sebagai {{id: "Bahasa Indonesia", en: "English"}}',
            )
        },
        doc="A text has only Indonesian or only English. The game shows the other language meanwhile.\n"
        "Mistake: `text: Selamat pagi` or `text: {id: Selamat pagi}`.\n"
        "Fix: `text: {id: Selamat pagi, en: Good morning}`.",
        example=Example("{id: Halo, en: Hello}", "{id: Halo}"),
    ),
    Descriptor(
        "B063",
        "empty-text",
        ERROR,
        "A text with neither language",
        ("{what} is empty", "{what} kosong"),
        (
            "write the text in Indonesian (id) and English (en)",
            "tulis teksnya dalam bahasa Indonesia (id) dan bahasa Inggris (en)",
        ),
        doc='Mistake: `text: {id: "", en: ""}`. Fix: write both.',
        example=Example("{id: Halo, en: Hello}", '{id: "", en: ""}'),
    ),
    Descriptor(
        "B038",
        "unknown-placeholder",
        ERROR,
        "A text has a brace that is not {sapaan} or {tanggal}",
        ("{what}: {problem}", "{what}: {problem}"),
        (
            "the placeholders are {{sapaan}} (Pak/Bu, as the player chose) and {{tanggal}} (the story's "
            "date); write {{{{ and }}}} for a brace that should show as it is",
            "placeholder yang ada: {{sapaan}} (Pak/Bu, sesuai pilihan pemain) dan {{tanggal}} (tanggal "
            "dalam cerita); tulis {{{{ dan }}}} untuk kurung kurawal yang ingin ditampilkan apa adanya",
        ),
        doc="A text contains a brace the game cannot fill. The placeholders are `{sapaan}` (how the "
        "player is addressed: Pak or Bu, as the player chose at the name screen; neutral: Bapak/Ibu) and "
        "`{tanggal}` (the story's date, e.g. 14 Agustus 2026). Check the spelling, or write `{{` and `}}` "
        "for a brace that should show as it is.",
        example=Example("{id: Halo, en: Hello}", '{id: "Halo {sapan}", en: Hello}'),
    ),
    Descriptor(
        "B095",
        "dot-thousands",
        WARNING,
        "A dot between groups of three digits makes a decimal, not thousands",
        (
            "{what} is '{value}', which is read as {read}: a dot is a decimal point here, not a thousands "
            "separator",
            "{what} ditulis '{value}', yang terbaca sebagai {read}: titik di sini adalah tanda desimal, bukan "
            "pemisah ribuan",
        ),
        (
            "for thousands write {thousands}, with no dot; if you mean {read}, write {read}",
            "untuk ribuan tulis {thousands}, tanpa titik; kalau maksudnya {read}, tulis {read}",
        ),
        doc="Mistake: `effects: {trust: 1.000}` meaning a thousand, as Indonesian writes it; the file "
        "reads it as 1. Fix: `1000` (no separator), or `1` if one was meant. `1.000.000` and `1,000` are "
        "no numbers at all (B059), and the hint says how to write them.",
        example=Example("effects: {trust: 5}", "effects: {trust: 1.000}"),
    ),
    Descriptor(
        "B100",
        "text-cut-at-hash",
        WARNING,
        "A text is cut short where ' #' starts a comment",
        (
            "{what} stops at ' #': YAML reads '{dropped}' as a comment, so the text is only '{kept}'",
            "{what} terpotong di ' #': YAML membaca '{dropped}' sebagai komentar, jadi teksnya hanya '{kept}'",
        ),
        (
            "put the whole text in quotes: \"{kept} {dropped}\"",
            "beri tanda kutip pada seluruh teks: \"{kept} {dropped}\"",
        ),
        doc="Mistake: `id: Bu Wati (KWT #2)`, where ` #` starts a YAML comment and the name becomes "
        "`Bu Wati (KWT`. Fix: quote the text, `id: \"Bu Wati (KWT #2)\"`. A `#` without a space "
        "before it (`KWT#2`) is kept.",
        example=Example(
            "        text: {id: Halo, en: Hello}",
            "        text:\n          id: Halo dari Bu Wati (KWT #2)\n          en: Hello",
        ),
    ),
)
