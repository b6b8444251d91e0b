"""Every diagnostic code is documented; the guide's full example validates."""

import re

from game.content.diagnostics import CODES

from ..conftest import ROOT


def test_every_code_has_a_section_in_errors_md():
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (B\d{3}) ([a-z-]+)", text, re.M)
    assert {code: name for code, name in headings} == {c.code: c.name for c in CODES.values()}


def test_severity_in_headings_matches_the_table():
    text = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    for code, marker in re.findall(r"^## (B\d{3}) [a-z-]+( \(warning\))?$", text, re.M):
        assert (CODES[code].severity == "warning") == bool(marker), code
