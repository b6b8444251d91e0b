"""Memory stays bounded over a long session: the caches count bytes, not items."""

from __future__ import annotations

import os

import pygame
import pytest

from game.ui import assets, theme
from game.ui.cache import ByteCache, return_freed_memory, surface_bytes


@pytest.fixture(autouse=True)
def _pygame():
    pygame.init()
    yield


def test_the_byte_cache_evicts_the_least_recently_used_by_size():
    cache = ByteCache(limit=3 * 100 * 100 * 4)
    for name in "abc":
        cache.put(name, pygame.Surface((100, 100), pygame.SRCALPHA))
    assert cache.used == 3 * 40_000
    cache.get("a")  # used again: "b" is now the oldest
    cache.put("d", pygame.Surface((100, 100), pygame.SRCALPHA))
    assert "b" not in cache and {"a", "c", "d"} <= set(cache.items)
    cache.put("big", pygame.Surface((100, 200), pygame.SRCALPHA))  # the size of two: the two oldest go
    assert cache.used <= cache.limit
    assert set(cache.items) == {"d", "big"}
    assert cache.get("missing") is None


def test_one_item_larger_than_the_limit_is_still_kept():
    cache = ByteCache(limit=10)
    surf = pygame.Surface((50, 50))
    cache.put("x", surf)
    assert cache.get("x") is surf and cache.used == surface_bytes(surf)


def test_replacing_an_item_counts_its_bytes_once():
    cache = ByteCache(limit=10**9)
    cache.put("x", pygame.Surface((10, 10), pygame.SRCALPHA))
    cache.put("x", pygame.Surface((20, 20), pygame.SRCALPHA))
    assert cache.used == 20 * 20 * 4 and len(cache) == 1


def test_typing_many_paragraphs_keeps_the_text_cache_under_its_bytes():
    look = theme.Look((1920, 1080), text_size=2)
    words = ("Warga desa belum diajak bicara tentang rencana ini, kata Bu Ani. " * 12).split()
    for n in range(1, len(words)):  # the typewriter draws every prefix of a passage once
        look.text(" ".join(words[:n]), "body", wrap=1600)
    assert 0 < look._text.used <= theme.TEXT_BYTES


def test_the_shrunk_looks_share_the_budget_and_keep_their_own_sizes():
    look = theme.Look((1920, 1080))
    small = look.scaled(0.8)
    assert small._text is look._text
    big, little = look.text("Musrenbang", "body"), small.text("Musrenbang", "body")
    assert little.get_height() < big.get_height()  # the step is part of the key


def test_the_image_caches_are_small_enough_for_the_memory_target():
    assert assets.RAW_BYTES + assets.SCALED_BYTES + theme.TEXT_BYTES <= 80 * 1024 * 1024
    images = assets.Images()
    for kind in assets.BACKGROUND_KINDS:  # every background at two sizes: more than the budget
        for size in ((1920, 1080), (1600, 900)):
            images.cover(assets.background_path(kind), size)
    assert images._raw.used <= assets.RAW_BYTES
    assert images._scaled.used <= assets.SCALED_BYTES


def test_the_window_is_drawn_without_an_opengl_renderer(monkeypatch):
    from game.ui.app import App, Options

    monkeypatch.delenv("SDL_FRAMEBUFFER_ACCELERATION", raising=False)
    app = App(Options(autosave=False, entries=[], builtin=False, record=False))
    try:
        assert os.environ["SDL_FRAMEBUFFER_ACCELERATION"] == "0"
    finally:
        app.close()


def test_returning_freed_memory_is_harmless_to_call_again():
    return_freed_memory()
    return_freed_memory()
    surf = pygame.Surface((2000, 2000))
    del surf


def test_bench_measures_the_play_all_memory_only_under_a_real_x_server(monkeypatch):
    from game.tools import bench

    monkeypatch.delenv("DISPLAY", raising=False)
    assert bench.play_all_rss() is None
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")  # a display named, but nothing drawn on it
    assert bench.play_all_rss() is None


def test_bench_starts_the_installed_package_not_the_checkouts_script():
    from game.tools import bench

    assert bench.GAME_CMD[1:] == ["-m", "game.cli"]
    env = bench._env("/tmp/nowhere")
    assert str(bench.PACKAGE_ROOT) in env["PYTHONPATH"].split(os.pathsep)
    assert (bench.PACKAGE_ROOT / "game" / "cli" / "__main__.py").is_file()
