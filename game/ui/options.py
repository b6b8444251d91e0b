"""How the game was started: folders, presets, seed, and where records go."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Options:
    scenario_dirs: list = field(default_factory=list)  # added to scenarios/ and the user folder
    projector: bool = False
    size: tuple = (1280, 720)
    seed: int | None = None
    lang: str | None = None
    autosave: bool = True
    entries: list | None = None  # a ready catalog (tests, screenshots)
    builtin: bool = True  # include scenarios/ and the user folder
    start_path: str | None = None  # go straight to this scenario file
    start_at: str | None = None  # trainer preview: ...at this node
    start_values: dict = field(default_factory=dict)  # ...with these meters and flags set
    record: bool = True  # keep sessions in the records store (game.records) for the class report
    db: str | None = None  # the records database (default: in the user's data folder)
    player: str | None = None
    identity: dict = field(default_factory=dict)  # play --learner-id/--class/--batch/--org, for the records
    workshop: bool = False
    vote_seconds: int | None = None  # workshop: the discussion timer (0: none); None: the profile's
    phones: object = None  # workshop: where phones vote (game.classroom.address.Address); None: off
    watch: bool = False  # play --watch: reload the file when saved, a shipped one too (game.ui.live)
    speech_exe: str | None = None  # the read-aloud program (default: espeak-ng on the PATH)

    @classmethod
    def from_args(cls, args) -> Options:
        """Options from the command line's namespace (game.cli)."""
        if isinstance(args, cls):
            return args
        options = cls(
            scenario_dirs=list(getattr(args, "scenarios", None) or []),
            projector=bool(getattr(args, "projector", False)),
            workshop=bool(getattr(args, "workshop", False)),
            vote_seconds=getattr(args, "vote_seconds", None),
            phones=getattr(args, "phones", None),
            record=not getattr(args, "no_record", False),
            db=getattr(args, "db", None),
            player=getattr(args, "player", None),
            identity={
                k: getattr(args, k)
                for k in ("learner_id", "class_name", "batch", "organisation")
                if getattr(args, k, None)
            },
        )
        if getattr(args, "command", "") is None:  # the game itself: `berdaya --lang en`
            options.lang = getattr(args, "lang", None)
        if getattr(args, "scenario_path", None):
            options.start_path = str(args.scenario_path)
            options.lang = getattr(args, "lang", None)
            options.seed = getattr(args, "seed", None)
            options.start_at = getattr(args, "start_at", None)
            options.start_values = dict(getattr(args, "start_values", None) or {})
            options.watch = bool(getattr(args, "watch", False))
        return options
