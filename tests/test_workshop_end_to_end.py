"""Issue 16's 'done when': a full simulated workshop, end to end.

A class session in the window (SDL's dummy driver, class mode, phones on 127.0.0.1 and a free port)
plays a scenario: at every decision 12 headless Chromium phones vote through the real phone page and
vote server, the facilitator closes the vote (C) and plays the majority (Enter), and the votes are
recorded. Then 12 trainees take the pre check and the post check on the check screens (keys 1-4), each
as themselves (name, learner id, class). Last, the real `report` command reads the records database and
its HTML (parsed) shows each voted decision's vote counts and, per misconception, the pre and post share
and the normalised gain.

Twelve phones are six headless browsers with two tabs each, one tab at http://127.0.0.1:PORT/ and one at
http://localhost:PORT/: two origins, so two localStorages and two tokens per browser (every vote still
goes through the page and the server), at half the browsers' memory and start-up.
"""

from __future__ import annotations

import html.parser
import socket
import time

import pygame
import pytest

from game.engine.misconceptions import NAMES
from game.engine.model import MISCONCEPTIONS
from game.records import gain
from game.records.gain import normalised_gain
from game.records.reading import read_sessions

from .browsers import selenium_ready
from .conftest import ROOT
from .ui.conftest import demo_entry, make_app, no_input_delays, private_home  # noqa: F401 (fixtures)
from .ui.driver import key, pump, type_text

if selenium_ready():
    from selenium.webdriver.support.ui import WebDriverWait

    from .classroom.browser import phones, tap

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("phones_ready")]  # skips without them

CHECKS = ROOT / "scenarios" / "checks"
CLASS = "Angkatan 3"
TRAINEES = [(f"Peserta {n:02d}", f"19800101200501{n:04d}") for n in range(1, 13)]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- the report, parsed ------------------------------------------------------------------------------
class ReportParser(html.parser.HTMLParser):
    """Per decision (article.decision[data-node]) each option's vote count (small.v[data-votes]), and
    the gain table's rows (tr[data-misconception]) as their cells' texts."""

    def __init__(self):
        super().__init__()
        self.votes: dict = {}  # node -> {choice id: votes}
        self.gain: dict = {}  # misconception -> [name, pre, post, gain]
        self.in_gain = 0
        self.gain_text = ""  # the gain section's words
        self.node = self.choice = self.row = None
        self.cell: list | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section" and a.get("data-section") == "gain":
            self.in_gain = 1
        elif tag == "section" and self.in_gain:
            self.in_gain += 1
        if tag == "article" and "decision" in (a.get("class") or "").split():
            self.node = a.get("data-node")
        elif tag == "li" and self.node is not None and "data-choice" in a:
            self.choice = a["data-choice"]
        elif tag == "small" and "v" in (a.get("class") or "").split() and self.choice is not None:
            self.votes.setdefault(self.node, {})[self.choice] = int(a["data-votes"])
        elif tag == "tr" and self.in_gain and "data-misconception" in a:
            self.row = a["data-misconception"]
            self.gain[self.row] = []
        elif tag == "td" and self.row is not None:
            self.cell = []

    def handle_data(self, data):
        if self.in_gain:
            self.gain_text += data
        if self.cell is not None:
            self.cell.append(data)

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.gain[self.row].append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr":
            self.row = None
        elif tag == "li":
            self.choice = None
        elif tag == "article":
            self.node = None
        elif tag == "section" and self.in_gain:
            self.in_gain -= 1


# -- the class session in the window -----------------------------------------------------------------
def wait_for(app, what, seconds: float = 20.0):
    end = time.monotonic() + seconds
    while not what():
        assert time.monotonic() < end, "the projector never showed it"
        pump(app)
        time.sleep(0.01)


def page_choices(driver) -> list:
    """The choice ids of the page's enabled option buttons (one script: the page rebuilds them)."""
    return driver.execute_script(
        "return [...document.querySelectorAll('#options button:not(:disabled)')]"
        ".map(b => b.getAttribute('data-choice'));"
    )


def plan(n_options: int, decision: int) -> list:
    """Which option (0-based) each of the 12 phones votes for: 7 / 3 / 2 with a different winner each
    decision (7 / 5 with two options)."""
    first = decision % n_options
    second = (first + 1) % n_options
    third = (first + 2) % n_options
    if n_options == 2:
        return [first] * 7 + [second] * 5
    return [first] * 7 + [second] * 3 + [third] * 2


def play_the_class_session(app, port, held):
    """From the title to the debrief, every decision voted by the phones; returns the votes expected
    per node {node: {choice id: count}} and the choices played."""
    from game.ui.screens.cards import EventCard, OutcomeCard
    from game.ui.screens.debrief import DebriefScreen
    from game.ui.screens.discuss import DiscussScreen
    from game.ui.screens.play import PlayScreen
    from game.ui.screens.reflection import ReflectionScreen
    from game.ui.screens.vote import VoteScreen

    app.top.on_intent("workshop")
    app.top.entry.text = ""
    type_text(app, "Kelas Angkatan 3")
    key(app, pygame.K_RETURN)
    app.top.on_intent(("start", 0))
    expected, played, tabs = {}, [], []
    for _ in range(200):
        top = app.top
        if isinstance(top, DebriefScreen):
            return expected, played
        if isinstance(top, (OutcomeCard, EventCard)):
            key(app, pygame.K_RETURN)
        elif isinstance(top, ReflectionScreen):
            type_text(app, "Warga belum diajak bicara.")
            key(app, pygame.K_RETURN)
        elif isinstance(top, DiscussScreen):
            key(app, pygame.K_RETURN)
        elif isinstance(top, PlayScreen):
            key(app, pygame.K_SPACE)  # the typewriter
            node = app.game.session.state.node
            key(app, pygame.K_1)  # opens the class vote
            vote = app.top
            assert isinstance(vote, VoteScreen)
            assert vote.phones.server.wait_started() == "ready", vote.phones.server.problem
            wait_for(app, lambda v=vote: v.phones.ready)
            if not tabs:  # the server listens from the first phone vote on: the phones open the page
                open_phones(held, port)
                tabs = [(driver, handle) for driver in held for handle in driver.window_handles]
                assert len(tabs) == 12
            ids = [c.id for c in vote.choices]
            picks = plan(len(ids), len(played))
            for (driver, handle), pick in zip(tabs, picks, strict=True):
                driver.switch_to.window(handle)
                # this vote's options on the page (the previous vote's were closed)
                WebDriverWait(driver, 20).until(lambda d, ids=ids: page_choices(d) == ids)
                tap(driver, ids[pick])
            counts = {ids[i]: picks.count(i) for i in sorted(set(picks))}
            wait_for(app, lambda v=vote: v.phones.voters == 12)
            assert vote.tally == [picks.count(i) for i in range(len(ids))]  # the projector's bars
            key(app, pygame.K_c)  # the facilitator closes the vote
            assert vote.closed
            key(app, pygame.K_RETURN)  # the majority is played
            assert app.top is not vote
            played.append(app.game.session.state.history[-1].choice)
            assert played[-1] == ids[picks[0]]
            expected[node] = counts
        else:
            raise AssertionError(f"unexpected screen {type(top).__name__}")
    raise AssertionError("the class session did not reach the debrief")


def open_phones(held, port):
    """Each browser: a tab at 127.0.0.1 and one at localhost (their own localStorage and token)."""
    for driver in held:
        driver.get(f"http://127.0.0.1:{port}/")
        driver.switch_to.new_window("tab")
        driver.get(f"http://localhost:{port}/")


# -- the trainees' check -----------------------------------------------------------------------------
def take_check(app, mode, pick):
    """One sitting on the check screens: the offer (Enter starts it), every item answered with the
    keys (`pick(options)`: the position), the result closed (Enter)."""
    from game.ui.screens.check import CheckDoneScreen, CheckOfferScreen, CheckScreen

    app.nav.push("check_offer", mode=mode)
    pump(app)
    assert isinstance(app.top, CheckOfferScreen)
    key(app, pygame.K_RETURN)
    while isinstance(app.top, CheckScreen):
        key(app, pygame.K_1 + pick(app.top.sitting.shown()))
    assert isinstance(app.top, CheckDoneScreen) and app.top.mode == mode
    key(app, pygame.K_RETURN)


def showing(tag):
    """The option showing `tag`, else one that shows no misconception."""
    return lambda options: next((i for i, o in enumerate(options) if tag in o.misconceptions), free(options))


def free(options):
    return next(i for i, o in enumerate(options) if not o.misconceptions)


def test_a_full_workshop_phones_vote_trainees_take_the_check_and_the_report_shows_both(
    make_app,  # noqa: F811
    demo_entry,  # noqa: F811
    tmp_path,
):
    from game.classroom.address import Address
    from game.cli import main
    from game.ui.workshop import load_profile, save_profile

    db = tmp_path / "records.sqlite3"
    port = free_port()
    profile = load_profile()
    profile.class_name, profile.batch, profile.organisation = CLASS, "3", "Dinas PMD Kabupaten Sleman"
    save_profile(profile)

    # 1. the class session: 12 phones vote at every decision
    app = make_app([demo_entry], workshop=True, phones=Address("127.0.0.1", port), record=True, db=str(db))
    app.flow.class_mode.class_asked = True  # the class was confirmed (the Team screen's own tests)
    with phones(["id"] * 5 + ["en"]) as held:
        expected, played = play_the_class_session(app, port, held)
    assert len(expected) >= 2, "the scenario should have more than one decision to vote"
    app.close()
    assert app.flow.class_mode.server is None  # App.close stopped the phones' server
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0

    # 2. twelve trainees take the pre check and, after the day, the post check
    trainee_app = make_app([demo_entry], scenario_dirs=[str(CHECKS)], record=True, db=str(db))
    keeper = trainee_app.flow.records
    # pre: trainees 1-9 show solo_work in every answer, 10-12 aid_dependency where an item offers it;
    # post: trainees 1-3 still show solo_work, 11-12 still aid_dependency, the others neither
    for n, (name, learner_id) in enumerate(TRAINEES):
        trainee_app.settings.player_name = name
        keeper.given = {"learner_id": learner_id, "class_name": CLASS, "batch": "3"}  # play --learner-id ...
        take_check(trainee_app, "check-pre", showing("solo_work") if n < 9 else showing("aid_dependency"))
        post = showing("solo_work") if n < 3 else showing("aid_dependency") if n >= 10 else free
        take_check(trainee_app, "check-post", post)
    trainee_app.close()

    sessions = read_sessions(db)
    [class_session] = [s for s in sessions if s["mode"] == "workshop"]
    assert class_session["class_name"] == CLASS and class_session["status"] == "finished"
    voted = {d["node"]: d["votes"] for d in class_session["decisions"] if d.get("votes")}
    assert voted == expected  # every decision's phone votes were recorded
    assert [d["choice"] for d in class_session["decisions"]] == played
    checks = [s for s in sessions if s["mode"].startswith("check-")]
    assert len(checks) == 24
    assert {s["learner_id"] for s in checks} == {lid for _, lid in TRAINEES}
    assert {s["class_name"] for s in checks} == {CLASS}

    # 3. the real report command on the records database
    out = tmp_path / "laporan.html"
    code = main(["report", "--db", str(db), "-o", str(out), "--lang", "en"])
    assert code == 0
    page = ReportParser()
    page.feed(out.read_text(encoding="utf-8"))
    assert page.votes == expected  # each voted decision's counts, option by option
    words = gain.WORDS["en"]
    assert words["matched"].format(n=12) in page.gain_text  # all twelve matched by learner id
    rows = page.gain
    assert list(rows) == list(MISCONCEPTIONS)  # one row per misconception
    for m, (name, *_) in rows.items():
        assert name == NAMES[m].get("en")  # its name in the report's language
    # free of solo_work: 3 of 12 before, 9 of 12 after: g = (0.75 - 0.25) / (1 - 0.25) = +0.67
    assert normalised_gain(3 / 12, 9 / 12) == pytest.approx(2 / 3)
    assert rows["solo_work"][1:] == ["25%", "75%", "+0.67"]
    # aid_dependency: 9 of 12 free before, 10 of 12 after: g = (10/12 - 9/12) / (3/12) = +0.33
    assert rows["aid_dependency"][1:] == ["75%", "83%", "+0.33"]
    # quick_change: nobody showed it, free before and after: no gain to make (undefined, not 0)
    assert rows["quick_change"][1:] == ["100%", "100%", words["undefined"]]
