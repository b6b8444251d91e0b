"""docs/errors.md and docs/errors.id.md, written from the descriptor table
(python -m game.content.diagnostics --docs [id])."""

from __future__ import annotations

from . import (
    CODES,
    WARNING,
    Descriptor,
    assets,
    checks,
    conditions,
    fields,
    files,
    plans,
    references,
    story,
    values,
)
from .example import text

INTRO = """\
# Validator messages

<!-- Generated from game/content/codes/ by `python -m game.content.diagnostics --docs > docs/errors.md`;
edit the table there, not this file (a test fails when they disagree). -->

`python run_game.py validate` reports each problem as

```
scenarios/my-scenario.yaml:42:15: error B020: there is no node 'musdes2'
    hint: did you mean 'musdes'?
```

file, line and column, then **error** (the scenario cannot be played until it is fixed) or **warning**
(it plays, but something is probably not what you meant), a code, and a hint. The codes never change
meaning, so you can search for them here. `--lang id` gives the messages in Indonesian (`saran:` for the
hint); `--format json` gives the same for editors and CI, with where the offending value ends
(`end_line`, `end_column`) as well as where it starts.

Each section below gives what the code means, the usual mistake and its fix, the message and hint in
English and Indonesian (words in braces are filled in), and the smallest change to a scenario that
draws it. Codes starting with P are about play-plans (`NAME.plan.yaml`).
"""

INTRO_ID = """\
# Pesan pemeriksa skenario

<!-- Dibuat dari game/content/codes/ dengan
`python -m game.content.diagnostics --docs id > docs/errors.id.md`; ubah tabelnya di sana, bukan berkas ini
(sebuah tes gagal bila keduanya tidak sama). Versi bahasa Inggris: errors.md. -->

`python run_game.py validate` melaporkan setiap masalah seperti ini:

```
scenarios/skenario-saya.yaml:42:15: kesalahan B020: tidak ada node 'musdes2'
    saran: mungkin maksudnya 'musdes'?
```

yaitu nama berkas, nomor baris dan kolom, lalu **kesalahan** (skenario belum bisa dimainkan sebelum ini
diperbaiki) atau **peringatan** (skenario bisa dimainkan, tetapi mungkin tidak seperti yang Bapak/Ibu
maksud), sebuah kode, dan saran perbaikan. (Dengan `--format json` dan `--lang en` tertulis `error` dan
`warning`.) Arti sebuah kode tidak pernah berubah, jadi kodenya
bisa dicari di halaman ini. Di komputer berbahasa Indonesia pesannya otomatis dalam bahasa Indonesia;
`--lang id` atau `--lang en` memilih bahasanya secara langsung.

Setiap bagian di bawah memberi pesan dan saran yang akan Bapak/Ibu lihat (kata di dalam kurung kurawal
diisi dengan nama dari skenario Anda), dan contoh terkecil yang memunculkan pesan itu. Kode yang diawali
P adalah tentang rencana permainan (`NAMA.plan.yaml`).
"""

SECTIONS_ID = {
    "Reading the file": "Membaca berkas",
    "The shape of the YAML": "Bentuk penulisan YAML",
    "Values of particular fields": "Nilai kolom tertentu",
    "Conditions": "Syarat",
    "References": "Rujukan ke bagian lain",
    "The story as a whole": "Cerita secara keseluruhan",
    "Pictures": "Gambar",
    "Play-plans and several files": "Rencana permainan dan beberapa berkas",
    "Pre/post checks": "Cek awal dan akhir",
}

SECTIONS = (
    ("Reading the file", files),
    ("The shape of the YAML", values),
    ("Values of particular fields", fields),
    ("Conditions", conditions),
    ("References", references),
    ("The story as a whole", story),
    ("Pictures", assets),
    ("Play-plans and several files", plans),
    ("Pre/post checks", checks),
)


def errors_md(lang: str = "en") -> str:
    """docs/errors.md (lang 'en': both languages' wording, English prose) or docs/errors.id.md ('id')."""
    parts = [INTRO_ID if lang == "id" else INTRO]
    for title, module in SECTIONS:
        parts.append(f"\n# {SECTIONS_ID[title] if lang == 'id' else title}\n")
        parts += [_section_id(d) if lang == "id" else _section(d) for d in module.DESCRIPTORS]
    return "\n".join(parts).rstrip() + "\n"


def _section_id(d: Descriptor) -> str:
    """A code as an Indonesian trainer reads it: the message and its hints (the table's Indonesian)."""
    marker = " (peringatan)" if d.severity == WARNING else ""
    lines = [f"## {d.code} {d.name}{marker}", f"- pesan: `{_shown(d.message[1])}`"]
    if d.hint[1]:
        lines.append(f"- saran: `{_shown(d.hint[1])}`")
    lines += [f"- saran lain ({key}): `{_shown(t[1])}`" for key, t in d.hints.items()]
    lines.append("")
    if d.example is not None:
        lines += [_example_id(line) for line in _example(d)]
    return "\n".join(lines)


_EXAMPLE_ID = {
    "Example (in a scenario):": "Contoh (di dalam skenario):",
    "Example (in a plan):": "Contoh (di dalam rencana permainan):",
    "Example (the whole file):": "Contoh (seluruh berkas):",
    "Example (the example scenario with these lines removed):": "Contoh (skenario contoh tanpa baris ini):",
    "Example: a text or a list too long to show here.": "Contoh: teks atau daftar yang terlalu panjang untuk "
    "ditampilkan di sini.",
}


def _example_id(line: str) -> str:
    if line.startswith("Example: the file saved as "):
        return "Contoh: berkas yang disimpan sebagai " + line.removeprefix("Example: the file saved as ")
    return _EXAMPLE_ID.get(line, line)


def _shown(template: str) -> str:
    """A template as a trainer reads it: str.format's doubled braces written once."""
    return template.replace("{{", "{").replace("}}", "}")


def _section(d: Descriptor) -> str:
    marker = " (warning)" if d.severity == WARNING else ""
    lines = [f"## {d.code} {d.name}{marker}", f"{d.title}.", ""]
    if d.doc:
        lines += [d.doc, ""]
    lines.append(f"- message: `{_shown(d.message[0])}`")
    if d.hint[0]:
        lines.append(f"- hint: `{_shown(d.hint[0])}`")
    lines += [f"- hint ({key}): `{_shown(t[0])}`" for key, t in d.hints.items()]
    lines.append(f"- pesan: `{_shown(d.message[1])}`")
    if d.hint[1]:
        lines.append(f"- saran: `{_shown(d.hint[1])}`")
    lines += [f"- saran ({key}): `{_shown(t[1])}`" for key, t in d.hints.items()]
    lines.append("")
    if d.example is not None:
        lines += _example(d)
    return "\n".join(lines)


def _example(d: Descriptor) -> list:
    ex = d.example
    if ex.encoding != "utf-8":
        return [f"Example: the file saved as {ex.encoding}.", ""]
    shown = ex.new if len(ex.new) <= 400 else None
    if not ex.old or shown is None or not shown.strip():
        what = "the whole file" if not ex.old else "the example scenario with these lines removed"
        body = text(ex) if not ex.old else ex.old
        if shown is None:
            return ["Example: a text or a list too long to show here.", ""]
        return [f"Example ({what}):", "```yaml", body.rstrip("\n"), "```", ""]
    kind = "plan" if ex.plan else "scenario"
    return [f"Example (in a {kind}):", "```yaml", _dedent(shown).rstrip("\n"), "```", ""]


def _dedent(snippet: str) -> str:
    rows = snippet.split("\n")
    indent = min((len(r) - len(r.lstrip()) for r in rows if r.strip()), default=0)
    return "\n".join(r[indent:] for r in rows)


assert set(CODES) == {d.code for _, m in SECTIONS for d in m.DESCRIPTORS}
