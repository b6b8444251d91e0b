"""The Class records screen (issue 15): a facilitator without a terminal opens it from the Trainer
screen, sees what this laptop's records hold, and makes the class report, the anonymous report, the
Excel and CSV exports and a backup into the folder shown; a file already there is never replaced
without the confirm screen's Yes; a damaged database, no records, a full disk and a folder that
cannot be written are said in the window, never a crash; the work runs while frames go on."""

import datetime
import errno
import sqlite3
import threading

import pytest

from game.records.store import RecordStore
from game.ui import records_jobs
from game.ui.intents import Act, Cycle, Pick
from game.ui.screens.confirm import ConfirmScreen
from game.ui.screens.records_tools import ACTIONS, RecordsToolsScreen

from .driver import button_pos, click

TODAY = datetime.datetime.now().strftime("%Y-%m-%d")
PEOPLE = [("Ani Suryani", "199001", "Kelas A"), ("Budi", "", "Kelas A"), ("Ani Suryani", "199001", "Kelas B")]


@pytest.fixture
def home(private_home, monkeypatch):
    """A home with a Documents folder: files go to Documents/Berdaya by default."""
    home = private_home / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("BERDAYA_LRS", raising=False)
    return home


@pytest.fixture
def records(home):
    """Three sessions of two learners (one finished) in this laptop's records database."""
    with RecordStore.open() as store:
        for i, (player, learner, klass) in enumerate(PEOPLE):
            sid = store.start_session(player, "dapur", "h", 1, "id", learner_id=learner, class_name=klass)
            store.record_decision(sid, 1, "awal", "rapat", {"kepercayaan": 40}, ["top_down"])
            if i == 0:
                store.finish_session(sid, "baik", {"kolaborasi": 70})
        return store.path


def settle(app, screen):
    """Frames until the screen's work is done (the worker is waited for, never timed)."""
    while screen.job is not None:
        screen.job.wait()
        app.frame([], 1 / 60)


def open_records(make_app, lang="id"):
    app = make_app([])
    app.settings.lang = lang
    app.apply_settings()
    click(app, button_pos(app.nav.top.flow, Act.TRAINER))
    app.frame([], 1 / 60)
    click(app, button_pos(app.nav.top.flow, Act.RECORDS))
    app.frame([], 1 / 60)
    screen = app.nav.top
    assert isinstance(screen, RecordsToolsScreen)
    settle(app, screen)
    return app, screen


def texts(screen):
    shown = screen.items() + screen.footer_items()
    return [getattr(item, "text", None) or getattr(item, "label", "") for item in shown]


def every_button(flow):
    """Every button shown, those that cannot be pressed now too."""
    return [i for item in flow.items for i in item.walk() if getattr(i, "focusable", False)]


def press(app, screen, action):
    click(app, button_pos(screen.flow, Pick(ACTIONS.index(action))))
    app.frame([], 1 / 60)
    settle(app, screen)
    return screen.status[screen.lang_index]


def test_counts_and_every_file_made_into_the_folder_shown(make_app, records, home):
    app, screen = open_records(make_app)
    folder = home / "Documents" / "Berdaya"
    shown = texts(screen)
    assert "3 sesi dari 2 peserta (1 selesai, 2 belum selesai, 0 ditinggalkan)" in shown
    assert f"Simpan ke: {folder}" in [b.label for b in screen.flow.buttons()]
    said = press(app, screen, "report")
    page = folder / f"laporan-kelas-{TODAY}.html"
    assert page.is_file() and "Ani Suryani" in page.read_text(encoding="utf-8")
    assert said.startswith("Laporan kelas (3 sesi) ditulis ke ") and str(page) in said
    said = press(app, screen, "anonymous")
    anonymous = folder / f"laporan-kelas-anonim-{TODAY}.html"
    assert str(anonymous) in said and "tanpa nama peserta" in said
    assert "Ani Suryani" not in anonymous.read_text(encoding="utf-8")
    said = press(app, screen, "xlsx")
    book = folder / f"catatan-kelas-{TODAY}.xlsx"
    assert book.is_file() and book.read_bytes()[:2] == b"PK" and f"3 sesi diekspor ke {book}" in said
    said = press(app, screen, "csv")
    for name in ("", "-sesi", "-refleksi"):
        table = folder / f"catatan-kelas-{TODAY}{name}.csv"
        assert table.read_bytes().startswith("\ufeff".encode()) and str(table) in said
    said = press(app, screen, "backup")
    (copy,) = folder.glob("records-*.sqlite3")
    assert said.startswith(f"Cadangan ditulis ke {copy}: 3 sesi")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 3
    assert screen.status_bad is False and not any("Traceback" in t for t in texts(screen))


def test_english_and_another_folder(make_app, records):
    app, screen = open_records(make_app, lang="en")
    assert "3 session(s) of 2 learner(s) (1 finished, 2 not finished, 0 abandoned)" in texts(screen)
    screen.act(Cycle("folder", -1))  # the last choice: the data folder's exports/
    exports = records.parent / "exports"
    assert screen.folder == exports
    said = press(app, screen, "report")
    page = exports / f"class-report-{TODAY}.html"
    assert page.is_file() and said.startswith("The class report (3 sessions) was written to ")


def test_an_existing_file_is_replaced_only_after_yes(make_app, records, home):
    app, screen = open_records(make_app)
    page = home / "Documents" / "Berdaya" / f"laporan-kelas-{TODAY}.html"
    page.parent.mkdir(parents=True)
    page.write_text("catatan Bu Sari", encoding="utf-8")
    click(app, button_pos(screen.flow, Pick(ACTIONS.index("report"))))
    app.frame([], 1 / 60)
    ask = app.nav.top
    assert isinstance(ask, ConfirmScreen) and screen.job is None
    assert f"Berkas {page.name} sudah ada di folder {page.parent}." in ask.text
    click(app, button_pos(ask.flow, Act.NO))  # No has the focus and is first
    app.frame([], 1 / 60)
    assert app.nav.top is screen
    assert page.read_text(encoding="utf-8") == "catatan Bu Sari"
    assert f"Tidak ada yang ditulis: {page} tidak ditimpa" in screen.status[0]
    click(app, button_pos(screen.flow, Pick(ACTIONS.index("report"))))
    app.frame([], 1 / 60)
    click(app, button_pos(app.nav.top.flow, Act.YES))
    app.frame([], 1 / 60)
    settle(app, screen)
    assert "Ani Suryani" in page.read_text(encoding="utf-8")


def test_a_damaged_database_is_said_and_its_backup_refused(make_app, records, home):
    for extra in ("-wal", "-shm"):
        records.with_name(records.name + extra).unlink(missing_ok=True)
    records.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    app, screen = open_records(make_app)
    summary = texts(screen)[2]
    assert summary.startswith("Catatan di laptop ini tidak bisa dibaca") and str(records) in summary
    assert screen.summary_bad
    report = next(b for b in every_button(screen.flow) if b.intent == Pick(ACTIONS.index("report")))
    assert not report.enabled  # nothing to report on
    said = press(app, screen, "backup")
    assert screen.status_bad and said.startswith("Gagal membuat cadangan") and str(records) in said
    assert not list((home / "Documents" / "Berdaya").glob("records-*.sqlite3"))


def test_no_records_yet(make_app, home):
    app, screen = open_records(make_app, lang="en")
    assert "No session is recorded on this laptop yet. Records are made when trainees play." in texts(screen)
    disabled = {b.intent for b in every_button(screen.flow) if not b.enabled}
    assert {Pick(ACTIONS.index(a)) for a in ("report", "anonymous", "xlsx", "csv", "backup")} <= disabled


def test_a_full_disk_and_a_folder_that_cannot_be_made(make_app, records, home, monkeypatch):
    app, screen = open_records(make_app)

    def full(path, text, **kw):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr("game.safefiles.write_atomic", full)
    said = press(app, screen, "report")
    assert screen.status_bad and said.startswith(f"{home / 'Documents' / 'Berdaya'}") and "disk penuh" in said
    blocker = home / "berkas"
    blocker.write_text("")
    screen.folders = [("drive", blocker / "Berdaya")]  # a "folder" inside a file: it cannot be made
    screen.at = 0
    said = press(app, screen, "xlsx")
    assert screen.status_bad and "tidak bisa ditulis" in said and "Pilih folder lain" in said


def test_the_window_keeps_drawing_while_a_report_is_made(make_app, records, monkeypatch):
    app, screen = open_records(make_app)
    go = threading.Event()
    made = records_jobs.report

    def slow(*args):
        go.wait(10)
        return made(*args)

    monkeypatch.setattr(records_jobs, "report", slow)
    click(app, button_pos(screen.flow, Pick(ACTIONS.index("report"))))
    for _ in range(20):  # frames go on, and say what is being made
        app.frame([], 1 / 30)
    assert screen.busy and any(t.startswith("Sedang membuat... (laporan kelas") for t in texts(screen))
    assert not screen.flow.buttons() and not screen.foot.buttons()  # nothing to press twice, no Back
    go.set()
    settle(app, screen)
    assert screen.status[0].startswith("Laporan kelas (3 sesi) ditulis")


def test_in_a_workshop_the_title_opens_the_records_on_the_workshops_class(make_app, records):
    """The class plays as one, so the title's player button gives way to the class's records, chosen for
    the report already: the facilitator's end-of-day path needs no Trainer screen and no class picking."""
    app = make_app([])
    app.flow.enter_workshop()
    app.flow.class_mode.set_class("Kelas B", "", "")
    title = app.nav.top
    title.layout()  # the title as it is drawn once the workshop has begun
    assert not any(getattr(b, "intent", None) == Act.PLAYER for b in title.flow.buttons())
    click(app, button_pos(title.flow, Act.RECORDS))
    app.frame([], 1 / 60)
    screen = app.nav.top
    assert isinstance(screen, RecordsToolsScreen)
    settle(app, screen)
    assert screen.counts.classes[screen.class_at - 1] == "Kelas B"
    assert any("Kelas B" in t for t in texts(screen))


def test_outside_a_workshop_the_title_keeps_the_player_button(make_app):
    app = make_app([])
    buttons = app.nav.top.flow.buttons()
    assert any(b.intent == Act.PLAYER for b in buttons) and not any(b.intent == Act.RECORDS for b in buttons)
