"""Play shows the world's reaction; coaching waits for the debrief unless Practice mode is on (issue 10)."""

import pygame

from game.content.loader import load_text
from game.ui.catalog import Entry
from game.ui.screens.cards import OutcomeCard
from game.ui.screens.play import PlayScreen
from game.ui.widgets import Box, Chips, Label

from .driver import button_pos, click, key, pump

SCENARIO = """
format: 1
id: modes
title: {id: Mode, en: Modes}
summary: {id: Ringkas, en: Summary}
duty: needs_design
minutes: 1
start: a
coach: rina
calendar: {start: 2026-08-14}
characters:
  rina: {name: Mbak Rina, role: {id: Pendamping, en: Facilitator}}
meters:
  warga: {label: {id: Kepercayaan warga, en: Residents' trust}, start: 50, min: 0, max: 100}
nodes:
  a:
    lines:
      - speaker: rina
        text: {id: "Selamat pagi, {sapaan} Kabid. Hari ini {tanggal}.", en: "Good morning, {sapaan} Kabid. Today is {tanggal}."}
    hint: {id: "Siapa yang paling terdampak?", en: "Who is hit hardest?"}
    choices:
      - id: alone
        text: {id: Kerjakan malam ini, en: Do it tonight}
        effects: {collaboration: -2, warga: -5}
        misconceptions: [solo_work]
        insight: {id: Ajak kader menyusunnya, en: Ask the cadres to draft it}
        feedback: {id: Daftar selesai pagi hari, en: The list is done by morning}
        next: END
      - id: cadres
        text: {id: Minta kader menyusun, en: Ask the cadres to draft}
        effects: {collaboration: 2, warga: 5}
        feedback: {id: Kader berkumpul, en: The cadres gather}
        next: b
  b:
    lines:
      - text: {id: Sebulan kemudian, en: A month later}
    choices:
      - text: {id: Tutup, en: Close}
        feedback: {id: Selesai, en: Done}
        next: END
endings:
  - id: done
    title: {id: Selesai, en: Done}
    summary: {id: S, en: S}
    debrief: [{id: Q, en: Q}]
"""


def texts(flow):
    return [item.text for item in flow.items if isinstance(item, Label)]


def all_text(items) -> str:
    """Every word a card shows: labels, chips, and what boxes hold."""
    out = []
    for item in items:
        if isinstance(item, Label):
            out.append(item.text)
        elif isinstance(item, Chips):
            out += [text for text, _ in item.chips]
        elif isinstance(item, Box):
            out.append(all_text(item.items))
    return " ".join(out)


def start(make_app, practice=False, sapaan=""):
    loaded = load_text(SCENARIO)
    assert loaded.diagnostics == []
    app = make_app([Entry("<modes>", loaded.scenario)])
    app.settings.practice, app.settings.sapaan, app.settings.lang = practice, sapaan, "en"
    pump(app)
    click(app, button_pos(app.top.flow, "play"))
    key(app, pygame.K_RETURN)  # the name screen
    click(app, button_pos(app.top.flow, ("start", 0)))
    assert isinstance(app.top, PlayScreen)
    key(app, pygame.K_SPACE)
    return app


def choose(app, choice_id):
    play = app.top
    [view] = [c for c in play.view.choices if c.id == choice_id]
    key(app, pygame.K_1 + view.index)
    assert isinstance(app.top, OutcomeCard)
    return app.top


def test_by_default_the_card_shows_the_world_and_hides_the_coaching(make_app):
    app = start(make_app)
    assert set(app.top.meters) == {"warga"}  # no competency bars during play
    card = choose(app, "alone")
    shown = all_text(card.flow.items)
    assert "The list is done by morning" in shown
    assert "Residents' trust" in shown
    assert "faster if I do it myself" not in shown and "Ask the cadres" not in shown
    assert "Collaboration" not in shown


def test_practice_mode_names_the_misconception_at_once(make_app):
    app = start(make_app, practice=True)
    assert "collaboration" in app.top.meters
    card = choose(app, "alone")
    flat = all_text(card.flow.items)
    assert "faster if I do it myself" in flat and "Ask the cadres to draft it" in flat


def test_the_coach_answers_when_asked_and_people_use_the_chosen_address(make_app):
    app = start(make_app, sapaan="bu")
    play = app.top
    assert "Good morning, Bu Kabid. Today is 14 August 2026." in play.view.lines[0].text.en
    assert "Who is hit hardest?" not in " ".join(texts(play.text_flow))
    key(app, pygame.K_t)
    assert any("Who is hit hardest?" in t for t in texts(play.text_flow))
    assert any(e.get("kind") == "hint" for e in play.run.log)


def test_a_workshop_stays_blind_even_with_practice_mode_on(make_app):
    from game.ui.screens.common import coaching_now

    app = make_app([Entry("<modes>", load_text(SCENARIO).scenario)], workshop=True)
    app.settings.practice = True
    assert coaching_now(app.context) is False


def test_a_full_disk_at_the_autosave_loses_no_decision_and_says_so(make_app, monkeypatch):
    import errno

    from game.ui import storage

    def full(_data):
        raise OSError(errno.ENOSPC, "No space left on device")

    app = start(make_app)
    monkeypatch.setattr(storage, "write_autosave", full)
    card = choose(app, "cadres")  # the autosave fails here; the game must not crash
    assert isinstance(card, OutcomeCard)
    assert app.game.session.state.history[-1].choice == "cadres"
    assert any("No space left on device" in text for text, _ in app.notices)
    assert app.game.save_error
