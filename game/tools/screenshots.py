"""Write a PNG of every screen: `python run_game.py screenshots -o DIR [--lang id|en] [--size WxH]`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pygame

from game.ui.catalog import BUILTIN_DIR, Entry, discover

SCREENS = (
    "title",
    "player",
    "picker",
    "settings",
    "play",
    "trainer",
    "vote",
    "history",
    "pause",
    "consequence",
    "event",
    "reflection",
    "debrief",
    "compare",
)


def default_entries() -> list:
    entries = discover([BUILTIN_DIR])
    if not any(e.ok for e in entries):
        from .demo import demo_scenario  # noqa: PLC0415

        entries.append(Entry("<demo>", demo_scenario()))
    return entries


def parse_size(text: str) -> tuple[int, int]:
    w, h = text.lower().split("x")
    return int(w), int(h)


class Shooter:
    def __init__(self, app, out: Path, prefix: str, on_shot=None):
        self.app, self.out, self.prefix, self.on_shot = app, out, prefix, on_shot
        self.written: dict = {}

    def shot(self, name: str) -> None:
        if name in self.written:
            return
        self.app.dirty = True
        self.app.frame([], 0)
        path = self.out / f"{self.prefix}{name}.png"
        pygame.image.save(self.app.window, str(path))
        self.written[name] = path
        if self.on_shot is not None:
            self.on_shot(name, self.app)


def write_all(
    out_dir,
    lang: str = "id",
    size=(1280, 720),
    entries: list | None = None,
    text_size: int = 0,
    high_contrast: bool = False,
    prefix: str = "",
    on_shot=None,
    projector: bool = False,
) -> list:
    """Drive the game through every screen and save each one; returns the paths written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    saved_env = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    with tempfile.TemporaryDirectory() as home:
        os.environ["XDG_CONFIG_HOME"] = os.path.join(home, "config")
        os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")
        try:
            return _tour(out, lang, size, entries, (text_size, high_contrast, projector), prefix, on_shot)
        finally:
            for key, value in saved_env.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def _tour(out, lang, size, entries, look, prefix, on_shot) -> list:
    from game.ui.app import App, Options  # noqa: PLC0415
    from game.ui.intents import Act, Replay, Start  # noqa: PLC0415
    from game.ui.screens.cards import EventCard, OutcomeCard  # noqa: PLC0415
    from game.ui.screens.debrief import DebriefScreen  # noqa: PLC0415
    from game.ui.screens.reflection import ReflectionScreen  # noqa: PLC0415

    entries = entries if entries is not None else default_entries()
    app = App(
        Options(size=size, lang=lang, seed=7, autosave=False, entries=entries, builtin=False, record=False)
    )
    app.settings.text_size, app.settings.high_contrast, app.settings.projector = look
    app.settings.player_name = "Tim Girimulyo"
    app.relayout()
    shoot = Shooter(app, out, prefix, on_shot)
    shoot.shot("title")
    app.top.on_intent(Act.PLAY)
    shoot.shot("player")
    app.top.on_intent(Act.NEXT)
    shoot.shot("picker")
    app.top.on_intent(Act.BACK)
    app.top.on_intent(Act.SETTINGS)
    shoot.shot("settings")
    app.nav.pop()
    app.settle()
    playable = [i for i, e in enumerate(entries) if e.ok]
    app.top.on_intent(Act.PLAY)
    app.top.on_intent(Act.NEXT)
    app.top.on_intent(Start(playable[0]))
    play = app.top
    play.finish_typing()
    shoot.shot("play")
    app.flow.trainer = True
    shoot.shot("trainer")
    app.flow.trainer = False
    app.flow.workshop = True  # the workshop's vote, then back to a single player
    play.choose(0)
    vote = app.top
    for index in (0, 1, 0, 1, 0):
        vote.vote(index % len(vote.tally))
    shoot.shot("vote")
    app.nav.pop()
    app.settle()
    app.flow.workshop = False
    first = True
    replayed = False
    for _ in range(400):
        top = app.top
        if isinstance(top, DebriefScreen):
            if replayed:
                heading = app.tr("compare")
                top.flow.offset = next(
                    (i.rect.top for i in top.flow.items if getattr(i, "text", "") == heading), 0
                ) - round(app.look.line_h("body") * 1.5)
                top.flow.clamp()
                shoot.shot("compare")
                break
            shoot.shot("debrief")
            top.on_intent(Replay(1))
            play, replayed = app.top, True
            play.finish_typing()
            play.choose(1 if len(play.view.choices) > 1 else 0)
            continue
        if isinstance(top, OutcomeCard):
            if top.item.misconceptions or "consequence" not in shoot.written and _done(app):
                shoot.shot("consequence")
            top.on_intent(Act.CONTINUE)
        elif isinstance(top, EventCard):
            shoot.shot("event")
            top.on_intent(Act.CONTINUE)
        elif isinstance(top, ReflectionScreen):
            top.entry.text = (
                "Rapat diadakan saat warga di sawah."
                if lang == "id"
                else "The meeting was held while people were in the fields."
            )
            top.layout()
            shoot.shot("reflection")
            top.on_intent(Act.SUBMIT)
        elif top is play:
            play.finish_typing()
            if not first and "history" not in shoot.written:
                play.on_intent(Act.HISTORY)
                shoot.shot("history")
                app.nav.pop()
                app.settle()
                play.on_intent(Act.MENU)
                shoot.shot("pause")
                app.nav.pop()
                app.settle()
            play.choose(_pick(play, prefer_misconception=first))
            first = False
        else:
            break
    app.close()
    return list(shoot.written.values())


def _done(app) -> bool:
    return app.game is not None and app.game.session.is_over


def _pick(play, prefer_misconception: bool) -> int:
    scenario = play.run.scenario
    node = scenario.nodes[play.view.node]
    by_id = {c.id: c for c in node.choices}
    choices = play.view.choices
    if prefer_misconception:
        for choice in choices:
            spec = by_id.get(choice.id)
            if spec is not None and spec.misconceptions and spec.schedule:
                return choice.index
        for choice in choices:
            spec = by_id.get(choice.id)
            if spec is not None and spec.misconceptions:
                return choice.index
    return 0
