"""Class records (Rekap kelas), from the Trainer screen (issue 15: the facilitator's records without a
terminal): how many sessions and learners this laptop's records hold, and the class report in the
browser, the anonymous report for the projector, the export for Excel (.xlsx and CSV), a backup to a
chosen folder (collect) and a send to the LRS when one is set.

Every file goes to the folder shown in full (Documents/Berdaya by default); a file that is there already
is replaced only after the confirm screen's Yes. The work runs in a worker thread
(game.ui.records_jobs) while the frame loop goes on, saying what it is making and how far it got; what it
wrote and where, or why it could not, is said on the screen in the window's language.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from game import datadirs

from .. import records_jobs as jobs
from ..intents import Act, Cycle, Pick
from ..widgets import Button, Label, Row
from .base import ClosingScreen

ACTIONS = ("report", "anonymous", "xlsx", "csv", "backup", "lrs")  # Pick(i) runs ACTIONS[i]
PROGRESS_EVERY = 0.25  # seconds between two redraws of the progress line
NAMES = {  # file names by language (id, en); the date is added
    "report": ("laporan-kelas", "class-report"),
    "anonymous": ("laporan-kelas-anonim", "class-report-anonymous"),
    "xlsx": ("catatan-kelas", "class-records"),
    "csv": ("catatan-kelas", "class-records"),
}
SUFFIX = {"report": ".html", "anonymous": ".html", "xlsx": ".xlsx", "csv": ".csv"}


def records_db(ctx) -> Path:
    """The database the window records into (--db, else the data folder's)."""
    given = getattr(ctx.scenarios.options, "db", None)
    return Path(given) if given else datadirs.folders().records_db


class RecordsToolsScreen(ClosingScreen):
    max_width = 1000

    def __init__(self, ctx, class_name: str = ""):
        """`class_name`: the class a workshop is running, chosen for the report once the records are read."""
        super().__init__(ctx)
        self.wanted_class = class_name
        self.db = records_db(self.ctx)
        self.folders = jobs.folder_choices(self.db.parent / "exports")
        self.at = 0  # the folder chosen
        self.class_at = 0  # the report's class: 0 every class, else counts.classes[class_at - 1]
        self.counts = jobs.Counts()
        self.summary: tuple = jobs.words("rec_reading")
        self.summary_bad = False
        self.status: tuple | None = None  # what the last action said, (id, en)
        self.status_bad = False
        self.job: jobs.Job | None = None
        self.pending: tuple | None = None  # (action, the file that exists) while the confirm screen asks
        self.since_drawn = 0.0
        self.lrs = jobs.lrs_setting()

    @property
    def lang_index(self) -> int:
        return 1 if self.ctx.lang == "en" else 0

    @property
    def folder(self) -> Path:
        return self.folders[self.at][1]

    @property
    def busy(self) -> bool:
        return self.job is not None

    def enter(self):
        self.read_counts()
        super().enter()

    def title(self):
        return self.tr("rec_title")

    # -- what is shown -----------------------------------------------------------------------------------

    def items(self):
        say = self.lang_index
        usable = not self.busy and self.counts.sessions > 0
        kind = self.tr(f"rec_folder_{self.folders[self.at][0]}")
        items = [
            Label(self.tr("rec_hint"), "small", "muted"),
            Label(self.tr("rec_db", path=self.db), "small", "accent"),
            Label(self.summary[say], "body", "warn" if self.summary_bad else "text"),
            Button(
                self.tr("rec_folder", path=self.folder),
                Cycle("folder", 1),
                sub=f"{kind} · {self.tr('rec_folder_hint')}",
                enabled=not self.busy,
                side=(Cycle("folder", -1), Cycle("folder", 1)),
            ),
        ]
        if self.counts.classes:
            shown = self.counts.classes[self.class_at - 1] if self.class_at else self.tr("rec_class_all")
            items.append(
                Button(
                    self.tr("rec_class", name=shown),
                    Cycle("class", 1),
                    enabled=not self.busy,
                    side=(Cycle("class", -1), Cycle("class", 1)),
                )
            )
        free = not self.busy
        buttons = [self.action(name, usable) for name in ("report", "anonymous", "xlsx", "csv")]
        buttons.append(self.action("backup", free and self.db.is_file()))
        if self.lrs is not None:
            buttons.append(self.action("lrs", usable))
        buttons.append(Button(self.tr("rec_open_folder"), Act.FOLDER, center=True, enabled=free))
        buttons.append(Button(self.tr("rec_refresh"), Act.CHECK, center=True, enabled=free))
        for at in range(0, len(buttons), 2):  # in pairs: the whole screen fits 1280x720
            pair = buttons[at : at + 2]
            items.append(Row(pair, spacing=0.5) if len(pair) == 2 else pair[0])
        if self.lrs is None:
            items.append(Label(self.tr("rec_no_lrs"), "small", "muted"))
        else:
            items.append(
                Label(self.tr("rec_lrs_where", lrs=jobs.lrs_shown(self.lrs["url"])), "small", "muted")
            )
        return items

    def action(self, name: str, enabled: bool) -> Button:
        label = self.tr(f"rec_{name}")
        style = "primary" if name == "report" else "normal"
        return Button(label, Pick(ACTIONS.index(name)), style=style, center=True, enabled=enabled)

    def progress(self) -> str:
        job = self.job
        what = self.tr(f"rec_what_{job.what}")
        if job.what == "count":
            return self.tr("rec_reading")
        if job.total and job.done:
            line = self.tr("rec_busy_n", what=what, n=min(job.done, job.total), total=job.total)
        else:
            line = self.tr("rec_busy", what=what)
        return line + " " + self.tr("rec_busy_wait")

    def footer_items(self):
        """What the last action said (or how far the work is) stays in view above Back."""
        said = []
        if self.busy:
            said = [Label(self.progress(), "body", "accent")]
        elif self.status:
            said = [Label(self.status[self.lang_index], "body", "warn" if self.status_bad else "text")]
        return [*said, Button(self.tr("back"), Act.BACK, style="primary", center=True, enabled=not self.busy)]

    # -- acting --------------------------------------------------------------------------------------------

    def act(self, intent):
        match intent:
            case Cycle("folder", step) if not self.busy:
                self.at = (self.at + step) % len(self.folders)
                self.status = None
                self.layout()
            case Cycle("class", step) if not self.busy:
                self.class_at = (self.class_at + step) % (len(self.counts.classes) + 1)
                self.layout()
            case Pick(index) if not self.busy and 0 <= index < len(ACTIONS):
                self.ask(ACTIONS[index])
            case Act.FOLDER if not self.busy:
                self.show_folder()
            case Act.CHECK if not self.busy:
                self.read_counts()
                self.layout()
            case Act.BACK if not self.busy:
                self.back()

    def back(self):
        if not self.busy:  # the work finishes first: its message says where the file went
            super().back()

    def target(self, action: str) -> Path:
        name = NAMES[action][self.lang_index]
        return self.folder / f"{name}-{jobs.stamp()}{SUFFIX[action]}"

    def existing(self, action: str):
        """(the file the action will write, the first of its files that is there already or None)."""
        if action == "lrs":
            return None, None
        if action == "backup":
            from game.records.collect import collect_target  # noqa: PLC0415

            self.folder.mkdir(parents=True, exist_ok=True)
            path = collect_target(self.folder, datetime.datetime.now())
            return path, path if path.exists() else None
        path = self.target(action)
        files = [path]
        if action == "csv":
            from game.records.spreadsheet import csv_paths  # noqa: PLC0415

            files = list(csv_paths(path, self.ctx.lang).values())
        return path, next((f for f in files if f.exists()), None)

    def ask(self, action: str):
        try:
            path, there = self.existing(action)
        except Exception as exc:  # noqa: BLE001 (a folder that cannot be made: said, never a crash)
            return self.said(jobs.failure(exc, jobs.words(f"rec_what_{action}"), self.folder), bad=True)
        if there is None:
            return self.run(action, path, force=False)
        self.pending = (action, path, there)
        self.ctx.nav.push(
            "confirm",
            title=self.tr("rec_exists_title"),
            text=self.tr("rec_exists_text", name=there.name, folder=there.parent),
            yes=self.tr("rec_exists_yes"),
            no=self.tr("rec_exists_no"),
        )

    def resume(self, result=None):
        if self.pending is not None:
            action, path, there = self.pending
            self.pending = None
            if result is True:
                self.run(action, path, force=True)
            else:
                self.status, self.status_bad = jobs.words("rec_kept", path=there), False
        super().resume(result)

    def run(self, action: str, path: Path, force: bool):
        db, lang, total = self.db, self.ctx.lang, self.counts.sessions
        scenarios = self.ctx.scenarios
        classes = (self.counts.classes[self.class_at - 1],) if self.class_at else ()

        def work(job):
            if action in ("report", "anonymous"):
                known = {e.scenario.id: e.scenario for e in scenarios.entries() if e.scenario is not None}
                return jobs.report(db, path, lang, known, action == "anonymous", classes, job)
            if action == "xlsx":
                return jobs.xlsx(db, path, lang, job)
            if action == "csv":
                return jobs.csv(db, path, lang, job)
            if action == "backup":
                return jobs.backup(db, path, force, job)
            return jobs.send(db, self.lrs, job)

        self.status = None
        self.job = jobs.Job(action, work, total, path).start()
        self.layout()

    def read_counts(self):
        self.summary = jobs.words("rec_reading")
        db = self.db
        self.job = jobs.Job("count", lambda job: jobs.count_records(db, job)).start()

    def said(self, words: tuple, bad: bool = False):
        self.status, self.status_bad = words, bad
        self.layout()

    def show_folder(self):
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self.said(jobs.failure(exc, jobs.words("rec_what_backup"), self.folder), bad=True)
        shown = jobs.show_page(self.folder)
        self.said(jobs.words("rec_folder_shown" if shown else "rec_folder_path", path=self.folder))

    # -- the frame loop --------------------------------------------------------------------------------------

    def update(self, dt: float) -> bool:
        if self.job is None:
            return False
        if self.job.finished:
            self.finish(self.job)
            return True
        self.since_drawn += dt
        if self.since_drawn >= PROGRESS_EVERY:  # the count of sessions read so far
            self.since_drawn = 0.0
            self.layout()
        return True  # keeps the frames coming while the work goes on

    def finish(self, job: jobs.Job):
        self.job = None
        if job.what == "count":
            self.counts = job.value if job.value is not None else jobs.Counts()
            if self.wanted_class in self.counts.classes:  # the workshop's class, as the facilitator said it
                self.class_at, self.wanted_class = self.counts.classes.index(self.wanted_class) + 1, ""
            self.class_at = min(self.class_at, len(self.counts.classes))
            if job.error is not None:
                self.summary = jobs.words("rec_unreadable", why=jobs.said_by(job.error))
            else:
                self.summary = job.result
            self.summary_bad = job.error is not None
        else:
            self.status, self.status_bad = job.result, job.error is not None
        self.layout()
