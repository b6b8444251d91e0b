"""`validate`, `analyze`, `test` and `report`: the commands that check scenarios and read records."""

from __future__ import annotations

import sys
from pathlib import Path

from .base import EXIT_ERRORS, EXIT_OK, load_scenario, scenario_folders
from .words import say


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
        print(f"\n{say(lang, 'watch-changed', time=now(), files=shown)}", file=info, flush=True)
        validate_once(args)
        sys.stdout.flush()

    extra = {k: v for k, v in (("clock", clock), ("sleep", sleep), ("stat", stat)) if v is not None}
    try:
        names = ", ".join(str(p) for p in paths)
        print(f"[{now()}] " + say(lang, "watch-start", paths=names), file=info, flush=True)
        validate_once(args)  # Ctrl+C during a check ends cleanly too
        sys.stdout.flush()
        watch(paths, again, rounds=rounds, **extra)
    except KeyboardInterrupt:
        print(f"\n{say(lang, 'watch-stopped')}", file=info)
    return EXIT_OK


def validate_once(args) -> int:
    from ..analysis import check_cues
    from ..content.check_loader import check_files, is_check_file
    from ..content.diagnostics import diag, format_json, format_text
    from ..content.library import SCENARIOS_DIR, scenario_files
    from ..content.loader import load_file
    from ..content.plans import PLAN_SUFFIX, load_plans
    from ..engine.model import SourcePos

    paths = [_by_id(Path(p), args) for p in (args.paths or [SCENARIOS_DIR])]
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
        print(say(lang, "checked", files=len(results), errors=errors, warnings=warnings))
    return EXIT_ERRORS if errors else EXIT_OK


def _by_id(path: Path, args) -> Path:
    """A name that is no file or folder but a scenario's id or file name in the scenario folders
    (`validate posyandu-ceria` after `new posyandu-ceria`): that scenario's file."""
    from ..content.library import SUFFIXES, find, path_exists

    if path_exists(path) or path.suffix.lower() in SUFFIXES or len(path.parts) != 1:
        return path
    loaded = find(str(path), scenario_folders(args))
    return Path(loaded.path) if loaded is not None else path


def cmd_report(args) -> int:
    from ..content.library import load_all
    from ..records.cli_commands import report_main

    loaded = load_all(scenario_folders(args))
    return report_main(args, scenarios={item.scenario.id: item.scenario for item in loaded if item.scenario})


def cmd_analyze(args) -> int:
    import json

    from ..analysis.paths import analyze
    from ..analysis.report_text import format_report

    loaded, code = load_scenario(args)
    if loaded is None:
        return code
    if args.cues:
        from ..analysis import cues

        report = cues.report(loaded.scenario, runs=max(1, args.runs))
        shown = cues.format_report(report, getattr(args, "lang", None) or "en")
        print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else shown)
        return EXIT_OK
    report = analyze(loaded.scenario, max_states=args.max_states)
    lang = getattr(args, "lang", None) or "en"
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_report(report, lang))
    return EXIT_OK


def cmd_test(args) -> int:
    from ..analysis.bounds import score_bounds
    from ..analysis.plans import run_plan
    from ..analysis.said import told
    from ..content.diagnostics import diag, format_text
    from ..content.library import SCENARIOS_DIR
    from ..content.loader import load_file
    from ..content.plans import check_against, load_plans, plan_files
    from ..datadirs import folders
    from ..engine.model import SourcePos

    lang = getattr(args, "lang", None) or "en"
    files = plan_files(args.paths or [SCENARIOS_DIR])
    if not files:
        print(say(lang, "no-plans"), file=sys.stderr)
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
            print(format_text(problems, lang))
            failed += max(1, len(plans.plans))
            continue
        bounds = score_bounds(loaded.scenario, folders().bounds_cache)
        for plan in plans.plans:
            result = run_plan(loaded.scenario, plan, bounds)
            print(
                say(lang, "plan-passed" if result.passed else "plan-failed", path=plans.path, name=plan.name)
            )
            for problem in result.problems:
                print(f"    {told(problem, lang)}")
            passed, failed = passed + result.passed, failed + (not result.passed)
    print(say(lang, "plans-total", passed=passed, failed=failed))
    return EXIT_OK if failed == 0 else EXIT_ERRORS
