"""`play FILE` in the window keeps the player's own language unless --lang is given."""

from game.cli.parser import build_parser


def test_play_leaves_the_language_to_the_window_unless_told():
    parser = build_parser()
    assert parser.parse_args(["play", "scenarios/00-tutorial.yaml"]).lang is None  # the window's setting
    assert parser.parse_args(["play", "x.yaml", "--lang", "en"]).lang == "en"


def test_the_window_takes_the_language_only_when_told(make_app, sample_entry):
    app = make_app([sample_entry])
    app.settings.lang = "en"
    app.save_settings()
    again = make_app([sample_entry])
    assert again.settings.lang == "en"  # a window opened without --lang speaks as the player chose
    told = make_app([sample_entry], lang="id")
    assert told.settings.lang == "id"
