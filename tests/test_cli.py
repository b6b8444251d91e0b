"""The command line as a trainer and CI use it: exit codes and output shapes."""

import json
import subprocess
import sys

from .conftest import ROOT, SAMPLE
from .scenario_text import BASE, replace


def run(*args, stdin=""):
    return subprocess.run(
        [sys.executable, str(ROOT / "run_game.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_help_lists_the_subcommands():
    out = run("--help").stdout
    for command in ("play", "validate"):
        assert command in out


def test_validate_shipped_scenarios_passes():
    done = run("validate")
    assert done.returncode == 0, done.stdout
    assert "0 error(s)" in done.stdout


def test_validate_reports_located_errors_and_exits_1(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(replace("        next: b\n", "        next: bb\n", BASE))
    done = run("validate", str(bad))
    assert done.returncode == 1
    assert f"{bad}:22:15: error B020:" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_validate_json(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(replace("{id: Halo, en: Hello}", "{id: Halo}", BASE))
    done = run("validate", "--format", "json", str(bad), str(SAMPLE))
    assert done.returncode == 0  # a warning is not an error
    report = json.loads(done.stdout)
    assert report["errors"] == 0
    # the tiny scenario also draws cue-bias warnings (B039); the missing translation is the one asked for
    [diag] = [d for d in report["files"][0]["diagnostics"] if d["code"] != "B039"]
    assert (diag["code"], diag["line"], diag["severity"]) == ("B040", 17, "warning")
    assert report["warnings"] == len(report["files"][0]["diagnostics"])
    assert report["files"][1]["diagnostics"] == []  # the sample is clean


def test_validate_missing_path_fails():
    assert run("validate", "no/such/file.yaml").returncode == 1


def test_play_text_with_choices_prints_the_result_as_json():
    done = run(
        "play",
        "--text",
        "sample-dapur-sehat",
        "--choices",
        "kantor.pramusdes,musdes.data_kader,laksana.latih_bersama,evaluasi.pantau_warga",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["ending"] == "dapur_milik_warga"
    assert result["scores"] == {"collaboration": 100, "empathy": 100}
    assert result["misconceptions"] == []


def test_play_text_by_path_in_english_shows_the_story():
    done = run(
        "play",
        "--text",
        str(SAMPLE),
        "--lang",
        "en",
        "--practice",
        "--choices",
        "kantor.susun_sendiri,musdes.bela_sendiri,tawar.peresmian,laksana.latih_sendiri,mandek.talangan_lagi",
    )
    assert done.returncode == 0, done.stderr
    assert "MISCONCEPTION: “It’s faster if I do it myself”" in done.stdout
    assert "ENDING: A sign without a kitchen" in done.stdout


def test_unavailable_choice_is_a_clear_error_with_exit_2():
    done = run("play", "--text", "sample-dapur-sehat", "--choices", "1,7", "--lang", "en")
    assert done.returncode == 2
    assert "choice 7 is not available at decision 2" in done.stderr
    assert "Traceback" not in done.stderr


def test_auto_random_is_reproducible():
    first = run("play", "--text", "sample-dapur-sehat", "--auto", "random", "--seed", "5", "--json")
    second = run("play", "--text", "sample-dapur-sehat", "--auto", "random", "--seed", "5", "--json")
    assert first.returncode == 0 and first.stdout == second.stdout


def test_interactive_play_reads_numbers_and_retries_on_nonsense():
    # seed 0 shows the collaborative options at these places: 1, 2, (reflection), 2, 1
    done = run("play", "--text", "sample-dapur-sehat", stdin="9\nabc\n1\n2\nkarena warga\n2\n1\n")
    assert done.returncode == 0, done.stderr
    assert "Pilihan 9 tidak tersedia" in done.stdout
    assert "AKHIR: Dapur milik warga" in done.stdout


def test_interactive_play_ends_cleanly_on_end_of_input():
    done = run("play", "--text", "sample-dapur-sehat", stdin="1\n")
    assert done.returncode == 0 and "Traceback" not in done.stderr


def test_unknown_scenario_and_broken_scenario(tmp_path):
    assert run("play", "--text", "no-such-scenario").returncode == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n")
    done = run("play", "--text", str(bad))
    assert done.returncode == 1 and "B003" in done.stderr


def test_validate_explains_missing_files_and_empty_folders(tmp_path):
    done = run("validate", "--format", "json", str(tmp_path / "nope.yaml"), str(tmp_path))
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["errors"] == 2
    messages = [d["message"] for f in report["files"] for d in f["diagnostics"]]
    assert messages == ["no such file or folder", "this folder has no scenario files"]


def test_validate_finds_two_scenarios_with_one_id(tmp_path):
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(BASE)
    done = run("validate", str(tmp_path))
    assert done.returncode == 1
    assert "B057" in done.stdout and "also used by" in done.stdout


def test_validate_checks_a_plan_file_as_a_plan():
    done = run("validate", str(SAMPLE).replace(".yaml", ".plan.yaml"))
    assert done.returncode == 0 and "0 error(s)" in done.stdout


def test_seed_out_of_range_is_a_usage_error():
    done = run("play", "--text", "sample-dapur-sehat", "--seed", "99999999999999999999999", "--auto", "first")
    assert done.returncode == 2 and "out of range" in done.stderr


def test_preview_says_when_a_value_is_kept_in_range():
    done = run(
        "play",
        "--text",
        "sample-dapur-sehat",
        "--start-at",
        "evaluasi",
        "--set",
        "moral_kader=700",
        "--choices",
        "1",
        "--no-record",
        "--lang",
        "en",
    )
    assert done.returncode == 0 and "set to 100, not 700" in done.stderr


def test_a_crash_exits_3_with_a_short_message_and_the_trace_in_a_file(monkeypatch, capsys):
    from game import cli

    def broken(_args):
        raise ZeroDivisionError("a bug")

    parser = cli.build_parser()
    args = parser.parse_args(["validate", str(SAMPLE)])
    args.handler = broken
    monkeypatch.setattr(cli, "build_parser", lambda: type("P", (), {"parse_args": lambda self, argv: args})())
    assert cli.main(["validate", str(SAMPLE)]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and "ZeroDivisionError" in err and "masalah tak terduga" in err
    path = err.split("the full report is in ")[1].split(". ")[0]
    with open(path, encoding="utf-8") as report:
        assert "Traceback" in report.read()
