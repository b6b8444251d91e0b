"""The title's Trainer screen (issue 14: a way in without a terminal): the trainer's scenario folders with
each file's check (errors and warnings, the first errors with their lines, in the trainer's language),
and for the file picked: its story map in the browser, its texts exported as CSV, its folder opened.

(trainer.py is something else: the facilitator's notes on F3.)"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import webbrowser
from dataclasses import dataclass, field
from pathlib import Path

from .. import storage
from ..intents import Act, Start
from ..widgets import Button, Label, Row
from .base import ClosingScreen

SHOWN_ERRORS = 3  # the first few; Periksa-Skenario (validate) lists every one
SUFFIXES = (".yaml", ".yml")


@dataclass
class FileCheck:
    path: Path
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def folders(ctx) -> list:
    """The user scenarios folder, then each --scenarios folder (a file given there: its folder)."""
    found = [storage.user_scenarios_dir()]
    for extra in getattr(ctx.scenarios.options, "scenario_dirs", []):
        path = Path(extra)
        path = path.parent if path.suffix.lower() in SUFFIXES else path
        if path not in found:
            found.append(path)
    return found


def scenario_files(folder: Path) -> list:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
    except OSError:
        return []


def check(path: Path) -> FileCheck:
    """The loader's own diagnostics (never a traceback: a file it cannot read is one error)."""
    from ...content.diagnostics import sort_key  # noqa: PLC0415
    from ...content.loader import load_file  # noqa: PLC0415

    loaded = load_file(path)
    return FileCheck(
        path,
        sorted(loaded.errors, key=sort_key),
        sorted(loaded.warnings, key=sort_key),
    )


def story_map(path: Path, lang: str, out_dir: Path | None = None) -> Path:
    """The interactive story map (as `graph --format html` writes it) in a temporary folder, drawn as
    far as the file can be read. Raises ValueError when it cannot be read as a scenario at all."""
    from ...analysis.graph import build_graph  # noqa: PLC0415
    from ...analysis.story_map import to_html  # noqa: PLC0415
    from ...content import loader  # noqa: PLC0415
    from ...content.source import read_source  # noqa: PLC0415

    source = read_source(str(path))
    scenario = None
    if source.root is not None:
        scenario, _ = loader.build(source, path.resolve().parent)
    if scenario is None:
        raise ValueError(path.name)
    out_dir = out_dir or Path(tempfile.gettempdir()) / "berdaya-peta"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{path.stem}.html"
    out.write_text(to_html(build_graph(scenario), scenario, lang, str(path)), encoding="utf-8")
    return out


def csv_name(path: Path) -> Path:
    """<name>-teks.csv beside the scenario; a name not yet taken (a translated CSV is never replaced)."""
    out = path.with_name(f"{path.stem}-teks.csv")
    n = 2
    while out.exists():
        out = path.with_name(f"{path.stem}-teks-{n}.csv")
        n += 1
    return out


def export_strings(path: Path, lang: str) -> tuple:
    """(csv path, exit code, last line said): the trainer's own `strings --export` command, run as the
    CLI runs it (the window does not import the authoring commands)."""
    out = csv_name(path)
    cmd = [sys.executable, "-m", "game.cli", "strings", str(path), "--export", str(out), "--lang", lang]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=Path(__file__).parents[3])
    except (OSError, subprocess.SubprocessError) as exc:
        return out, 3, str(exc)
    said = (done.stderr or done.stdout).strip().splitlines()
    return out, done.returncode, said[-1] if said else ""


def headless() -> bool:
    """No screen to show a browser or a file manager on (the dummy video driver: tests, CI): the paths
    are said instead, and nothing is started."""
    return os.environ.get("SDL_VIDEODRIVER") == "dummy"


def open_in_system(target: Path) -> bool:
    """Open a file or folder with the system's program for it; False where there is none."""
    if headless():
        return False
    try:
        if sys.platform.startswith("win"):
            os.startfile(str(target))  # noqa: S606 (a folder or file the trainer asked to see)
        elif sys.platform == "darwin":
            subprocess.Popen(["open", str(target)])  # noqa: S603, S607
        else:
            subprocess.Popen(["xdg-open", str(target)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603, S607
    except (OSError, AttributeError):
        return False
    return True


def open_browser(page: Path) -> bool:
    if headless():
        return False
    try:
        return bool(webbrowser.open(page.as_uri()))
    except (webbrowser.Error, OSError):
        return False


class TrainerToolsScreen(ClosingScreen):
    max_width = 1000

    def __init__(self, ctx):
        super().__init__(ctx)
        self.status = ""
        self.picked = 0
        self.rescan()

    def rescan(self):
        self.folders = folders(self.ctx)
        self.checks = [check(p) for folder in self.folders for p in scenario_files(folder)]
        self.picked = min(self.picked, max(len(self.checks) - 1, 0))

    def title(self):
        return self.tr("tools_title")

    def summary(self, c: FileCheck) -> str:
        name, e, w = c.path.name, len(c.errors), len(c.warnings)
        if e:
            return self.tr("tools_bad", name=name, e=e, w=w)
        return self.tr("tools_ok_warn", name=name, w=w) if w else self.tr("tools_ok", name=name)

    def problem_lines(self, c: FileCheck) -> list:
        """(text, is_hint) for the first problems of a file: each one's line and message, then its hint
        (what to do, which a trainer needs more than the message)."""
        lang = self.ctx.lang
        shown = (c.errors + c.warnings)[:SHOWN_ERRORS]
        lines = []
        for d in shown:
            lines.append((self.tr("tools_line", line=d.pos.line, text=d.message_in(lang)), False))
            if d.hint_in(lang):
                lines.append((self.tr("tools_hint_line", text=d.hint_in(lang)), True))
        rest = len(c.errors) + len(c.warnings) - len(shown)
        return lines + ([(self.tr("tools_more", n=rest), False)] if rest > 0 else [])

    def items(self):
        items = [Label(self.tr("tools_hint"), "small", "muted")]
        index = 0
        for folder in self.folders:
            items.append(Label(self.tr("tools_folder", path=folder), "small", "accent"))
            files = [c for c in self.checks if c.path.parent == folder]
            if not files:
                items.append(
                    Label(
                        self.tr("tools_no_files" if folder.is_dir() else "tools_no_folder"), "small", "muted"
                    )
                )
            for c in files:
                picked = index == self.picked
                items.append(Button(self.summary(c), Start(index), style="primary" if picked else "normal"))
                if picked:
                    color = "warn" if c.errors else "muted"
                    items += [
                        Label(line, "small", "muted" if is_hint else color)
                        for line, is_hint in self.problem_lines(c)
                    ]
                index += 1
        has_file = bool(self.checks)
        items.append(
            Row(
                [
                    Button(self.tr("tools_map"), Act.MAP, center=True, enabled=has_file),
                    Button(self.tr("tools_export"), Act.EXPORT, center=True, enabled=has_file),
                ],
                spacing=0.5,
            )
        )
        items.append(
            Row(
                [
                    Button(self.tr("tools_folder_button"), Act.FOLDER, center=True),
                    Button(self.tr("tools_check"), Act.CHECK, center=True),
                ],
                spacing=0.5,
            )
        )
        items.append(Button(self.tr("rec_entry"), Act.RECORDS, center=True))  # the facilitator's records
        if self.status:
            items.append(Label(self.status, "small", "text"))
        return items

    def footer_items(self):
        return [Button(self.tr("back"), Act.BACK, style="primary", center=True)]

    def say(self, key, **fmt):
        self.status = self.tr(key, **fmt)
        self.layout()

    def act(self, intent):
        if isinstance(intent, Start):
            self.picked = min(intent.index, len(self.checks) - 1)
            self.status = ""
            self.layout()
            return
        picked = self.checks[self.picked] if self.checks else None
        match intent:
            case Act.RECORDS:
                self.ctx.nav.push("records_tools")
            case Act.CHECK:
                self.rescan()
                self.say("tools_folder_path", path=self.folders[0])
            case Act.MAP if picked:
                self.show_map(picked.path)
            case Act.EXPORT if picked:
                self.export(picked.path)
            case Act.FOLDER:
                folder = picked.path.parent if picked else self.folders[0]
                folder.mkdir(parents=True, exist_ok=True)
                shown = open_in_system(folder)
                self.say("tools_folder_shown" if shown else "tools_folder_path", path=folder)
            case _:
                super().act(intent)

    def show_map(self, path: Path):
        try:
            page = story_map(path, self.ctx.lang)
        except ValueError:
            return self.say("tools_map_failed", why=self.tr("tools_unreadable"))
        except OSError as exc:
            return self.say("tools_map_failed", why=exc.strerror or exc)
        self.say("tools_map_opened" if open_browser(page) else "tools_map_written", path=page)

    def export(self, path: Path):
        out, code, said = export_strings(path, self.ctx.lang)
        if code == 0 and out.exists():
            count = next((w for w in said.split() if w.isdigit()), "")  # "219 teks ditulis ke FILE"
            self.say("tools_exported", n=count, path=out)
        else:
            self.say("tools_export_failed", why=said or code)
