"""`play FILE --start-at NODE --set NAME=VALUE` opens the window at that passage, with that state."""

import subprocess
import sys

from game.ui.screens.play import PlayScreen

from ..conftest import ROOT, SAMPLE
from .driver import pump


def test_window_opens_at_the_node_with_the_values(make_app):
    app = make_app(
        [], start_path=str(SAMPLE), start_at="evaluasi", start_values={"moral_kader": 20}, record=True
    )
    app.start_file(str(SAMPLE))
    pump(app)
    assert isinstance(app.top, PlayScreen)
    session = app.game.session
    assert session.state.node == "evaluasi" and session.state.meters["moral_kader"] == 20
    # the growth-chart choice needs morale >= 50, so only the other one is offered
    assert [c.id for c in session.choices()] == ["evaluasi.hitung_porsi"]
    assert not app.game.autosave and not app.records.enabled


def test_bad_preview_arguments_fail_before_a_window_opens():
    done = subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), "play", str(SAMPLE), "--start-at", "nowhere"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2 and "there is no node 'nowhere'" in done.stderr
