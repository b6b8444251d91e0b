"""The descriptor table (game/content/codes/) is the one source of every diagnostic: docs/errors.md is
generated from it, each example draws exactly its code through the real loader, and every code the game
reports is in it."""

import re
from pathlib import Path

import pytest

from game.content import loader, source
from game.content.codes import CODES, WARNING, Phrase
from game.content.codes.docs import errors_md
from game.content.codes.example import BASE, text
from game.content.diagnostics import diag, format_json
from game.content.plans import check_against, load_plans

from ..conftest import ROOT
from ..scenario_text import load, replace

WITH_EXAMPLE = [c for c, d in CODES.items() if d.example is not None]


def test_errors_md_is_generated_from_the_table():
    written = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    assert written == errors_md(), "run: python -m game.content.diagnostics --docs > docs/errors.md"


def test_errors_id_md_is_generated_from_the_table():
    written = (ROOT / "docs" / "errors.id.md").read_text(encoding="utf-8")
    assert written == errors_md("id"), "run: python -m game.content.diagnostics --docs id > docs/errors.id.md"


def test_errors_id_md_gives_every_code_in_indonesian():
    written = (ROOT / "docs" / "errors.id.md").read_text(encoding="utf-8")
    for code, d in CODES.items():
        heading = f"## {code} {d.name}" + (" (peringatan)" if d.severity == WARNING else "")
        assert written.count(heading + "\n") == 1, heading
        assert f"- pesan: `{d.message[1].replace('{{', '{').replace('}}', '}')}`" in written, code
    assert "- message:" not in written and "hint:" not in written


def test_the_indonesian_guide_points_at_the_indonesian_messages():
    guide = (ROOT / "docs" / "authoring.id.md").read_text(encoding="utf-8")
    assert "(errors.id.md" in guide and "(errors.md" not in guide


def test_every_code_has_one_section_with_its_severity():
    written = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## ([BP]\d{3}) ([a-z0-9-]+)( \(warning\))?$", written, re.M)
    assert [h[0] for h in headings] == sorted(h[0] for h in headings) or len(headings) == len(CODES)
    assert {code: (name, bool(w)) for code, name, w in headings} == {
        c: (d.name, d.severity == "warning") for c, d in CODES.items()
    }


def test_every_descriptor_is_complete_in_both_languages():
    names = [d.name for d in CODES.values()]
    assert len(set(names)) == len(names)
    for code, d in CODES.items():
        assert re.fullmatch(r"[BP]\d{3}", code) and d.code == code
        assert d.severity in ("error", "warning") and d.title
        assert all(d.message) and all(d.hint) and d.message[0] != d.message[1] or "{what}" in d.message[0]
        for key, hint in d.hints.items():
            assert all(hint) and hint[0] != hint[1], (code, key)
        assert (d.example is None) != (not d.no_example), f"{code}: an example, or why there is none"


def _diagnostics(example, tmp_path: Path) -> list:
    folder = tmp_path / "a" / "b"  # room for ../../ paths that leave the scenario's folder
    folder.mkdir(parents=True)
    for name, data in example.files:
        (folder / name).write_bytes(data)
    if example.plan:
        (folder / "contoh.yaml").write_text(BASE, encoding="utf-8")
        (folder / "contoh.plan.yaml").write_text(text(example), encoding="utf-8")
        plans = load_plans(folder / "contoh.plan.yaml")
        return plans.diagnostics + check_against(plans, loader.load_file(folder / "contoh.yaml").scenario)
    read = source.parse_source(str(folder / "contoh.yaml"), text(example).encode(example.encoding))
    return loader.build(read, folder)[1]


def test_the_example_scenario_and_plan_are_clean(tmp_path):
    assert load(BASE).diagnostics == []
    clean = type(CODES["P001"].example)("ending: done", "ending: done", plan=True)
    assert _diagnostics(clean, tmp_path) == []


@pytest.mark.parametrize("code", WITH_EXAMPLE)
def test_each_example_draws_its_code_and_only_the_codes_it_means(code, tmp_path):
    d = CODES[code]
    found = _diagnostics(d.example, tmp_path)
    assert {x.code for x in found} == {code, *d.example.also}, [str(x) for x in found]
    for x in found:  # every template fills in both languages
        assert x.text("en") and x.text("id")
        assert x.pos.line > 0


def _codes_in(path: Path) -> set:
    return set(re.findall(r"""["']([BP]\d{3})["']""", path.read_text(encoding="utf-8")))


def test_every_code_the_game_reports_is_in_the_table_and_every_entry_is_used():
    sources = [p for p in (ROOT / "game").rglob("*.py") if "codes" not in p.relative_to(ROOT / "game").parts]
    used = set().union(*(_codes_in(p) for p in sources))
    assert used - set(CODES) == set()
    assert set(CODES) - used == set(), "descriptors nothing reports"


def test_a_diagnostic_must_fill_its_templates():
    with pytest.raises(AssertionError):
        diag("B020")
    with pytest.raises(KeyError):
        diag("B999")


def test_messages_read_in_indonesian():
    [d] = [
        x for x in load(replace("        next: b\n", "        next: bb\n")).diagnostics if x.code == "B020"
    ]
    assert d.message_in("id") == "tidak ada node 'bb'" and "mungkin maksudnya 'b'?" in d.text("id")
    assert "saran:" in d.text("id") and "hint:" in d.text("en")
    [t] = [x for x in load(replace("{id: Halo, en: Hello}", "{id: Halo}")).diagnostics if x.code == "B040"]
    assert t.message == "a line of 'a' has no English (en) text"
    assert t.message_in("id") == "sebuah baris di 'a' belum punya teks bahasa Inggris (en)"
    assert isinstance(dict(t.fields)["what"], Phrase)


def test_a_diagnostic_spans_the_offending_value():
    [d] = [
        x for x in load(replace("        next: b\n", "        next: bb\n")).diagnostics if x.code == "B020"
    ]
    assert (d.pos.line, d.pos.col, d.end.line, d.end.col) == (22, 15, 22, 17)
    entry = __import__("json").loads(format_json({"mini.yaml": [d]}))["files"][0]["diagnostics"][0]
    assert (entry["line"], entry["column"], entry["end_line"], entry["end_column"]) == (22, 15, 22, 17)
    assert str(d).startswith("mini.yaml:22:15: error B020: ")
