"""Class mode: the vote's presenter layout, the timer, the pause to discuss, the facilitator's notes and
the workshop profile kept apart from the trainee's own settings."""

import json

import pygame

from game import datadirs
from game.engine.misconceptions import NAMES
from game.ui import storage, workshop
from game.ui.screens.discuss import DiscussScreen
from game.ui.screens.play import PlayScreen
from game.ui.screens.trainer import free_rect, layout_notes, notes_look, text_rects, trainer_lines
from game.ui.screens.vote import VoteScreen

from .driver import key, open_vote, pump, type_text
from .layout_check import check_column


def finish_the_decision(app, vote, *keys):
    for k in keys:
        key(app, k)
    key(app, pygame.K_RETURN)
    assert app.top is not vote


def test_opening_a_vote_casts_none(make_app, demo_entry):
    app = make_app([demo_entry], workshop=True)
    vote = open_vote(app)
    assert vote.tally == [0] * len(vote.choices) and vote.order == []
    assert vote.winner() is None
    key(app, pygame.K_BACKSPACE)  # nothing to take back
    assert vote.tally == [0] * len(vote.choices)
    key(app, pygame.K_3)
    assert vote.tally[:3] == [0, 0, 1] and vote.winner() == 2
    down = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_2, mod=0, unicode="", scancode=0)
    pump(app, down, down, down)  # a key held down repeats: one press, one vote
    assert vote.tally[:3] == [0, 1, 1]
    pump(app, pygame.event.Event(pygame.KEYUP, key=pygame.K_2, mod=0, unicode="", scancode=0))
    key(app, pygame.K_2)
    assert vote.tally[:3] == [0, 2, 1]


def test_the_presenter_layout_holds_situation_options_and_tally_at_1080p(make_app, demo_entry):
    for lang in ("id", "en"):
        app = make_app([demo_entry], workshop=True, size=(1920, 1080), lang=lang)
        vote = open_vote(app)
        for k in (pygame.K_1, pygame.K_2, pygame.K_2):
            key(app, k)
        look = vote.pl
        assert 30 <= look.px("body") <= 36  # readable at the back of a room
        assert look.px("title") >= 90  # the countdown, large
        window = pygame.Rect((0, 0), (1920, 1080))
        for flow in vote.flows():
            assert window.contains(flow.rect)
        assert vote.options.content_h <= vote.options.rect.height  # every option and its bar in view
        assert vote.situation.content_h <= vote.situation.rect.height  # the whole situation in view
        assert not vote.options.rect.colliderect(vote.situation.rect)
        found = []
        for flow in vote.flows():  # measured with the presenter layout's own look
            check_column(look, flow.items, found, "vote")
        assert found == []
        words = vote.speech_text()
        said = app.game.session.view().lines[-1].text.get(lang)
        assert said in words and vote.tr("tally_n", n=2) in words
        app.close()


def test_the_timer_is_a_workshop_setting_with_a_large_countdown(make_app, demo_entry):
    app = make_app([demo_entry], workshop=True, vote_seconds=60)
    vote = open_vote(app)
    assert vote.left == 60 and vote.clock().startswith("1:00")
    key(app, pygame.K_t)
    vote.update(1.2)
    assert vote.running and vote.clock() == "0:59"
    key(app, pygame.K_PLUS)  # the next step: 2 minutes, reset and kept in the workshop profile
    assert vote.left == 120 and not vote.running
    assert json.loads(workshop.profile_path().read_text())["vote_seconds"] == 120
    for _ in range(3):  # 3, 5 minutes, then no timer
        key(app, pygame.K_PLUS)
    assert vote.seconds == 0 and vote.clock() == vote.tr("timer_off")
    key(app, pygame.K_t)
    assert not vote.running  # nothing to count down
    app.close()
    again = make_app([demo_entry], workshop=True)
    assert again.flow.class_mode.profile.vote_seconds == 0  # remembered by the workshop


def test_a_pause_to_discuss_after_the_cards_until_the_facilitator_continues(make_app, demo_entry):
    app = make_app([demo_entry], workshop=True)
    vote = open_vote(app)
    finish_the_decision(app, vote, pygame.K_1)
    for _ in range(6):  # the outcome and event cards
        if isinstance(app.top, DiscussScreen):
            break
        key(app, pygame.K_RETURN)
    discuss = app.top
    assert isinstance(discuss, DiscussScreen)
    lang = app.settings.lang
    chosen = vote.choices[0].text.get(lang)
    words = discuss.speech_text()
    assert chosen in words
    view = app.game.session.view()
    prompt = view.reflection.get(lang) if view.reflection else discuss.tr("discuss_generic")
    assert prompt in words
    key(app, pygame.K_RETURN)  # the facilitator continues
    assert isinstance(app.top, PlayScreen)
    # the pause can be switched off from the vote screen (D), and stays off
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    vote = app.top
    key(app, pygame.K_d)
    assert app.flow.class_mode.profile.discuss is False
    finish_the_decision(app, vote, pygame.K_2)
    for _ in range(6):
        assert not isinstance(app.top, DiscussScreen)
        if isinstance(app.top, PlayScreen):
            break
        key(app, pygame.K_ESCAPE)


def test_facilitator_notes_speak_in_words_beside_the_text(make_app, demo_entry):
    app = make_app([demo_entry], workshop=True, size=(1920, 1080), lang="en")
    app.top.on_intent("workshop")
    type_text(app, "Kelas B")
    key(app, pygame.K_RETURN)
    app.top.on_intent(("start", 0))
    key(app, pygame.K_SPACE)
    key(app, pygame.K_F3)
    play = app.top
    view = app.game.session.view()
    lines = [text for text, _ in trainer_lines(app.game, app.tr, "en")]
    joined = "\n".join(lines)
    assert view.node not in joined and "seed" not in joined  # no internal ids
    scenario = app.game.scenario
    for shown in view.choices:
        choice = scenario.choice(view.node, shown.id)
        assert shown.id not in joined
        for tag in choice.misconceptions:
            assert any(line.startswith(f"{shown.index + 1} ·") and NAMES[tag].en in line for line in lines)
    assert any(line.startswith("This decision tests:") for line in lines)
    box = free_rect(play, (1920, 1080), app.look.pad)
    reading = text_rects(play)
    assert reading and not any(box.colliderect(r) for r in reading)  # never over the text or options
    notes = notes_look(app.look, app.settings)
    placed, used = layout_notes(trainer_lines(app.game, app.tr, "en"), notes, box)
    assert len(placed) >= 2 + len(view.choices)  # the heading, what it tests, a note per option
    assert box.contains(used) and all(box.contains(img.get_rect(topleft=(x, y))) for x, y, img in placed)
    pump(app)  # and it draws
    # on the vote screen the notes take the lower part of the situation's column
    key(app, pygame.K_1)
    vote = app.top
    pump(app, frames=2)
    assert vote.notes_rect is not None
    for flow in vote.flows():
        assert not vote.notes_rect.colliderect(flow.rect)
    key(app, pygame.K_F3)
    pump(app, frames=2)
    assert vote.notes_rect is None


def test_a_workshop_leaves_the_trainees_own_settings_and_bests_alone(make_app, demo_entry):
    solo = storage.Settings(player_name="Ani", text_size=1)
    storage.save_settings(solo)
    storage.record_best(demo_entry.scenario.id, 1)
    settings_file = datadirs.folders().config / "settings.json"
    best_file = storage.best_path()
    before = settings_file.read_bytes(), best_file.read_bytes()

    app = make_app([demo_entry])  # a solo start, then the title's Workshop
    assert not app.settings.projector and app.settings.player_name == "Ani"
    vote = open_vote(app)  # the team name is typed over an empty box: the workshop's own
    assert app.settings.projector and app.settings.player_name == "Kelas B"
    key(app, pygame.K_PLUS)  # a workshop setting changed
    finish_the_decision(app, vote, pygame.K_1)
    for _ in range(60):  # the class plays it to the end
        top = app.top
        if type(top).__name__ == "DebriefScreen":
            break
        if isinstance(top, VoteScreen):
            key(app, pygame.K_1)
            key(app, pygame.K_RETURN)
        elif isinstance(top, PlayScreen):
            key(app, pygame.K_SPACE)
            key(app, pygame.K_1)
        else:
            key(app, pygame.K_ESCAPE)
    assert type(app.top).__name__ == "DebriefScreen"
    app.close()
    assert (settings_file.read_bytes(), best_file.read_bytes()) == before
    profile = json.loads(workshop.profile_path().read_text())
    assert profile["settings"]["projector"] is True and profile["vote_seconds"] == 180
    assert demo_entry.scenario.id in workshop.load_best()  # the class's best, in its own file

    # a team named in a --workshop session is the workshop's, not the trainee's
    app = make_app([demo_entry], workshop=True)
    assert app.settings.projector and app.settings.player_name == "Kelas B"  # the workshop's
    app.top.on_intent("workshop")
    app.top.entry.text = "Kelas C"
    key(app, pygame.K_RETURN)
    app.close()
    assert settings_file.read_bytes() == before[0]
    assert json.loads(workshop.profile_path().read_text())["team"] == "Kelas C"
    again = make_app([demo_entry])  # the trainee's next solo game
    assert again.settings.player_name == "Ani" and again.settings.text_size == 1
    assert not again.settings.projector


def test_the_command_line_sets_the_discussion_timer():
    import pytest

    from game.cli import starts_the_game
    from game.cli.parser import game_parser
    from game.ui.options import Options

    args = game_parser().parse_args(["--workshop", "--vote-seconds", "300"])
    assert Options.from_args(args).vote_seconds == 300 and Options.from_args(args).workshop
    assert starts_the_game(["--workshop", "--vote-seconds", "300"])
    assert starts_the_game(["--vote-seconds=0"])
    assert Options.from_args(game_parser().parse_args([])).vote_seconds is None
    with pytest.raises(SystemExit):
        game_parser().parse_args(["--vote-seconds", "-5"])


def test_a_damaged_workshop_profile_falls_back_to_the_defaults():
    workshop.profile_path().parent.mkdir(parents=True, exist_ok=True)
    workshop.profile_path().write_text('{"team": 7, "vote_seconds": true, "discuss": "yes", "settings": []}')
    profile = workshop.load_profile()
    assert (profile.team, profile.vote_seconds, profile.discuss) == ("", 120, True)
    assert profile.settings == {"projector": True}
    workshop.profile_path().write_text("not json")
    assert workshop.load_profile() == workshop.WorkshopProfile()
