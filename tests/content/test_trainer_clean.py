"""Files saved the way a trainer's editor saves them (tests/corpus/trainer-clean/): a byte-order mark,
CRLF or CR line ends, trailing spaces, Tabs in comments, no final newline. None is a mistake: validate says
nothing, and each reads as the very same story, line numbers included, as the plain file."""

import pytest

from game.content.loader import load_file

from ..conftest import ROOT

CLEAN = ROOT / "tests" / "corpus" / "trainer-clean"
PLAIN = CLEAN / "polos.yaml"
SAVED = sorted(p.name for p in CLEAN.glob("*.yaml") if p != PLAIN)


def story(path) -> tuple:
    """What a player meets, and where each part is written (lines: a trainer is sent to them)."""
    loaded = load_file(path)
    assert loaded.diagnostics == [], [str(d) for d in loaded.diagnostics]
    sc = loaded.scenario
    nodes = tuple(
        (
            n.id,
            n.pos.line,
            tuple(line.text for line in n.lines),
            tuple((c.id, c.text, c.feedback) for c in n.choices),
        )
        for n in sc.nodes.values()
    )
    shifted = 1 if "komentar" in path.name else 0  # that file has one comment line more above nodes:
    return (
        sc.id,
        sc.title,
        tuple(sc.meters),
        tuple((c.id, c.name, c.role) for c in sc.characters.values()),
        tuple((e.id, e.title) for e in sc.endings),
        tuple((nid, line - shifted, *rest) for nid, line, *rest in nodes),
    )


def test_the_corpus_holds_the_ways_of_saving():
    assert len(SAVED) >= 7
    starts = {p.name: p.read_bytes()[:3] for p in CLEAN.glob("*.yaml")}
    assert any(b == b"\xef\xbb\xbf" for b in starts.values())  # a byte-order mark
    assert any(b"\r\n" in (CLEAN / n).read_bytes() for n in SAVED)  # Windows line ends


@pytest.mark.parametrize("name", SAVED)
def test_a_file_saved_another_way_is_the_same_story(name):
    assert story(CLEAN / name) == story(PLAIN)
