"""The workshop profile: a class's settings kept apart from the trainee's own.

A workshop (``--workshop`` or the title's Workshop) plays with the projector preset, a team name, the
class's best results, a discussion timer and an optional pause to discuss after each decision. All of it
lives in ``workshop.json`` (config folder) and ``workshop-best.json`` (data folder); the trainee's
``settings.json`` and ``best.json`` are never written while a workshop runs.

The class (kelas), batch (angkatan) and organisation (instansi) go into every session's record. The
facilitator is asked for them once per class session (the team screen, the first time), prefilled with
the last class's and the organisation of records-settings.json (game.records.settings).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from game import datadirs

from . import storage

VOTE_STEPS = (60, 120, 180, 300, 0)  # the discussion timer's choices, in seconds; 0 is no timer
MAX_SECONDS = 3600
# what a workshop keeps of the settings (the rest, e.g. the language, is the room's too)
KEPT = ("lang", "text_speed", "text_size", "high_contrast", "sound", "projector", "read_aloud", "sapaan")
CLASS_FIELDS = ("class_name", "batch", "organisation")  # kept in each session's record
CLASS_CHARS = 120


@dataclass
class WorkshopProfile:
    team: str = ""
    vote_seconds: int = 120
    discuss: bool = True  # pause to discuss after each decision's cards
    settings: dict = field(default_factory=lambda: {"projector": True})
    phones: str = ""  # where the class votes from phones (HOST:PORT, chosen with P on the vote screen)
    class_name: str = ""  # the class's record fields, the last ones the facilitator confirmed
    batch: str = ""
    organisation: str = ""

    def clean(self) -> WorkshopProfile:
        if not isinstance(self.team, str):
            self.team = ""
        self.team = self.team[:40]
        if not valid_seconds(self.vote_seconds):
            self.vote_seconds = 120
        if not isinstance(self.discuss, bool):
            self.discuss = True
        if not isinstance(self.settings, dict):
            self.settings = {"projector": True}
        if not isinstance(self.phones, str):
            self.phones = ""
        self.settings = {k: v for k, v in self.settings.items() if k in KEPT}
        for name in CLASS_FIELDS:
            value = getattr(self, name)
            setattr(self, name, " ".join(value.split())[:CLASS_CHARS] if isinstance(value, str) else "")
        return self

    def next_timer(self, step: int = 1) -> int:
        at = VOTE_STEPS.index(self.vote_seconds) if self.vote_seconds in VOTE_STEPS else 1
        self.vote_seconds = VOTE_STEPS[(at + step) % len(VOTE_STEPS)]
        return self.vote_seconds


def valid_seconds(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_SECONDS


def profile_path():
    return datadirs.folders().config / "workshop.json"


def best_path():
    return datadirs.folders().data / "workshop-best.json"


def load_profile() -> WorkshopProfile:
    data, _ = storage.read_json(profile_path())
    if not isinstance(data, dict):
        return WorkshopProfile()
    known = {f.name for f in fields(WorkshopProfile)}
    return WorkshopProfile(**{k: v for k, v in data.items() if k in known}).clean()


def save_profile(profile: WorkshopProfile) -> None:
    storage.write_json(profile_path(), asdict(profile))


def load_best() -> dict:
    return storage.load_best(best_path())


def record_best(scenario_id: str, score: int) -> None:
    storage.record_best(scenario_id, score, best_path())


def remembered_phones(text: str):
    """The phones' address kept in the profile, or None (none kept, or no longer an address)."""
    if not text:
        return None
    from game.classroom.address import AddressError, parse  # noqa: PLC0415

    try:
        return parse(text)
    except AddressError:
        return None


class ClassMode:
    """The workshop's side of the settings: applied over the trainee's in memory on entering, saved to
    the workshop profile instead of the trainee's file while the workshop runs."""

    def __init__(self, vote_seconds: int | None = None, phones=None):
        self.profile = load_profile()
        if vote_seconds is not None:
            self.profile.vote_seconds = vote_seconds if valid_seconds(vote_seconds) else 120
        self.applied = False  # the profile is laid over the settings once, when the workshop starts
        # where the class votes from phones (an Address; --phones, else the one chosen last), None: by hand
        self.phones_at = phones if phones is not None else remembered_phones(self.profile.phones)
        self.class_asked = False  # the facilitator confirmed the class, batch and organisation this session
        self.server = None  # the vote server (game.classroom.server), started at the first phone vote

    def phone_server(self):
        """The vote server at the facilitator's address, started the first time (None when phones are
        off). It listens in its own thread; the vote screen reads its events."""
        if self.phones_at is None:
            return None
        if self.server is None or self.server.address != self.phones_at or self.server.state == "failed":
            self.stop_phones()
            from game.classroom.server import VoteServer  # noqa: PLC0415 (only with phones on)

            self.server = VoteServer(self.phones_at)
            self.server.start()
        return self.server

    def choose_phones(self, address) -> None:
        """The facilitator chose where phones vote (an Address, or None: hand entry), kept for next time."""
        self.stop_phones()
        self.phones_at = address
        self.profile.phones = address.short if address is not None else ""
        save_profile(self.profile)

    def stop_phones(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def enter(self, settings, lang: str | None = None) -> None:
        """The workshop's settings over the trainee's (a language asked for on the command line wins)."""
        if not self.applied:  # once: entering again (the title's Workshop) keeps what the room set
            self.applied = True
            for name, value in self.profile.settings.items():
                setattr(settings, name, value)
            if lang in ("id", "en"):
                settings.lang = lang
            settings.player_name = self.profile.team
        settings.projector = True  # the facilitator preset: large text, full screen
        settings.clean()

    def class_info(self) -> dict:
        """The class, batch and organisation every session of this class is recorded with."""
        return {name: getattr(self.profile, name) for name in CLASS_FIELDS}

    def set_class(self, class_name: str, batch: str, organisation: str) -> None:
        """The facilitator's answer: kept for this class session, and as next time's first guess."""
        self.profile.class_name, self.profile.batch, self.profile.organisation = (
            class_name,
            batch,
            organisation,
        )
        self.profile.clean()
        self.class_asked = True
        save_profile(self.profile)

    def save(self, settings) -> None:
        """Keep the workshop's settings and team name in its own profile."""
        self.profile.team = settings.player_name
        self.profile.settings = {name: getattr(settings, name) for name in KEPT}
        save_profile(self.profile)
