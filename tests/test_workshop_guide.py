"""The workshop records guide (docs/workshop-records*.md) cannot drift from the commands: every
`python run_game.py ...` line in its sh blocks, in both languages, is read by the game's own argument
parser (an unknown command or option, a missing value or a wrong choice fails here), and the two pages
give the same commands apart from their file names and --lang."""

import re
import shlex

import pytest

from game.cli.parser import build_parser

from .conftest import ROOT

PAGES = ("workshop-records.id.md", "workshop-records.md")
PREFIX = ["python", "run_game.py"]


def commands(page: str) -> list:
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            words = shlex.split(line)
            if words[:2] == PREFIX:
                found.append(words[2:])
    return found


@pytest.mark.parametrize("page", PAGES)
def test_every_command_in_the_guide_is_one_the_game_takes(page):
    found = commands(page)
    assert len(found) >= 12
    parser = build_parser()
    for argv in found:
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse said why on standard error
            pytest.fail(f"{page}: {' '.join(PREFIX + argv)} is refused by the parser ({exc.code})")
        if argv and not argv[0].startswith("-"):
            assert getattr(args, "handler", None) is not None or args.command, argv


def test_both_languages_show_the_same_commands():
    names = [
        sorted({argv[0] if argv and not argv[0].startswith("-") else "(game)" for argv in commands(p)})
        for p in PAGES
    ]
    assert names[0] == names[1]
    assert {"collect", "export", "report", "forget", "play"} <= set(names[0])


def test_the_guide_is_linked_from_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in PAGES:
        assert f"docs/{page}" in readme


def test_the_after_workshop_commands_run_on_a_records_database(tmp_path):
    """The guide's collect, export, report --anonymous and forget, run for real on a small database."""
    from game.cli import main
    from game.records.store import RecordStore

    db = tmp_path / "records.sqlite3"
    with RecordStore.open(db) as store:
        sid = store.start_session("Ani Suryani", "dapur", "h", 1, "id", learner_id="199001012020")
        store.record_decision(sid, 1, "awal", "rapat", {"kepercayaan": 40}, ["top_down"])
    usb = tmp_path / "kelas-3"
    assert main(["collect", str(usb), "--db", str(db)]) == 0
    assert len(list(usb.glob("records-*.sqlite3"))) == 1
    assert (
        main(["export", "--db", str(db), "--format", "xlsx", "-o", str(tmp_path / "catatan-kelas.xlsx")]) == 0
    )
    page = tmp_path / "laporan-proyektor.html"
    assert main(["report", "--db", str(db), "--anonymous", "-o", str(page)]) == 0
    assert "Ani Suryani" not in page.read_text(encoding="utf-8")
    argv = ["forget", "--player", "Ani Suryani", "--learner-id", "199001012020", "--db", str(db), "--yes"]
    assert main(argv) == 0
    with RecordStore.open(db) as store:
        assert store.sessions() == []
