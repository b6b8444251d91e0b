"""Pre/post check files (NAME.check.yaml): every broken case in check_cases/ draws exactly the codes, at the
lines and columns, its first line names; the messages read in both languages; validate reports them."""

import re
from pathlib import Path

import pytest

from game.analysis.check_cues import validate
from game.cli import main as cli_main
from game.content.check_loader import check_files, is_check_file, load_check, load_check_text
from game.content.codes import CODES, checks
from game.content.library import scenario_files

from ..conftest import ROOT

CASES = Path(__file__).parent / "check_cases"
BROKEN = sorted(p for p in CASES.glob("*.check.yaml") if p.name != "valid.check.yaml")


def expected(path: Path) -> list:
    first = path.read_text(encoding="utf-8").split("\n", 1)[0]
    assert first.startswith("# expect:"), f"{path.name}: the first line must be '# expect: CODE@LINE:COL ...'"
    return sorted(
        (code, int(line), int(col)) for code, line, col in re.findall(r"([BP]\d{3})@(\d+):(\d+)", first)
    )


def test_the_clean_case_is_clean():
    loaded = validate(CASES / "valid.check.yaml")
    assert loaded.diagnostics == [] and loaded.ok
    check = loaded.check
    assert len(check.items) == 6 and all(len(i.options) == 3 for i in check.items)
    assert check.items[0].options[0].id == "soal1.1"  # an option without an id is named by its place


@pytest.mark.parametrize("path", BROKEN, ids=[p.name for p in BROKEN])
def test_each_broken_case_draws_its_codes_where_it_is_written(path):
    loaded = validate(path)
    found = sorted((d.code, d.pos.line, d.pos.col) for d in loaded.diagnostics)
    assert found == expected(path), [str(d) for d in loaded.diagnostics]
    assert found, "a broken case must draw something"
    for d in loaded.diagnostics:
        assert d.pos.file == str(path)
        assert d.text("id") != d.text("en") and "saran:" in d.text("id") and "hint:" in d.text("en")
    if any(d.is_error() for d in loaded.diagnostics):
        assert loaded.check is None


def test_every_check_code_has_a_case():
    drawn = {code for path in BROKEN for code, _, _ in expected(path)}
    assert {d.code for d in checks.DESCRIPTORS} <= drawn
    assert all(CODES[d.code] is d for d in checks.DESCRIPTORS)
    assert all(re.fullmatch(r"B2[01]\d", d.code) for d in checks.DESCRIPTORS)


def test_a_check_read_from_text_is_located_in_the_named_file():
    text = (CASES / "unknown-tag.check.yaml").read_text(encoding="utf-8")
    loaded = load_check_text(text, "kelas/cek.check.yaml")
    [d] = loaded.diagnostics
    assert (str(d.pos), d.code) == ("kelas/cek.check.yaml:15:26", "B202")
    assert "solo_work, quick_change, aid_dependency" in d.hint


def test_check_files_are_no_scenarios():
    shipped = ROOT / "scenarios" / "checks" / "cek-awal-akhir.check.yaml"
    assert is_check_file(shipped) and shipped in check_files([ROOT / "scenarios"])
    assert not [p for p in scenario_files([ROOT / "scenarios"]) if is_check_file(p)]


def test_validate_reports_a_broken_check_and_passes_the_shipped_one(capsys):
    assert cli_main(["validate", str(CASES / "unknown-duty.check.yaml"), "--lang", "id"]) == 1
    out = capsys.readouterr().out
    assert "unknown-duty.check.yaml:19:11:" in out and "B203" in out and "bukan tugas Kabid" in out
    assert cli_main(["validate", str(ROOT / "scenarios" / "checks")]) == 0
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().out


def test_the_shipped_check_loads_clean():
    loaded = load_check(ROOT / "scenarios" / "checks" / "cek-awal-akhir.check.yaml")
    assert loaded.diagnostics == [], [str(d) for d in loaded.diagnostics]
