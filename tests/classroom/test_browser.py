"""Headless Chromium phones vote through the real server and the projector shows their tally (SDL's
dummy driver: the vote screen's tally as it draws it). Each phone is its own browser (its own
localStorage, so its own token); one is set to English. They vote, one changes its mind, one reloads
and still sees its vote, the facilitator closes the vote, a late vote is refused on the phone, and the
majority is played with the phones' tally."""

import os
import shutil
from concurrent.futures import ThreadPoolExecutor

import pygame
import pytest

from ..ui.driver import key
from .phones import ready_vote, wait_for

selenium = pytest.importorskip("selenium", reason="selenium is not installed (pip install -e '.[test]')")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (os.path.exists(CHROMEDRIVER) and CHROMIUM),
        reason="headless phones need chromium and /usr/bin/chromedriver (apt install chromium chromium-driver)",
    ),
]
LANGS = ("id", "id", "id", "en")  # the fourth phone is set to English


def phone(lang: str):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.add_argument("--window-size=390,844")
    options.add_argument(f"--lang={'en-US' if lang == 'en' else 'id-ID'}")
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-US" if lang == "en" else "id-ID"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    return driver


def options_on(driver, count: int):
    WebDriverWait(driver, 15).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#options button")) == count
    )
    return driver.find_elements(By.CSS_SELECTOR, "#options button")


def tap(driver, choice_id: str):
    """A finger on the option (the page rebuilds its buttons only when the vote changes)."""
    driver.find_element(By.CSS_SELECTOR, f'#options button[data-choice="{choice_id}"]').click()
    WebDriverWait(driver, 10).until(
        lambda d: (
            "mine"
            in d.find_element(By.CSS_SELECTOR, f'#options button[data-choice="{choice_id}"]').get_attribute(
                "class"
            )
        )
    )


def status(driver) -> str:
    return driver.find_element(By.ID, "status").text


def test_headless_phones_vote_and_the_projector_shows_their_tally(phone_app):
    app = phone_app()
    vote = ready_vote(app)
    ids = [c.id for c in vote.choices]
    url = vote.phones.server.address.url
    with ThreadPoolExecutor(len(LANGS)) as pool:
        phones = list(pool.map(phone, LANGS))
    try:
        for driver in phones:
            driver.get(url)
        for driver in phones:
            assert len(options_on(driver, len(ids))) == len(ids)
        assert phones[0].find_element(By.ID, "title").text == "Suara kelas"
        assert phones[3].find_element(By.ID, "title").text == "Class vote"  # the phone's language
        assert "anonim" in phones[0].find_element(By.ID, "anon").text
        assert "anonymous" in phones[3].find_element(By.ID, "anon").text
        shown = [b.text for b in options_on(phones[3], len(ids))]
        assert vote.choices[0].text.en in shown[0]
        # three for the second option (one after changing its mind), one for the first
        tap(phones[0], ids[0])
        tap(phones[0], ids[1])
        for driver in phones[1:3]:
            tap(driver, ids[1])
        tap(phones[3], ids[0])
        phones[1].refresh()  # a phone that reconnects keeps its vote
        WebDriverWait(phones[1], 15).until(
            lambda d: (
                d.find_elements(By.CSS_SELECTOR, "#options button.mine")
                and d.find_element(By.CSS_SELECTOR, "#options button.mine").get_attribute("data-choice")
                == ids[1]
            )
        )
        phones[3].find_element(By.ID, "lang").click()  # the switch
        assert phones[3].find_element(By.ID, "title").text == "Suara kelas"
        # the projector: its tally as the vote screen draws it
        wait_for(app, lambda: vote.tally[:2] == [1, 3])
        app.frame([], 1 / 60)
        assert [b.count for b in vote.options.buttons()][:2] == [1, 3] and vote.phones.voters == 4
        assert vote.winner() == 1
        key(app, pygame.K_c)  # the facilitator closes the vote
        late = phones[2]
        late.execute_script("vote(arguments[0])", ids[0])  # a vote sent after the close
        WebDriverWait(late, 10).until(lambda d: "tidak dihitung" in status(d))
        assert "ditutup pukul" in status(late)
        WebDriverWait(phones[0], 10).until(lambda d: "ditutup pukul" in status(d))
        assert all(not b.is_enabled() for b in phones[0].find_elements(By.CSS_SELECTOR, "#options button"))
        assert vote.tally[:2] == [1, 3]
        key(app, pygame.K_RETURN)  # the majority is played, with the phones' tally
        assert app.top is not vote
        assert app.game.session.state.history[0].choice == ids[1]
        assert app.game.votes["1"] == {ids[0]: 1, ids[1]: 3}
        WebDriverWait(phones[3], 10).until(lambda d: "pilihan 1" in status(d))  # its own vote, closed
    finally:
        with ThreadPoolExecutor(len(phones)) as pool:
            list(pool.map(lambda d: d.quit(), phones))
