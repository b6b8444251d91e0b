import pytest

from game.engine.loops import EndlessLoop, LoopGuard


def test_the_guard_stops_past_its_limit_and_names_the_nodes_seen_most():
    guard = LoopGuard(limit=5, lang="id")
    for node in ["a", "b", "a", "b", "a"]:
        guard.step(node)  # five decisions: still allowed
    with pytest.raises(EndlessLoop) as caught:
        guard.step("b")
    assert caught.value.nodes == ["a", "b"] and caught.value.turns == 5
    assert "5 keputusan" in str(caught.value)
    assert "5 decisions" in caught.value.message("en") and "a -> b" in caught.value.message("en")


def test_a_play_that_ends_under_the_limit_is_never_stopped():
    guard = LoopGuard(limit=3)
    for node in ["a", "b", "c"]:
        guard.step(node)
    assert sum(guard.seen.values()) == 3
