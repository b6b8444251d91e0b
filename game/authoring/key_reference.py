"""The key reference of the guides, made from the format's one description (content/format_spec.py).

Each guide marks where a table goes with `<!-- keys: node -->` ... `<!-- /keys -->` (one or more map
names after `keys:`); the lines between are written here, in the guide's language, so the guides list
the keys the loaders and the schemas know. After a change to the format:

    python -m game.authoring.key_reference          # rewrite the tables in docs/authoring*.md
    python -m game.authoring.key_reference --check  # exit 1 when a guide is out of date
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from ..content.format_spec import SPECS, Kind, Spec

GUIDES = {"authoring.md": "en", "authoring.id.md": "id"}
BLOCK = re.compile(r"(<!-- keys: ([a-z -]+?) -->\n)(.*?)(<!-- /keys -->)", re.S)
COMMAND = "python -m game.authoring.key_reference"

_HEAD = {
    "en": ("| key | required | value | what it is |", "yes", "no"),
    "id": ("| kunci | wajib | nilai | artinya |", "ya", "tidak"),
}
_THINGS = {  # what a ref names: (en, id)
    "node": ("node", "simpul"),
    "character": ("character", "tokoh"),
    "location": ("location", "tempat"),
    "event": ("event", "peristiwa"),
    "ending": ("ending", "akhir cerita"),
    "picture": ("a picture file", "berkas gambar"),
    "scenario": ("a scenario file", "berkas skenario"),
    "choice": ("a choice id or number", "id atau nomor pilihan"),
}
_WORDS = {  # kind name -> (en, id)
    "text": ("text in both languages", "teks dua bahasa"),
    "word": ("text", "teks"),
    "id": (
        "lowercase letters, digits, `-` and `_`, not empty",
        "huruf kecil, angka, `-` dan `_`, tidak kosong",
    ),
    "boolean": ("`true` or `false`", "`true` atau `false`"),
    "condition": ("a condition", "kondisi"),
    "date": ("a date, YYYY-MM-DD", "tanggal, TTTT-BB-HH"),
    "flags": (
        "`{flag: value}`, or a list of flags that become true",
        "`{penanda: nilai}`, atau daftar penanda yang dinyalakan",
    ),
}


def describe(kind: Kind, lang: str) -> str:
    """What a value is, in a few words of `lang`."""
    i = 0 if lang == "en" else 1
    name, of = kind.name, kind.of
    if name in ("text", "word") and of:
        return _THINGS[of[0]][i]
    if name in _WORDS:
        text = _WORDS[name][i]
        return text + ((", not empty", ", tidak kosong")[i] if kind.low else "")
    if name == "ref":
        return (f"a {_THINGS[of[0]][0]} id", f"id {_THINGS[of[0]][1]}")[i]
    if name in ("number", "integer"):
        return _number(kind, i)
    if name == "duration":
        text = (
            "`3 days`, `2 weeks`, `1 month` (or `hari`, `minggu`, `bulan`), or a number of days",
            "`3 hari`, `2 minggu`, `1 bulan` (atau `days`, `weeks`, `months`), atau angka hari",
        )[i]
        return text + ((", or `3 decisions`", ", atau `3 keputusan`")[i] if kind.decisions else "")
    if name == "enum":
        return ("one of ", "salah satu dari ")[i] + ", ".join(f"`{v}`" for v in of)
    if name == "const":
        return f"`{of[0]}`"
    if name == "list":
        minimum = (
            ((f"at least {int(kind.low)}, ", f"paling sedikit {int(kind.low)}, ")[i]) if kind.low else ""
        )
        if kind.low and kind.high == kind.low + 1:
            minimum = (f"{int(kind.low)} or {int(kind.high)}, ", f"{int(kind.low)} atau {int(kind.high)}, ")[
                i
            ]
        elif kind.low and kind.high is not None and kind.high < 1e9:
            minimum = (
                f"{int(kind.low)} to {int(kind.high)}, ",
                f"{int(kind.low)} sampai {int(kind.high)}, ",
            )[i]
        return (
            f"a list ({minimum}each {describe(of[0], lang)})",
            f"daftar ({minimum}masing-masing {describe(of[0], lang)})",
        )[i]
    if name == "words":
        return (f"{describe(of[0], lang)}, or a list of them", f"{describe(of[0], lang)}, atau daftarnya")[i]
    if name == "entries":
        return (f"a map from id to {describe(of[0], lang)}", f"peta dari id ke {describe(of[0], lang)}")[i]
    if name == "ids":
        return (
            f"a map from id (no spaces) to {describe(of[0], lang)}",
            f"peta dari id (tanpa spasi) ke {describe(of[0], lang)}",
        )[i]
    if name == "map":
        return SPECS[of[0]].noun[i]
    if name == "either":
        return (" or ", " atau ")[i].join(describe(k, lang) for k in of)
    raise ValueError(name)


def _number(kind: Kind, i: int) -> str:
    word = (("a number", "angka"), ("a whole number", "bilangan bulat"))[kind.name == "integer"][i]
    low, high = kind.low, kind.high
    if low is not None and high is not None and abs(high) < 1e9:
        return f"{word} {low:g}-{high:g}"
    if low is not None and low > -1e9:
        return (f"{word}, {low:g} or more", f"{word}, {low:g} atau lebih")[i]
    return word


def table(spec: Spec, lang: str, heading: bool) -> str:
    head, yes, no = _HEAD[lang]
    rows = [head, "| --- | --- | --- | --- |"]
    for key in spec.keys:
        what = key.en if lang == "en" else key.id
        needed = yes if key.need else no
        rows.append(f"| `{key.name}` | {needed} | {describe(key.kind, lang)} | {what} |")
    noun = spec.noun[0 if lang == "en" else 1]
    title = [f"**{noun[0].upper()}{noun[1:]}**", ""] if heading else []
    return "\n".join(title + rows) + "\n"


def block(names: list, lang: str) -> str:
    return "\n".join(table(SPECS[n], lang, heading=len(names) > 1) for n in names)


def update(text: str, lang: str) -> str:
    """The guide's text with every marked block written anew."""
    return BLOCK.sub(lambda m: m.group(1) + block(m.group(2).split(), lang) + m.group(4), text)


def blocks(text: str) -> list:
    """The map names of each marked block, in order."""
    return [m.group(2).split() for m in BLOCK.finditer(text)]


def guide_paths(docs: Path) -> dict:
    return {docs / name: lang for name, lang in GUIDES.items()}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from .. import resources

    docs = Path(resources.__file__).resolve().parent.parent / "docs"
    stale = []
    for path, lang in guide_paths(docs).items():
        text = path.read_text(encoding="utf-8")
        new = update(text, lang)
        if new != text:
            stale.append(path)
            if "--check" not in argv:
                path.write_text(new, encoding="utf-8")
                print(f"wrote {path}")
    if "--check" in argv and stale:
        print(f"out of date: {', '.join(map(str, stale))}; run {COMMAND}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
