"""`python -m game.tools.records_bench [--sessions 2000] [--json]`: the records of a big class, exported
and reported, timed, with each command's peak memory.

It makes a records database of N sessions (20 decisions each, with bilingual option texts as the
game records them, and two reflections), as a day of workshops would leave it, then runs each
command the way a facilitator does (`export --format csv|xlsx|json -o FILE`, `report --db`), each in
a fresh child process: seconds of wall time and the child's peak resident memory (ru_maxrss). The
issue's target: 2,000 sessions exported and reported within 20 s and 200 MB each.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]  # holds the game package: a checkout, or site-packages
TARGET_SECONDS, TARGET_MB = 20.0, 200.0
DECISIONS, OPTIONS = 20, 4

_RUN = """
import json, resource, sys, time
sys.path.insert(0, {repo!r})
from game.cli import main
start = time.perf_counter()
code = main({argv!r})
elapsed = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"code": code, "seconds": elapsed, "peak_mb": peak / 1024}}))
"""


def _text(words: str) -> str:
    return json.dumps({"id": f"{words} (Bahasa Indonesia) " * 3, "en": f"{words} (English) " * 3})


def make_db(path: Path, sessions: int) -> None:
    """A records database of `sessions` made-up sessions, written in one transaction (the store's own
    schema, whatever its version: columns it has and these values do not name are left to their
    defaults)."""
    from game.records.store import RecordStore  # noqa: PLC0415

    RecordStore.open(path).close()  # our schema, our application id
    conn = sqlite3.connect(str(path))
    start = datetime.datetime(2026, 7, 6, 1, 0, tzinfo=datetime.timezone.utc)
    with conn:
        for number in range(sessions):
            _one_session(conn, number, start + datetime.timedelta(minutes=number))
    conn.close()


def _insert(conn: sqlite3.Connection, table: str, values: dict) -> None:
    have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    keys = [k for k in values if k in have]
    marks = ", ".join("?" for _ in keys)
    conn.execute(f"INSERT INTO {table} ({', '.join(keys)}) VALUES ({marks})", [values[k] for k in keys])


def _one_session(conn: sqlite3.Connection, number: int, started: datetime.datetime) -> None:
    sid = f"bench-{number:06d}"
    at = started.isoformat(timespec="seconds")
    _insert(
        conn,
        "sessions",
        {
            "id": sid,
            "player": f"Peserta {number % 400} Suryani",
            "scenario": f"scenario-{number % 8}",
            "content_hash": "sha256:bench",
            "seed": number,
            "lang": "id",
            "mode": "play",
            "started_at": at,
            "finished_at": at,
            "ending": "shared",
            "scores": json.dumps({"empathy": number % 101, "collaboration": (number * 7) % 101}),
            "result": json.dumps({"path": [f"c{t}" for t in range(DECISIONS)], "scaled": True}),
            "learner_id": f"19870{number:05d}",
            "class_name": f"Pelatihan Kabid PMD Angkatan {number % 12}",
            "batch": str(number % 12),
            "organisation": "Dinas PMD Kabupaten Sleman",
            "scenario_title": _text(f"Skenario {number % 8}"),
            "status": "finished",
        },
    )
    for turn in range(1, DECISIONS + 1):
        options = [
            {
                "id": f"c{o}",
                "text": json.loads(_text(f"Pilihan {o}")),
                "misconceptions": ["quick_change"] * (o == 1),
            }
            for o in range(OPTIONS)
        ]
        _insert(
            conn,
            "decisions",
            {
                "session_id": sid,
                "turn": turn,
                "day": turn // 5,
                "node": f"n{turn}",
                "choice": f"c{(number + turn) % OPTIONS}",
                "at": at,
                "meters": json.dumps({"trust": turn % 10, "empathy": turn, "budget": 100 - turn}),
                "deltas": json.dumps({"trust": 1}),
                "misconceptions": json.dumps(["quick_change"] if (number + turn) % OPTIONS == 1 else []),
                "events": "[]",
                "choice_text": json.dumps(options[(number + turn) % OPTIONS]["text"]),
                "options": json.dumps(options),
                "situation": _text(f"Situasi {turn}"),
            },
        )
    for node in ("n5", "n15"):
        answer = "Saya akan mengajak warga bermusyawarah terlebih dahulu. " * 5
        _insert(conn, "reflections", {"session_id": sid, "node": node, "answer": answer, "at": at})


def _child(argv: list[str]) -> dict:
    code = _RUN.format(repo=str(REPO), argv=argv)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900, cwd=REPO)
    if done.returncode != 0 or not done.stdout.strip():
        tail = done.stderr.strip().splitlines()[-2:] if done.stderr.strip() else ["benchmark failed"]
        raise RuntimeError(" / ".join(tail))
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(sessions: int = 2000) -> dict:
    with tempfile.TemporaryDirectory(prefix="berdaya-records-bench-") as folder:
        db = Path(folder) / "records.sqlite3"
        make_db(db, sessions)
        result = {"sessions": sessions, "decisions": sessions * DECISIONS, "db_mb": db.stat().st_size / 2**20}
        for name, argv in (
            ("export_csv", ["export", "--db", str(db), "--format", "csv", "-o", f"{folder}/k.csv"]),
            ("export_xlsx", ["export", "--db", str(db), "--format", "xlsx", "-o", f"{folder}/k.xlsx"]),
            ("export_json", ["export", "--db", str(db), "--format", "json", "-o", f"{folder}/k.json"]),
            ("report", ["report", "--db", str(db), "-o", f"{folder}/r.html"]),
        ):
            result[name] = _child(argv)
            out = {"export_csv": "k.csv", "export_xlsx": "k.xlsx", "export_json": "k.json"}.get(
                name, "r.html"
            )
            result[name]["file_mb"] = round((Path(folder) / out).stat().st_size / 2**20, 2)
        result["within_target"] = all(
            result[k]["code"] == 0
            and result[k]["seconds"] <= TARGET_SECONDS
            and result[k]["peak_mb"] <= TARGET_MB
            for k in ("export_csv", "export_xlsx", "export_json", "report")
        )
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m game.tools.records_bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--sessions", type=int, default=2000, help="how many sessions (default: 2000)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    result = measure(max(1, args.sessions))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"{result['sessions']} sessions, {result['decisions']} decisions, database {result['db_mb']:.1f} MB"
    )
    for key in ("export_csv", "export_xlsx", "export_json", "report"):
        item = result[key]
        mark = "ok" if item["seconds"] <= TARGET_SECONDS and item["peak_mb"] <= TARGET_MB else "OVER TARGET"
        print(
            f"  {key:12} {item['seconds']:6.2f} s  peak {item['peak_mb']:6.1f} MB  "
            f"file {item['file_mb']:6.2f} MB  exit {item['code']}  {mark}"
        )
    print(f"target: each within {TARGET_SECONDS:g} s and {TARGET_MB:g} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
