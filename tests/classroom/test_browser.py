"""Headless Chromium phones vote through the real server and the projector shows their tally (SDL's
dummy driver: the vote screen's tally as it draws it). Each phone is its own browser (its own
localStorage, so its own token); one is set to English. They vote, one changes its mind, one reloads
and still sees its vote, the facilitator closes the vote, a late vote is refused on the phone, and the
majority is played with the phones' tally."""

import pygame
import pytest

from ..browsers import selenium_ready
from ..ui.driver import key
from .browser import mine, options_on, phones, status, tap
from .phones import ready_vote, wait_for

if selenium_ready():
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("phones_ready")]  # skips without them
LANGS = ("id", "id", "id", "en")  # the fourth phone is set to English


def test_headless_phones_vote_and_the_projector_shows_their_tally(phone_app):
    app = phone_app()
    vote = ready_vote(app)
    ids = [c.id for c in vote.choices]
    url = vote.phones.server.address.url
    with phones(LANGS) as held:
        for driver in held:
            driver.get(url)
        for driver in held:
            assert len(options_on(driver, len(ids))) == len(ids)
        assert held[0].find_element(By.ID, "title").text == "Suara kelas"
        assert held[3].find_element(By.ID, "title").text == "Class vote"  # the phone's language
        assert "anonim" in held[0].find_element(By.ID, "anon").text
        assert "anonymous" in held[3].find_element(By.ID, "anon").text
        shown = [b.text for b in options_on(held[3], len(ids))]
        assert vote.choices[0].text.en in shown[0]
        # three for the second option (one after changing its mind), one for the first
        tap(held[0], ids[0])
        tap(held[0], ids[1])
        for driver in held[1:3]:
            tap(driver, ids[1])
        tap(held[3], ids[0])
        held[1].refresh()  # a phone that reconnects keeps its vote
        WebDriverWait(held[1], 15).until(lambda d: mine(d) == ids[1])
        held[3].find_element(By.ID, "lang").click()  # the switch
        assert held[3].find_element(By.ID, "title").text == "Suara kelas"
        # the projector: its tally as the vote screen draws it
        wait_for(app, lambda: vote.tally[:2] == [1, 3])
        app.frame([], 1 / 60)
        assert [b.count for b in vote.options.buttons()][:2] == [1, 3] and vote.phones.voters == 4
        assert vote.winner() == 1
        key(app, pygame.K_c)  # the facilitator closes the vote
        late = held[2]
        late.execute_script("vote(arguments[0])", ids[0])  # a vote sent after the close
        WebDriverWait(late, 10).until(lambda d: "tidak dihitung" in status(d))
        assert "ditutup pukul" in status(late)
        WebDriverWait(held[0], 10).until(lambda d: "ditutup pukul" in status(d))
        enabled = "return document.querySelectorAll('#options button:not(:disabled)').length"
        assert held[0].execute_script(enabled) == 0  # no option can be tapped any more
        assert vote.tally[:2] == [1, 3]
        key(app, pygame.K_RETURN)  # the majority is played, with the phones' tally
        assert app.top is not vote
        assert app.game.session.state.history[0].choice == ids[1]
        assert app.game.votes["1"] == {ids[0]: 1, ids[1]: 3}
        WebDriverWait(held[3], 10).until(lambda d: "pilihan 1" in status(d))  # its own vote, closed
