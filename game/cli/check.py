"""`validate`, `analyze`, `test` and `report`: the commands that check scenarios and read records."""

from __future__ import annotations

import sys
from pathlib import Path

from .base import EXIT_ERRORS, EXIT_OK, load_scenario, scenario_folders

WATCH_WORDS = {
    "start": (
        "Mengawasi {paths}: setiap kali berkas disimpan, diperiksa lagi. Ctrl+C untuk berhenti.",
        "Watching {paths}: checked again each time a file is saved. Ctrl+C to stop.",
    ),
    "changed": ("[{time}] berubah: {files}", "[{time}] changed: {files}"),
    "stopped": ("Berhenti mengawasi.", "Stopped watching."),
}


def _say(lang: str, key: str, **values) -> str:
    indonesian, english = WATCH_WORDS[key]
    return (indonesian if lang == "id" else english).format(**values)


def cmd_validate(args) -> int:
    if not getattr(args, "watch", False):
        return validate_once(args)
    return watch_validate(args)


def watch_validate(args, *, clock=None, sleep=None, stat=None, rounds=None, now=None) -> int:
    """`validate --watch`: a report now, then a fresh one, time-stamped, after every save; Ctrl+C ends
    it with exit 0. The clock, sleep, stat and wall time are injected for tests."""
    from datetime import datetime

    from ..content.library import SCENARIOS_DIR
    from ..content.watch import watch

    lang = getattr(args, "lang", "en")
    now = now or (lambda: datetime.now().strftime("%H:%M:%S"))
    paths = [Path(p) for p in (args.paths or [SCENARIOS_DIR])]
    info = sys.stderr if getattr(args, "format", "text") == "json" else sys.stdout  # JSON stays JSON

    def again(files):
        shown = ", ".join(files[:3]) + (" ..." if len(files) > 3 else "")
        print(f"\n{_say(lang, 'changed', time=now(), files=shown)}", file=info, flush=True)
        validate_once(args)
        sys.stdout.flush()

    extra = {k: v for k, v in (("clock", clock), ("sleep", sleep), ("stat", stat)) if v is not None}
    try:
        names = ", ".join(str(p) for p in paths)
        print(f"[{now()}] " + _say(lang, "start", paths=names), file=info, flush=True)
        validate_once(args)  # Ctrl+C during a check ends cleanly too
        sys.stdout.flush()
        watch(paths, again, rounds=rounds, **extra)
    except KeyboardInterrupt:
        print(f"\n{_say(lang, 'stopped')}", file=info)
    return EXIT_OK


def validate_once(args) -> int:
    from ..content.diagnostics import diag, format_json, format_text
    from ..content.library import SCENARIOS_DIR, scenario_files
    from ..content.loader import load_file
    from ..analysis import check_cues
    from ..content.check_loader import check_files, is_check_file
    from ..content.plans import PLAN_SUFFIX, load_plans
    from ..engine.model import SourcePos

    paths = [Path(p) for p in (args.paths or [SCENARIOS_DIR])]
    results, ids = {}, {}
    for path in paths:
        if not path.exists():
            results[str(path)] = [diag("B047", SourcePos(str(path), 0, 0))]
        elif path.is_dir() and not scenario_files([path]) and not check_files([path]):
            results[str(path)] = [diag("B048", SourcePos(str(path), 0, 0))]
    for file in check_files(p for p in paths if p.exists()):  # pre/post checks (NAME.check.yaml)
        results[str(file)] = check_cues.validate(file).diagnostics
    for file in scenario_files(p for p in paths if p.exists() and not is_check_file(p)):
        if file.name.endswith(PLAN_SUFFIX):  # named on purpose: check it as what it is
            results[str(file)] = load_plans(file).diagnostics
            continue
        loaded = load_file(file)
        results[str(file)] = list(loaded.diagnostics)
        if loaded.scenario is not None:
            from ..analysis.cues import strategy_diagnostics  # plays naive strategies: validate only

            results[str(file)] += strategy_diagnostics(loaded.scenario)
            other = ids.setdefault(loaded.scenario.id, file)
            if other != file:
                results[str(file)].append(
                    diag("B057", loaded.scenario.pos, id=loaded.scenario.id, other=other)
                )
    errors = sum(d.is_error() for diags in results.values() for d in diags)
    warnings = sum(not d.is_error() for diags in results.values() for d in diags)
    lang = getattr(args, "lang", "en")
    if args.format == "json":
        print(format_json(results, lang))
    else:
        for diags in results.values():
            if diags:
                print(format_text(diags, lang))
        print(
            f"{len(results)} berkas diperiksa: {errors} kesalahan, {warnings} peringatan"
            if lang == "id"
            else f"{len(results)} file(s) checked: {errors} error(s), {warnings} warning(s)"
        )
    return EXIT_ERRORS if errors else EXIT_OK


def cmd_report(args) -> int:
    from ..content.library import load_all
    from ..records.cli_commands import report_main

    loaded = load_all(scenario_folders(args))
    return report_main(args, scenarios={item.scenario.id: item.scenario for item in loaded if item.scenario})


def cmd_analyze(args) -> int:
    import json

    from ..analysis.paths import analyze, format_report

    loaded, code = load_scenario(args)
    if loaded is None:
        return code
    if args.cues:
        from ..analysis import cues

        report = cues.report(loaded.scenario, runs=max(1, args.runs))
        print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else cues.format_report(report))
        return EXIT_OK
    report = analyze(loaded.scenario, max_states=args.max_states)
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_report(report))
    return EXIT_OK


def cmd_test(args) -> int:
    from ..analysis.bounds import score_bounds
    from ..analysis.plans import run_plan
    from ..content.diagnostics import diag, format_text
    from ..content.library import SCENARIOS_DIR
    from ..content.loader import load_file
    from ..content.plans import check_against, load_plans, plan_files
    from ..datadirs import folders
    from ..engine.model import SourcePos

    files = plan_files(args.paths or [SCENARIOS_DIR])
    if not files:
        print("no play-plans found (they are files named NAME.plan.yaml beside NAME.yaml)", file=sys.stderr)
        return EXIT_ERRORS
    failed = passed = 0
    for path in files:
        plans = load_plans(path)
        loaded = load_file(plans.scenario_path)
        if loaded.scenario is None and not plans.scenario_path.exists():
            problems = plans.diagnostics + [
                diag("P007", SourcePos(str(path), 1, 1), scenario=plans.scenario_path)
            ]
        else:
            problems = plans.diagnostics + (
                loaded.errors if loaded.scenario is None else check_against(plans, loaded.scenario)
            )
        if problems:
            print(format_text(problems, getattr(args, "lang", "en")))
            failed += max(1, len(plans.plans))
            continue
        bounds = score_bounds(loaded.scenario, folders().bounds_cache)
        for plan in plans.plans:
            result = run_plan(loaded.scenario, plan, bounds)
            print(f"{'PASS' if result.passed else 'FAIL'} {plans.path}: {plan.name}")
            for problem in result.problems:
                print(f"    {problem}")
            passed, failed = passed + result.passed, failed + (not result.passed)
    print(f"{passed} passed, {failed} failed")
    return EXIT_OK if failed == 0 else EXIT_ERRORS
