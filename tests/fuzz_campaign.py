"""A long fuzz campaign over the loader, the engine and the CLI's validate, with counts at the end.

    python -m tests.fuzz_campaign --inputs 100000 [--workers 2] [--seed 0] [--out fuzz-crashes/]

Each input is a shipped scenario (or the sample) with 1-4 random line mutations (tests/content/test_fuzz.py's
mutate), loaded as validate loads it; an accepted one is also played to its end with random choices. An
input that raises anything but a located diagnostic, or takes over 5 s, is a finding: it is written to
--out with its traceback, ready to become a tests/corpus/ file. CI runs the bounded hypothesis targets in
tests/content/test_fuzz.py; this is the campaign to run before closing a robustness issue.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SLOW_SECONDS = 5.0


def _texts() -> list:
    from game.content.library import scenario_files  # noqa: PLC0415

    return [p.read_text(encoding="utf-8") for p in scenario_files([ROOT / "scenarios"])]


def _one(job) -> tuple:
    """(outcome, seed, text, detail): outcome is refused | accepted | crash | slow."""
    seed, texts = job
    from game.content.loader import load_text  # noqa: PLC0415
    from tests.content.test_fuzz import mutate, play_randomly  # noqa: PLC0415

    rng = random.Random(seed)
    text = mutate(texts[rng.randrange(len(texts))], rng)
    started = time.perf_counter()
    try:
        loaded = load_text(text, path="fuzz.yaml")
        if loaded.scenario is None:
            if not loaded.diagnostics or any(d.pos.line < 1 for d in loaded.diagnostics):
                return "crash", seed, text, "refused without a located reason"
            outcome = "refused"
        else:
            play_randomly(loaded.scenario, seed)
            outcome = "accepted"
    except Exception:  # noqa: BLE001 (that is what we are looking for)
        return "crash", seed, text, traceback.format_exc()
    if time.perf_counter() - started > SLOW_SECONDS:
        return "slow", seed, text, f"{time.perf_counter() - started:.1f} s"
    return outcome, seed, "", ""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0, help="first seed (inputs are seed, seed+1, ...)")
    parser.add_argument("--out", default="fuzz-crashes", help="folder for the inputs that broke something")
    args = parser.parse_args(argv)
    texts = _texts()
    counts = {"refused": 0, "accepted": 0, "crash": 0, "slow": 0}
    out = Path(args.out)
    started = time.perf_counter()
    jobs = ((seed, texts) for seed in range(args.seed, args.seed + args.inputs))
    with multiprocessing.Pool(args.workers) as pool:
        for done, (outcome, seed, text, detail) in enumerate(
            pool.imap_unordered(_one, jobs, chunksize=50), 1
        ):
            counts[outcome] += 1
            if outcome in ("crash", "slow"):
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{outcome}-{seed}.yaml").write_text(text, encoding="utf-8")
                (out / f"{outcome}-{seed}.txt").write_text(detail, encoding="utf-8")
            if done % 5000 == 0:
                print(f"{done:,} inputs, {time.perf_counter() - started:.0f} s: {counts}", flush=True)
    elapsed = time.perf_counter() - started
    print(
        f"{args.inputs:,} inputs in {elapsed:.0f} s: {counts['accepted']:,} accepted and played, "
        f"{counts['refused']:,} refused with located errors, {counts['crash']:,} crashes, {counts['slow']:,} slow"
    )
    return 1 if counts["crash"] or counts["slow"] else 0


if __name__ == "__main__":
    sys.exit(main())
