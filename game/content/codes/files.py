"""Reading the file: it opens, it is UTF-8, it is well-formed YAML within the limits."""

from __future__ import annotations

from .descriptor import ERROR, Descriptor, Example

_FS = "a property of the file on disk, not of its text"

DESCRIPTORS = (
    Descriptor(
        "B001",
        "file-unreadable",
        ERROR,
        "The file cannot be read",
        ("cannot read the file: {why}", "berkas tidak bisa dibaca: {why}"),
        (
            "check the file name and that the file is not open in another program",
            "periksa nama berkasnya, dan pastikan berkas tidak sedang terbuka di program lain",
        ),
        doc="The file cannot be opened: a wrong path, or no permission to read it.\n"
        "Fix: check the path you typed.",
        no_example=_FS,
    ),
    Descriptor(
        "B045",
        "not-a-file",
        ERROR,
        "The path is not an ordinary file",
        (
            "this is not an ordinary file (a pipe, a device or a folder), so it is not read",
            "ini bukan berkas biasa (pipa, perangkat, atau folder), jadi tidak dibaca",
        ),
        ("save the scenario as an ordinary .yaml file", "simpan skenario sebagai berkas .yaml biasa"),
        doc="A pipe or a device would never finish reading. Fix: name an ordinary .yaml file.",
        no_example=_FS,
    ),
    Descriptor(
        "B046",
        "not-utf8",
        ERROR,
        "The file is not UTF-8 text",
        ("the file is not UTF-8 text", "berkas ini bukan teks UTF-8"),
        (
            "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
            "simpan ulang berkas dengan encoding UTF-8 (di kebanyakan editor: Save As, Encoding: UTF-8)",
        ),
        doc='Mistake: a file saved as "ANSI" or "Windows-1252" by an old editor.\n'
        "Fix: save it again with encoding UTF-8.",
        example=Example("Contoh, en: Example}", "Café, en: Example}", encoding="cp1252"),
    ),
    Descriptor(
        "B047",
        "no-such-path",
        ERROR,
        "A path given to validate does not exist",
        ("no such file or folder", "berkas atau folder ini tidak ada"),
        (
            "check the path; folders are searched for .yaml files",
            "periksa jalurnya; di dalam folder, semua berkas .yaml diperiksa",
        ),
        doc="Fix: check the spelling of the path, or give the folder that holds the scenarios.",
        no_example=_FS,
    ),
    Descriptor(
        "B048",
        "no-scenarios",
        ERROR,
        "A folder given to validate holds no scenario",
        ("this folder has no scenario files", "folder ini tidak berisi berkas skenario"),
        ("scenarios are files ending in .yaml or .yml", "skenario adalah berkas berakhiran .yaml atau .yml"),
        doc="Fix: give the folder that holds the scenarios, or save the scenario with the .yaml ending.",
        no_example=_FS,
    ),
    Descriptor(
        "B002",
        "file-too-large",
        ERROR,
        "The file is larger than the limit",
        (
            "the file is {kib} KiB; scenarios may be at most {limit} KiB",
            "berkas ini {kib} KiB; skenario paling besar {limit} KiB",
        ),
        (
            "split the story into two scenarios, or remove pasted material that is not part of it",
            "bagi cerita menjadi dua skenario, atau hapus tempelan yang bukan bagian dari cerita",
        ),
        doc="A scenario file may be at most 2 MiB. Nobody writes that much story by hand: the file "
        "probably has something pasted into it. Fix: remove it, or split the story into two scenarios.",
        no_example="two megabytes of text",
    ),
    Descriptor(
        "B054",
        "empty-file",
        ERROR,
        "The file is empty",
        ("the file is empty", "berkas ini kosong"),
        (
            "start from `python run_game.py new NAME`, or copy a scenario from scenarios/",
            "mulailah dari `python run_game.py new NAMA`, atau salin skenario dari scenarios/",
        ),
        doc="Fix: start from `python run_game.py new NAME`, or copy a scenario from `scenarios/`.",
        example=Example("", "# nothing yet\n"),
    ),
    Descriptor(
        "B003",
        "yaml-syntax",
        ERROR,
        "The YAML is not well-formed",
        ("the YAML cannot be read here: {cause}", "penulisan YAML di sini tidak bisa dibaca: {cause}"),
        (
            "check the indentation and the quotes on this line and the one before it",
            "periksa indentasi dan tanda kutip di baris ini dan baris sebelumnya",
        ),
        hints={
            "tab": (
                "this line is indented with a Tab; YAML needs spaces (set your editor to insert spaces)",
                "baris ini diindentasi dengan Tab; YAML memerlukan spasi (atur editor agar menyisipkan spasi)",
            ),
            "nbsp": (
                "a non-breaking space (often pasted from Word) is hiding here; retype the spaces",
                "ada spasi khusus (non-breaking space, sering tertempel dari Word) di sini; ketik ulang spasinya",
            ),
            "curly-quotes": (
                "curly quotes (\u201c \u201d, from Word) do not count as quotes in YAML; "
                "use straight quotes \" or '",
                "tanda kutip melengkung (\u201c \u201d, dari Word) tidak dianggap tanda kutip oleh YAML; "
                "pakai kutip lurus \" atau '",
            ),
            "unclosed": (
                "a quote or bracket opened on or before this line is never closed",
                "ada tanda kutip atau kurung yang dibuka di baris ini atau sebelumnya tetapi tidak ditutup",
            ),
            "colon": (
                "a text containing ': ' must be quoted, e.g. text: \"Kata Pak Kades: setuju\"",
                "teks yang berisi ': ' harus diberi tanda kutip, misalnya text: \"Kata Pak Kades: setuju\"",
            ),
            "document": (
                "a line '---' starts a second document; a scenario is one document, remove it",
                "baris '---' memulai dokumen kedua; satu skenario hanya satu dokumen, hapus baris itu",
            ),
            "special": (
                "'*', '&' and '!' have a special meaning in YAML; put the text in quotes",
                "'*', '&' dan '!' punya arti khusus di YAML; beri tanda kutip pada teksnya",
            ),
            "flow": (
                "inside {{ }}, separate the parts with commas and put a text that has ':' or an apostrophe "
                'in double quotes: {{id: "Kata Pak Kades: setuju", en: "The head\'s answer: yes"}}',
                "di dalam {{ }}, pisahkan bagian-bagiannya dengan koma, dan beri tanda kutip ganda pada teks "
                'yang berisi \':\' atau apostrof: {{id: "Kata Pak Kades: setuju", en: "The head\'s answer: yes"}}',
            ),
            "no-colon": (
                "write 'key: value' with a space after the colon; a text over several lines needs quotes "
                "around all of it",
                "tulis 'kunci: nilai' dengan spasi setelah titik dua; teks yang lebih dari satu baris harus "
                "diapit tanda kutip seluruhnya",
            ),
            "dash": (
                "each item of a list starts with '- ' (a dash and a space), all at the same indentation",
                "setiap butir daftar diawali '- ' (tanda minus dan spasi), semuanya dengan indentasi yang sama",
            ),
            "quote-whole": (
                "put the whole text in quotes, with the other kind of quote inside: "
                "text: '\"Halo\" kata Pak Kades'",
                "beri tanda kutip pada seluruh teks, dengan jenis kutip yang lain di dalamnya: "
                "text: '\"Halo\" kata Pak Kades'",
            ),
            "reserved": (
                "'@', '`' and '%' cannot start a value in YAML; put the text in quotes",
                "'@', '`' dan '%' tidak boleh mengawali nilai di YAML; beri tanda kutip pada teksnya",
            ),
            "escape": (
                "use single quotes ('C:\\data') or write each backslash twice (\\\\)",
                "pakai kutip tunggal ('C:\\data') atau tulis setiap garis miring terbalik dua kali (\\\\)",
            ),
            "indent": (
                "check that this line is indented like its neighbours, and that quotes and brackets are closed",
                "periksa apakah baris ini diindentasi sama dengan baris di sekitarnya, dan apakah tanda "
                "kutip dan kurung sudah ditutup",
            ),
            "quote-in-quote": (
                "use 'single' quotes inside a text in double quotes: {fixed}, or write each inner double "
                'quote as \\"',
                "pakai kutip 'tunggal' di dalam teks yang diapit kutip ganda: {fixed}, atau tulis setiap "
                'kutip ganda di dalamnya sebagai \\"',
            ),
            "dash-space": (
                "write '- ' with a space after the dash: '{fixed}'",
                "tulis '- ' dengan spasi setelah tanda minus: '{fixed}'",
            ),
        },
        doc="The file is not well-formed YAML, so nothing in it can be checked yet.\n"
        "Mistake:\n```\ntext: Kata Pak Kades: setuju\n```\n"
        "Fix: quote text that contains `: ` or starts with `*`, `&`, `!`, `[`, `{`, `#`, `@`:\n"
        '```\ntext: "Kata Pak Kades: setuju"\n```\n'
        "Also check indentation: use spaces, never tabs, and indent a block further than its key.",
        example=Example("text: {id: Halo, en: Hello}", "text: Kata Pak Kades: setuju"),
    ),
    Descriptor(
        "B049",
        "control-character-in-file",
        ERROR,
        "An invisible control character the YAML reader refuses",
        (
            "the file contains an invisible control character (code {char})",
            "berkas ini berisi karakter kendali yang tidak terlihat (kode {char})",
        ),
        (
            "delete and retype this part of the line; it was probably pasted from another program",
            "hapus dan ketik ulang bagian baris ini; kemungkinan tertempel dari program lain",
        ),
        doc="Fix: delete and retype the part of the line the column points at.",
        example=Example("{id: Halo, en: Hello}", "{id: Ha\x0blo, en: Hello}"),
    ),
    Descriptor(
        "B004",
        "yaml-alias",
        ERROR,
        "Anchors and aliases are not allowed",
        (
            "this value is an alias (*name) of another part of the file",
            "nilai ini adalah alias (*nama) dari bagian lain berkas",
        ),
        (
            "write the value out in full; scenarios do not support YAML anchors (&) and aliases (*)",
            "tulis nilainya secara lengkap; skenario tidak mendukung anchor (&) dan alias (*) YAML",
        ),
        doc="YAML anchors (`&name`) and aliases (`*name`) are refused: they make files hard to read for "
        "the next trainer, and they can be abused to make a tiny file explode in memory. Fix: write the "
        "value out.",
        example=Example(
            "summary: {id: Ringkasan, en: Summary}", "summary: &s {id: Ringkasan, en: Summary}\ncoach: *s"
        ),
    ),
    Descriptor(
        "B005",
        "text-too-long",
        ERROR,
        "A text longer than 4,000 characters",
        (
            "{what} is {length} characters long (at most {limit})",
            "{what} panjangnya {length} karakter (paling banyak {limit})",
        ),
        (
            "shorten it, or split it over several lines of dialogue",
            "persingkat, atau bagi menjadi beberapa baris dialog",
        ),
        doc="Fix: split long text into several lines of dialogue.",
        example=Example("{id: Halo, en: Hello}", "{id: " + "panjang " * 520 + ", en: Hello}"),
    ),
    Descriptor(
        "B051",
        "too-deep",
        ERROR,
        "The file nests deeper than 32 levels",
        (
            "the file nests deeper than {limit} levels",
            "berkas ini bersarang lebih dalam dari {limit} tingkat",
        ),
        (
            "check the indentation: a scenario never needs this much nesting",
            "periksa indentasi: skenario tidak pernah memerlukan sarang sedalam ini",
        ),
        doc="Fix: check the indentation; a scenario never needs more than a few levels.",
        example=Example("minutes: 5", "minutes: 5\nnotes: " + "[" * 40 + "]" * 40),
    ),
    Descriptor(
        "B052",
        "too-many-values",
        ERROR,
        "The file has more than 400,000 YAML values",
        (
            "the file has more than {limit} YAML values",
            "berkas ini memiliki lebih dari {limit} nilai YAML",
        ),
        ("split the story into smaller scenarios", "bagi cerita menjadi beberapa skenario yang lebih kecil"),
        doc="Fix: split the story into smaller scenarios.",
        no_example="400,000 values make a slow example",
    ),
    Descriptor(
        "B053",
        "too-many-nodes",
        ERROR,
        "More than 10,000 nodes",
        (
            "the scenario has {count} nodes (at most {limit})",
            "skenario ini memiliki {count} node (paling banyak {limit})",
        ),
        ("split it into several scenarios", "bagi menjadi beberapa skenario"),
        doc="Fix: split the story into several scenarios.",
        no_example="10,000 nodes make a slow example",
    ),
    # well-formed YAML that reads otherwise than the trainer meant
    Descriptor(
        "B097",
        "text-split-by-commas",
        ERROR,
        "Commas inside { } split a text into keys",
        (
            "the commas split {what} into pieces: inside {{ }} a comma ends a text, so YAML reads "
            "'{piece}' as a new key",
            "koma memotong {what} menjadi beberapa bagian: di dalam {{ }} koma mengakhiri teks, jadi YAML "
            "membaca '{piece}' sebagai kunci baru",
        ),
        (
            'put the whole text in straight double quotes, so its commas stay in it: id: "Halo, semua warga"',
            "apit seluruh teks dengan tanda kutip ganda lurus agar komanya tetap di dalam teks: "
            'id: "Halo, semua warga"',
        ),
        hints={
            "curly": (
                "curly quotes (\u201c \u201d, from Word) are not quotes for YAML, so the commas split the "
                'text: replace \u201c \u201d with straight double quotes "',
                "tanda kutip melengkung (\u201c \u201d, dari Word) bukan tanda kutip bagi YAML, jadi komanya "
                'memotong teks: ganti \u201c \u201d dengan tanda kutip ganda lurus "',
            )
        },
        doc="Mistake: `text: {id: Halo, semua warga, en: Hello}`, or a text pasted from Word in curly "
        "quotes \u201c \u201d, which YAML does not count as quotes. Inside `{ }` a comma ends the text; "
        "each piece after it is read as a key without a value.\n"
        'Fix: `text: {id: "Halo, semua warga", en: Hello}`, with straight quotes `"`.',
        example=Example("{id: Halo, en: Hello}", "{id: Halo, semua warga, en: Hello}"),
    ),
    Descriptor(
        "B098",
        "key-without-colon",
        ERROR,
        "id or en without ': ' inside a text's { }",
        (
            "'{written}' in {what} is read as one key: '{lang}' needs ': ' (a colon and a space) after it",
            "'{written}' di {what} terbaca sebagai satu kunci: setelah '{lang}' harus ada ': ' (titik dua "
            "dan spasi)",
        ),
        ("write {fixed}", "tulis {fixed}"),
        doc="Mistake: `text: {id Halo, en: Hello}` or `{id:Halo, en: Hello}`: without `: ` YAML reads "
        "`id Halo` as a key, and the text has no Indonesian. The text is read as meant, and the file "
        "is an error until it is fixed.\nFix: `text: {id: Halo, en: Hello}`.",
        example=Example("{id: Halo, en: Hello}", "{id Halo, en: Hello}"),
    ),
    Descriptor(
        "B099",
        "indented-too-deep",
        ERROR,
        "A key looks indented one level too deep",
        (
            "'{key}' looks indented one level too deep: the keys after it ({repeated}) repeat keys of {what}",
            "'{key}' tampaknya diindentasi satu tingkat terlalu dalam: kunci-kunci sesudahnya ({repeated}) "
            "mengulang kunci {what}",
        ),
        (
            "move '{key}:' {spaces} spaces to the left, in line with '{parent}:'; the lines after it then "
            "belong to '{key}'",
            "geser '{key}:' {spaces} spasi ke kiri, sejajar dengan '{parent}:'; baris-baris sesudahnya lalu "
            "menjadi bagian '{key}'",
        ),
        doc="Mistake: an event (or a node) written under the one before it instead of beside it:\n"
        "```\nevents:\n  retak:\n    kind: delayed\n    ...\n    hujan:\n    kind: obstacle\n```\n"
        "`hujan` has no value, and `kind`, `title`... seem to be written twice in `retak`.\n"
        "Fix: move `hujan:` left, in line with `retak:`.",
        example=Example(
            "endings:\n",
            "events:\n  hujan:\n    kind: obstacle\n    title: {id: Hujan, en: Rain}\n"
            "    text: {id: Hujan deras, en: Heavy rain}\n    probability: 0.5\n    angin:\n"
            "    kind: obstacle\n    title: {id: Angin, en: Wind}\n    text: {id: Angin kencang, en: Wind}\n"
            "endings:\n",
        ),
    ),
)
