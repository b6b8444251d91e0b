"""Screens: title, player, picker, play, cards, reflection, vote, history, pause, settings, errors,
debrief, slots (saved games), confirm.

Each follows one contract (enter, exit, layout, handle_event, update, draw) and is registered here by
name. A screen asks for another by that name through the navigator (`ctx.nav.push("history")`) and
never imports another screen. Each module is imported when its screen is first opened, so the first
frame does not wait for what only later screens need.
"""

from __future__ import annotations

import importlib


def _lazy(module: str, name: str):
    def make(context, **args):
        return getattr(importlib.import_module(f"{__name__}.{module}"), name)(context, **args)

    make.__qualname__ = f"{module}.{name}"
    return make


SCREENS = {
    "title": _lazy("title", "TitleScreen"),
    "player": _lazy("player", "PlayerScreen"),
    "picker": _lazy("picker", "PickerScreen"),
    "play": _lazy("play", "PlayScreen"),
    "outcome": _lazy("cards", "OutcomeCard"),
    "event": _lazy("cards", "EventCard"),
    "reflection": _lazy("reflection", "ReflectionScreen"),
    "vote": _lazy("vote", "VoteScreen"),
    "discuss": _lazy("discuss", "DiscussScreen"),
    "history": _lazy("history", "HistoryScreen"),
    "pause": _lazy("pause", "PauseScreen"),
    "settings": _lazy("settings", "SettingsScreen"),
    "errors": _lazy("errors", "ErrorsScreen"),
    "debrief": _lazy("debrief", "DebriefScreen"),
    "slots": _lazy("slots", "SlotsScreen"),
    "confirm": _lazy("confirm", "ConfirmScreen"),
    "trainer_tools": _lazy("trainer_tools", "TrainerToolsScreen"),  # the title's Trainer entry
    "records_tools": _lazy("records_tools", "RecordsToolsScreen"),  # Class records, from the Trainer screen
    "check_offer": _lazy("check", "CheckOfferScreen"),  # the pre/post misconception check (issue 16)
    "check": _lazy("check", "CheckScreen"),
    "check_done": _lazy("check", "CheckDoneScreen"),
}
