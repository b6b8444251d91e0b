"""Pictures are checked from their header before decoding, and the caches are bounded by bytes."""

import os

import pygame

from game.ui import assets
from game.ui.assets import Images

from ..conftest import ROOT

HUGE = ROOT / "tests" / "corpus" / "huge-background.png"


def test_a_huge_picture_is_never_decoded(monkeypatch):
    decoded = []
    real = pygame.image.load
    monkeypatch.setattr(pygame.image, "load", lambda p: decoded.append(p) or real(p))
    images = Images()
    assert images.load(HUGE) is None
    assert images.cover(HUGE, (1280, 720)) is None
    assert decoded == []


def test_a_fifo_named_as_a_picture_does_not_block(tmp_path):
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    assert Images().load(fifo) is None  # opening a FIFO for reading would wait for a writer forever


def test_scaled_pictures_are_bounded_by_bytes(monkeypatch):
    monkeypatch.setattr(assets, "SCALED_BYTES", 4 * 1280 * 720 * 3)  # room for three 720p pictures
    images = Images()
    background = ROOT / "assets" / "backgrounds" / "office.png"
    for width in range(1000, 1400, 40):  # ten window sizes, as when a window is resized
        assert images.cover(background, (width, 720)) is not None
    assert images._scaled.used <= 4 * 1280 * 720 * 3
    assert len(images._scaled.items) <= 3
