"""Every shipped scenario, played to its debrief in the window in both languages, ends exactly
as the engine says for the same choices, and every text the window drew was in the language chosen."""

import dataclasses
import re

import pygame
import pytest

from game.analysis.bounds import score_bounds
from game.content.library import scenario_files
from game.engine.model import Text
from game.engine.session import Session
from game.ui import strings, theme
from game.ui.catalog import load_entry
from game.ui.screens.debrief import DebriefScreen
from game.ui.screens.play import PlayScreen

from ..conftest import ROOT
from .driver import button_pos, click, pump
from .test_playthrough import play_through

pytestmark = pytest.mark.slow  # every shipped scenario in the window, in both languages: 80-130 s

FILES = scenario_files([ROOT / "scenarios"])
ANSWER = "Warga belum diajak bicara."  # what play_through types into a reflection, in either language
SHORTEST = 12  # shorter runs (names, "Menu", "Musrenbang") are the same in both languages


def texts_in(value, seen=None):
    """Every Text inside a scenario model (dataclasses, tuples, lists, dicts), each once."""
    seen = set() if seen is None else seen
    if isinstance(value, Text):
        yield value
    elif id(value) in seen:
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        seen.add(id(value))
        for f in dataclasses.fields(value):
            yield from texts_in(getattr(value, f.name), seen)
    elif isinstance(value, (tuple, list, frozenset, set)):
        seen.add(id(value))
        for item in value:
            yield from texts_in(item, seen)
    elif isinstance(value, dict):
        seen.add(id(value))
        for item in value.values():
            yield from texts_in(item, seen)


def corpora(scenario, session, lang):
    """(what may be drawn in `lang`, what only the other language says) for this scenario and the UI."""
    other = "id" if lang == "en" else "en"
    mine, theirs = [], []
    for text in set(texts_in(scenario)):
        for t in (text, session.render(text)):
            mine.append(t.get(lang))
            if t.id and t.en and t.id != t.en:  # the scenario gives both: the other one must not show
                theirs.append(getattr(t, other))
    pair = {"id": 0, "en": 1}
    for both in strings.S.values():
        mine.append(both[pair[lang]])
        if both[0] != both[1]:
            theirs.append(both[pair[other]])
    mine += [ANSWER, "Uji"]
    return mine, theirs


def pieces(template):
    """The literal runs of a string between its {placeholders}."""
    return [p.strip() for p in re.split(r"\{[^}]*\}", template) if len(p.strip()) >= SHORTEST]


def wrong_language(drawn, mine, theirs):
    """Drawn texts that are, or contain, words only the other language has."""
    mine_all = "\n".join(mine)
    theirs_all = "\n".join(theirs)
    foreign = {p for t in theirs for p in pieces(t) if p not in mine_all}
    bad = set()
    for text in drawn:
        t = text.strip()
        if len(t) < SHORTEST:
            continue
        if (t in theirs_all and t not in mine_all) or any(p in t for p in foreign):
            bad.add(t)
    return sorted(bad)


@pytest.fixture
def drawn(monkeypatch):
    """Every string the window renders, whatever screen draws it."""
    seen = set()
    render = theme.Look.text

    def text(self, text, *args, **kw):
        seen.add(text)
        return render(self, text, *args, **kw)

    monkeypatch.setattr(theme.Look, "text", text)
    return seen


def read_debrief(app):
    """Scroll the debrief to its end, so every part of it is drawn."""
    debrief = app.top
    for _ in range(60):
        before = debrief.flow.offset
        debrief.flow.offset += max(1, debrief.flow.rect.height // 2)
        app.dirty = True
        pump(app)
        if debrief.flow.offset == before:
            break


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_scenario_plays_through_in_the_window(make_app, drawn, path, lang):
    entry = load_entry(path)
    assert entry.ok, entry.error
    app = make_app([entry], seed=2, lang=lang)  # the title is drawn in it from the first frame
    app.settings.lang = lang
    app.settings.player_name = "Uji"
    app.relayout()
    app.top.on_intent("play")  # the player screen, with the remembered name
    app.top.on_intent("next")
    pump(app)
    click(app, button_pos(app.top.flow, ("start", 0)))
    assert isinstance(app.top, PlayScreen)
    chosen = play_through(app)
    engine = Session(entry.scenario, seed=2, bounds=score_bounds(entry.scenario))
    for index in chosen:
        engine.choose(index)
    want = engine.result().to_dict()
    pump(app)
    assert isinstance(app.top, DebriefScreen)
    got = app.game.session.result().to_dict()  # scaled: the debrief gave it its bounds
    for field in ("ending", "scores", "misconceptions", "path", "meters", "events"):
        assert got[field] == want[field], field
    read_debrief(app)
    mine, theirs = corpora(entry.scenario, app.game.session, lang)
    assert len(drawn) > 50  # every screen on the way drew through the look
    assert wrong_language(drawn, mine, theirs) == []
    pygame.event.clear()


def test_the_language_check_sees_a_line_left_in_the_other_language():
    hello = Text("Warga desa belum diajak bicara", "The villagers were not asked yet")
    mine, theirs = ["Ready when you are", hello.en], [hello.id]
    assert wrong_language({"The villagers were not asked yet", "Menu"}, mine, theirs) == []
    assert wrong_language({"Warga desa belum diajak"}, mine, theirs) == ["Warga desa belum diajak"]
    quoted = "Because of decision 2: “Warga desa belum diajak bicara”"
    assert wrong_language({quoted}, mine, theirs) == [quoted]
