"""The live loop's poller, driven by a fake clock, sleep and stat (no real time)."""

from game.content.watch import FileWatch, changed, snapshot, watch


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def test_a_rewritten_added_or_removed_file_is_a_change(tmp_path):
    (tmp_path / "a.yaml").write_text("x")
    (tmp_path / "notes.txt").write_text("x")  # not a scenario, plan or picture
    (tmp_path / ".a.yaml.swp").write_text("x")  # an editor's swap file
    before = snapshot([tmp_path])
    assert list(before) == [str(tmp_path / "a.yaml")]
    (tmp_path / "a.yaml").write_text("longer")
    sub = tmp_path / "shared"
    sub.mkdir()
    (sub / "b.png").write_bytes(b"p")
    assert changed(before, snapshot([tmp_path])) == [str(tmp_path / "a.yaml"), str(sub / "b.png")]
    (tmp_path / "a.yaml").unlink()
    assert str(tmp_path / "a.yaml") in changed(before, snapshot([tmp_path]))


def test_poll_looks_at_most_once_a_second():
    clock, stamps, calls = Clock(), {"s.yaml": (1, 10)}, []

    def stat(path):
        calls.append(path)
        return stamps.get(path)

    watcher = FileWatch(["s.yaml"], clock=clock, stat=stat)
    stamps["s.yaml"] = (2, 11)
    clock.now = 0.5
    assert watcher.poll() == [] and len(calls) == 1  # too soon: not even a stat
    clock.now = 1.0
    assert watcher.poll() == ["s.yaml"]
    clock.now = 2.0
    assert watcher.poll() == []  # seen already


def test_watch_reports_each_change_once_and_a_missing_file_appearing():
    clock, stamps, reports = Clock(), {}, []

    def sleep(seconds):
        clock.sleep(seconds)
        if clock.now == 2.0:
            stamps["new.yaml"] = (5, 1)  # saved between the first and the second look

    watch(["new.yaml"], reports.append, clock=clock, sleep=sleep, stat=stamps.get, rounds=4)
    assert reports == [["new.yaml"]]


def test_validate_watch_reports_again_after_a_save_and_ends_cleanly_on_ctrl_c(tmp_path, capsys):
    from argparse import Namespace

    from game.cli.check import watch_validate

    from ..scenario_text import BASE, replace

    file = tmp_path / "mini.yaml"
    file.write_text(BASE, encoding="utf-8")
    clock, looks = Clock(), []

    def sleep(seconds):
        clock.sleep(seconds)
        looks.append(clock.now)
        if len(looks) == 1:  # the trainer breaks the file, then...
            file.write_text(replace("        next: b\n", "        next: bb\n", BASE), encoding="utf-8")
        elif len(looks) == 3:  # ...presses Ctrl+C
            raise KeyboardInterrupt

    args = Namespace(paths=[str(file)], format="text", lang="id", watch=True)
    code = watch_validate(args, clock=clock, sleep=sleep, now=lambda: "10:00:00")
    out = capsys.readouterr().out
    assert code == 0
    first, rest = out.split("[10:00:00] berubah:")
    assert "0 kesalahan" in first and "B020" not in first
    assert "B020" in rest and "1 kesalahan" in rest and "Berhenti mengawasi" in rest
