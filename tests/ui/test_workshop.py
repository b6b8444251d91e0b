"""Workshop mode: the class votes at each decision, the majority is played, the tally is kept."""

import pygame

from game.ui.screens.debrief import DebriefScreen
from game.ui.screens.play import PlayScreen
from game.ui.screens.player import PlayerScreen
from game.ui.screens.vote import VoteScreen

from .driver import key, type_text
from .test_playthrough import play_through


def test_the_majority_is_played_and_the_votes_are_recorded(make_app, demo_entry):
    from game.records.store import default_db_path, read_sessions

    app = make_app([demo_entry], seed=4, record=True)
    app.top.on_intent("workshop")
    assert isinstance(app.top, PlayerScreen) and app.settings.projector
    assert app.top.title() == "Apa nama tim Anda?"
    type_text(app, "Kelas B")
    key(app, pygame.K_RETURN)
    app.top.on_intent(("start", 0))
    play = app.top
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)  # a choice opens the class vote; opening it casts no vote
    vote = app.top
    assert isinstance(vote, VoteScreen) and vote.tally[:3] == [0, 0, 0]
    assert vote.winner() is None and not vote.foot_items()[-1].enabled
    key(app, pygame.K_RETURN)  # nothing to play yet
    assert app.top is vote and not app.game.session.state.history
    for k in (pygame.K_1, pygame.K_2, pygame.K_2, pygame.K_3):
        key(app, k)
    key(app, pygame.K_2)
    key(app, pygame.K_BACKSPACE)  # a vote taken back: 1 / 2 / 1
    assert vote.tally == [1, 2, 1]
    assert vote.foot_items()[-1].enabled
    key(app, pygame.K_t)
    assert vote.running
    vote.update(1.5)
    assert vote.left < 120
    key(app, pygame.K_RETURN)
    assert app.game.session.state.history[0].choice == "mulai.2"
    assert app.game.votes["1"] == {"mulai.1": 1, "mulai.2": 2, "mulai.3": 1}
    for _ in range(10):  # the cards (Enter) and a reflection question (Escape skips it)
        if isinstance(app.top, PlayScreen):
            break
        key(app, pygame.K_ESCAPE)
    assert app.top is play
    # a tie cannot be played
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)  # opens the vote
    for k in (pygame.K_1, pygame.K_2):
        key(app, k)
    assert isinstance(app.top, VoteScreen) and app.top.winner() is None
    key(app, pygame.K_RETURN)
    assert isinstance(app.top, VoteScreen)
    key(app, pygame.K_1)
    key(app, pygame.K_RETURN)
    play_through(app)
    assert isinstance(app.top, DebriefScreen)
    words = app.top.speech_text()
    assert "Suara kelas (4):" in words  # the first decision's votes, one line per option
    first = app.game.scenario.nodes[app.game.session.state.history[0].node]
    text = {c.id: c.text.get("id") for c in first.choices}
    for choice_id, n in (("mulai.2", 2), ("mulai.1", 1), ("mulai.3", 1)):
        assert f"{n} suara · {text[choice_id]}" in words
    app.close()
    decisions = read_sessions(default_db_path())[0]["decisions"]
    assert decisions[0]["votes"] == {"mulai.1": 1, "mulai.2": 2, "mulai.3": 1}
