"""The pre/post misconception check in the window: finding the check, one sitting, its record, and what
the trainee's profile keeps of it (whether the first check was offered, and each sitting's answers).

A sitting is recorded as a session of its own (records contract: mode "check-pre" or "check-post",
scenario = the check's id, one decision per item) through the same store the games use; records must
never stop the check, as they never stop a game.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field
from pathlib import Path

from game.engine.check import Check
from game.safefiles import read_json, write_json

PRE, POST = "check-pre", "check-post"
FILE = "checks.json"  # in the profile's folder
IDENTITY = ("learner_id", "class_name", "batch", "organisation")
_FOUND: dict = {}  # folders searched -> (Check or None, why not)


def find_check(ctx):
    """The first check that loads cleanly in the folders the game reads scenarios from, or None."""
    options = ctx.scenarios.options
    dirs = []
    if options.builtin:
        from . import storage  # noqa: PLC0415
        from .catalog import BUILTIN_DIR  # noqa: PLC0415

        dirs += [BUILTIN_DIR, storage.user_scenarios_dir()]
    dirs += [Path(d) for d in options.scenario_dirs]
    key = tuple(str(d) for d in dirs)
    if key not in _FOUND:
        from game.content.check_loader import check_files, load_check  # noqa: PLC0415

        found = None
        for path in check_files(d for d in dirs if Path(d).exists()):
            loaded = load_check(path)
            if loaded.check is not None:
                found = loaded.check
                break
        _FOUND[key] = found
    return _FOUND[key]


# -- what the profile keeps -------------------------------------------------------------------------
def _path(ctx) -> Path:
    from . import profiles  # noqa: PLC0415

    return profiles.folder(ctx.flow.profile_id()) / FILE


def kept(ctx) -> dict:
    data, _ = read_json(_path(ctx))
    return data if isinstance(data, dict) else {}


def _keep(ctx, data: dict) -> None:
    try:
        path = _path(ctx)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_json(path, data)
    except OSError:
        pass  # the check goes on; only the comparison later is lost


def pre_offered(ctx, check: Check) -> bool:
    return check.id in kept(ctx).get("pre_offered", [])


def mark_pre_offered(ctx, check: Check) -> None:
    data = kept(ctx)
    offered = [c for c in data.get("pre_offered", []) if isinstance(c, str)]
    if check.id not in offered:
        data["pre_offered"] = offered + [check.id]
        _keep(ctx, data)


def last_answers(ctx, check: Check, mode: str) -> dict | None:
    """The answers {item id: option id} of the profile's first pre sitting or last post sitting."""
    sittings = [
        s
        for s in kept(ctx).get("sittings", [])
        if isinstance(s, dict) and s.get("check") == check.id and s.get("mode") == mode
    ]
    if not sittings:
        return None
    chosen = sittings[0] if mode == PRE else sittings[-1]
    answers = chosen.get("answers")
    return {str(k): str(v) for k, v in answers.items()} if isinstance(answers, dict) else None


def offer_pre(ctx, entry) -> bool:
    """Before a scenario starts from the picker: offer the first check once per profile (not in a
    workshop, where the class plays together). True when the offer was opened."""
    if ctx.flow.workshop:
        return False
    check = find_check(ctx)
    if check is None or pre_offered(ctx, check):
        return False
    mark_pre_offered(ctx, check)
    ctx.nav.push("check_offer", mode=PRE, entry=entry)
    return True


# -- one sitting ------------------------------------------------------------------------------------
@dataclass
class Sitting:
    check: Check
    mode: str
    seed: int
    answers: dict = field(default_factory=dict)  # item id -> option id
    session_id: str | None = None
    store: object = None

    @property
    def index(self) -> int:
        return len(self.answers)

    @property
    def done(self) -> bool:
        return self.index >= len(self.check.items)

    def item(self):
        return self.check.items[self.index]

    def shown(self) -> list:
        return self.item().shown(self.seed)

    def begin(self, ctx) -> None:
        """Open its record (when records are kept)."""
        keeper = ctx.flow.records
        if not getattr(keeper, "enabled", False):
            return
        try:
            from game.records.store import RecordStore  # noqa: PLC0415

            if keeper.store is None:
                keeper.store = RecordStore.open(keeper.db)
            self.store = keeper.store
            # who the games record this learner as (profile's learner id, --learner-id/--class/...)
            who = keeper.identity(bool(ctx.flow.workshop)) if hasattr(keeper, "identity") else {}
            identity = {k: str(who.get(k) or getattr(ctx.settings, k, "") or "") for k in IDENTITY}
            self.session_id = self.store.start_session(
                ctx.settings.player_name,
                self.check.id,
                self.check.content_hash,
                self.seed,
                ctx.lang,
                self.mode,
                scenario_title={"id": self.check.title.id, "en": self.check.title.en},
                **identity,
            )
        except Exception:  # noqa: BLE001 (records must never stop the check)
            self.store = self.session_id = None

    def answer(self, position: int) -> None:
        """The trainee chose the option shown at `position` (0-based)."""
        item, shown = self.item(), self.shown()
        option = shown[position]
        self.answers[item.id] = option.id
        if self.store is None:
            return
        try:
            self.store.record_decision(
                self.session_id,
                len(self.answers),
                item.id,
                option.id,
                {},
                option.misconceptions,
                choice_text=_text(option.text),
                options=[
                    {"id": o.id, "text": _text(o.text), "misconceptions": list(o.misconceptions)}
                    for o in shown
                ],
                situation=_text(item.question or item.situation),
            )
        except Exception:  # noqa: BLE001
            self.store = None

    def finish(self, ctx) -> None:
        from game.engine.check import shown_misconceptions  # noqa: PLC0415

        counts = shown_misconceptions(self.check, self.answers)
        data = kept(ctx)
        sittings = [s for s in data.get("sittings", []) if isinstance(s, dict)]
        at = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        sittings.append({"check": self.check.id, "mode": self.mode, "answers": dict(self.answers), "at": at})
        data["sittings"] = sittings[-20:]
        _keep(ctx, data)
        if self.store is None:
            return
        try:
            free = {m: n == 0 for m, n in counts.items()}
            self.store.finish_session(self.session_id, None, {}, {"shown": counts, "free_of": free})
        except Exception:  # noqa: BLE001
            pass


def new_sitting(ctx, check: Check, mode: str) -> Sitting:
    seed = ctx.flow.seed if ctx.flow.seed is not None else random.randrange(1 << 30)
    return Sitting(check, mode, seed + (1 if mode == POST else 0))


def _text(text) -> dict:
    return {"id": text.id, "en": text.en}


# -- the debrief's offer ----------------------------------------------------------------------------
@dataclass(frozen=True)
class OpenCheck:
    """Take the closing check (the debrief's button)."""


OPEN_CHECK = OpenCheck()


def debrief_offer(ctx) -> list:
    """The debrief's button to the closing check ("Cek akhir"), when there is a check (not in a workshop)."""
    if ctx.flow.workshop or find_check(ctx) is None:
        return []
    from .strings_check import say  # noqa: PLC0415
    from .widgets import Button  # noqa: PLC0415

    return [Button(say("offer_post_title", ctx.lang), OPEN_CHECK, center=True)]


def open_post(ctx) -> None:
    ctx.nav.push("check_offer", mode=POST)
