"""The vote as the server keeps it (pure): one vote per phone token, a second replaces the first, none
after the close, the tally and the majority (a tie has none), and the address the facilitator gives."""

import pytest

from game.classroom import ballot
from game.classroom.address import DEFAULT_PORT, Address, AddressError, parse
from game.classroom.ballot import Ballot

A, B = "a" * 32, "b" * 32


def test_one_vote_per_token_and_a_second_replaces_the_first():
    vote = Ballot(("x", "y", "z"))
    assert vote.counts() == [0, 0, 0] and vote.tally() == {} and vote.majority() is None
    assert vote.cast(A, "x") == ballot.COUNTED
    assert vote.cast(A, "x") == ballot.SAME
    assert vote.counts() == [1, 0, 0]
    assert vote.cast(A, "y") == ballot.REPLACED  # the phone changed its mind
    assert vote.counts() == [0, 1, 0] and vote.mine(A) == "y" and vote.voters == 1
    assert vote.cast(B, "y") == ballot.COUNTED
    assert vote.tally() == {"y": 2} and vote.majority() == "y" and not vote.is_tie()


def test_votes_after_the_close_are_refused_and_the_tally_stands():
    vote = Ballot(("x", "y"))
    vote.cast(A, "x")
    assert vote.close() == {"x": 1}
    assert vote.cast(B, "y") == ballot.CLOSED
    assert vote.cast(A, "y") == ballot.CLOSED  # not even a change of mind
    assert vote.tally() == {"x": 1} and vote.mine(A) == "x" and vote.mine(B) is None


def test_a_tie_has_no_majority_and_names_the_tied_options():
    vote = Ballot(("x", "y", "z"))
    vote.cast(A, "x")
    vote.cast(B, "z")
    assert vote.is_tie() and vote.majority() is None and vote.leaders() == ["x", "z"]


@pytest.mark.parametrize("token", ["", "short", "x" * 65, "has space here!", None, 7, "ab/cd/ef/gh"])
def test_a_bad_token_or_an_unknown_choice_counts_nothing(token):
    vote = Ballot(("x",))
    assert vote.cast(token, "x") == ballot.BAD_TOKEN
    assert vote.cast(A, "nope") == ballot.UNKNOWN_CHOICE
    assert vote.cast(A, ["x"]) == ballot.UNKNOWN_CHOICE
    assert vote.counts() == [0] and vote.voters == 0


def test_repeated_option_ids_are_refused():
    with pytest.raises(ValueError):
        Ballot(("x", "x"))


def test_only_the_token_and_its_choice_are_kept():
    vote = Ballot(("x", "y"))
    vote.cast(A, "y")
    assert vote.votes == {A: "y"}


@pytest.mark.parametrize(
    "text,host,port",
    [
        ("192.168.1.10", "192.168.1.10", DEFAULT_PORT),
        (" 192.168.1.10:9000 ", "192.168.1.10", 9000),
        ("localhost:8080", "127.0.0.1", 8080),
        ("[fe80::1]:8080", "fe80::1", 8080),
        ("::1", "::1", DEFAULT_PORT),
    ],
)
def test_the_address_the_facilitator_gives(text, host, port):
    assert parse(text) == Address(host, port)


@pytest.mark.parametrize(
    "text",
    [
        "0.0.0.0",
        "0.0.0.0:8765",
        "::",
        "[::]:80",
        "kelas",
        "",
        "1.2.3.4:0",
        "1.2.3.4:x",
        "1.2.3.4:70000",
        "[::1]x",
    ],
)
def test_every_interface_or_a_non_address_is_refused_in_both_languages(text):
    with pytest.raises(AddressError) as err:
        parse(text)
    assert err.value.id_text and err.value.en_text and err.value.id_text != err.value.en_text


def test_the_short_address_and_url():
    assert Address("192.168.1.10", 8765).url == "http://192.168.1.10:8765/"
    assert Address("192.168.1.10", 8765).short == "192.168.1.10:8765"
    assert Address("fe80::1", 80).url == "http://[fe80::1]:80/"
