"""docs/errors.md, written from the descriptor table (python -m game.content.diagnostics --docs)."""

from __future__ import annotations

from . import CODES, WARNING, Descriptor, assets, fields, files, plans, references, story, values
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

SECTIONS = (
    ("Reading the file", files),
    ("The shape of the YAML", values),
    ("Values of particular fields", fields),
    ("References", references),
    ("The story as a whole", story),
    ("Pictures", assets),
    ("Play-plans and several files", plans),
)


def errors_md(lang: str = "en") -> str:
    parts = [INTRO]
    for title, module in SECTIONS:
        parts.append(f"\n# {title}\n")
        parts += [_section(d) for d in module.DESCRIPTORS]
    return "\n".join(parts).rstrip() + "\n"


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
