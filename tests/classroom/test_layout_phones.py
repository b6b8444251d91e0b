"""The vote screen with phones at 1080p in both languages: the QR code and the address beside the
options when they leave room, above the situation when they do not (a crowded vote), never over the
options, the situation or the button; every option and its bar in view; the text as measured by the
presenter's own look neither clipped nor overlapping."""

import pygame
import pytest

from game.classroom.address import Address
from game.ui.screens.vote import FLOOR_PX

from ..conftest import ROOT
from ..ui.driver import key, pump
from ..ui.layout_check import check_column
from ..ui.test_layout_decision import check_situation
from .phones import ready_vote, wait_for

CROWDED = ROOT / "scenarios" / "03-angka-terlalu-indah.yaml", "rapat_kadis"  # 4 long options


def check(vote, least: int = 250):
    window = pygame.Rect(0, 0, 1920, 1080)
    phones = vote.phones
    assert phones.qr_rect is not None and phones.qr_rect.width >= least  # read from the back of a room
    assert window.contains(phones.rect) and phones.rect.contains(phones.qr_rect)
    for flow in vote.flows():
        assert window.contains(flow.rect)
        assert not phones.rect.colliderect(flow.rect), (phones.rect, flow.rect)
    for image, (x, y) in phones.surfaces:
        assert window.contains(image.get_rect(topleft=(x, y)))
    assert vote.options.content_h <= vote.options.rect.height
    assert vote.situation.rect.height >= vote.pl.line_h("body") * 2
    found = []
    for flow in vote.flows():
        check_column(vote.pl, flow.items, found, "vote")
    assert found == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_short_vote_has_the_code_beside_its_options(phone_app, lang):
    app = phone_app(lang=lang)
    vote = ready_vote(app)
    check(vote)
    assert vote.phones.qr_rect.left >= vote.options.rect.left  # in the options' column, under them
    assert vote.phones.qr_rect.width >= 400


@pytest.mark.parametrize("text_size", [0, 2], ids=["text-0", "text-largest"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_crowded_vote_has_the_code_above_the_situation(phone_app, port, lang, text_size):
    app = phone_app(lang=lang, autosave=False)
    app.settings.text_size = text_size
    app.relayout()
    path, node = CROWDED
    app.flow.open_file(str(path), start_at=node)
    pump(app)
    key(app, pygame.K_SPACE)
    key(app, pygame.K_1)
    vote = app.top
    assert vote.phones.server.address == Address("127.0.0.1", port)
    vote.phones.server.wait_started()
    wait_for(app, lambda: vote.phones.ready)
    check(vote, 250 if text_size == 0 else 150)  # (150 px: a hand's width on a projector's screen)
    first = vote.view.lines[0]
    check_situation(vote.situation, vote.pl, first.speaker.name if first.speaker else "")
    assert vote.situation.port.height >= 2 * vote.pl.line_h("body")  # the situation keeps two lines
    assert vote.pl.px("body") >= FLOOR_PX - 0.5  # stepped down no further than a vote may
    assert vote.phones.qr_rect.right <= vote.situation.rect.right  # in the situation's column
    assert vote.phones.qr_rect.bottom <= vote.situation.rect.top
    role, width = vote.phones.address_role  # the address on one line: never broken inside the number
    assert vote.pl.text(vote.phones.server.address.short, role, "text", bold=True).get_width() <= width
    assert vote.keys_note is None and vote.tr("phones_keys_short") in vote.note_text  # only the keys it needs
