"""How much memory `export --format xapi` takes: peak traced allocation (tracemalloc) while statements are
written, for made-up sessions (20 decisions of 4 options with bilingual texts, 2 reflections: 26 statements
each when finished).

    python -m tests.records.xapi_memory [--statements 44000]    # through the real command and database

The issue measured 803 MB for 44,000 statements (the whole list built, then dumped at once); the stream
writes one statement at a time, so the peak does not grow with the number of statements.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

STATEMENTS_PER_SESSION = 26  # initialized, 20 answered, 2 responded, completed, passed/failed, terminated


def made_up_session(number: int) -> dict:
    text = {"id": "Pilihan dalam Bahasa Indonesia " * 3, "en": "An option in English " * 3}
    at = f"2026-07-06T{8 + number % 10:02d}:00:00+00:00"
    return {
        "id": f"00000000-0000-4000-8000-{number:012d}",
        "player": f"Peserta {number % 400}",
        "learner_id": f"19870{number:05d}",
        "scenario": f"scenario-{number % 8}",
        "scenario_title": {"id": "Skenario", "en": "Scenario"},
        "content_hash": "sha256:bench",
        "seed": number,
        "lang": "id",
        "mode": "play",
        "class_name": "Pelatihan Kabid PMD Angkatan 3",
        "batch": "3",
        "organisation": "Dinas PMD Kabupaten Sleman",
        "pass_mark": 0.7,
        "status": "finished",
        "started_at": at,
        "finished_at": at,
        "ending": "shared",
        "scores": {"empathy": number % 101, "collaboration": (number * 7) % 101},
        "debrief_questions": [{"id": "Apa yang Anda pelajari?", "en": "What did you learn?"}],
        "decisions": [
            {
                "turn": turn,
                "day": turn // 5,
                "node": f"n{turn}",
                "choice": f"c{(number + turn) % 4}",
                "at": at,
                "meters": {"trust": turn % 10, "empathy": turn},
                "deltas": {"trust": 1},
                "misconceptions": [],
                "events": [],
                "votes": None,
                "choice_text": text,
                "options": [{"id": f"c{o}", "text": text, "misconceptions": []} for o in range(4)],
                "situation": {"id": f"Situasi {turn}", "en": f"Situation {turn}"},
            }
            for turn in range(1, 21)
        ],
        "reflections": [
            {"node": node, "answer": "Saya akan mengajak warga bermusyawarah. " * 5, "at": at, "prompt": text}
            for node in ("n5", "n15")
        ],
    }


class Sink(io.TextIOBase):
    """A text stream that only counts what it is given."""

    def __init__(self):
        self.chars = 0

    def write(self, text: str) -> int:
        self.chars += len(text)
        return len(text)


def peak_of_stream(statements: int) -> tuple[int, int]:
    """(statements written, peak traced bytes) for write_statements over lazily made sessions."""
    from game.records import xapi

    sessions = (made_up_session(n) for n in range(-(-statements // STATEMENTS_PER_SESSION)))
    tracemalloc.start()
    try:
        count = xapi.write_statements(sessions, Sink())
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def peak_of_command(statements: int) -> dict:
    """`export --db DB --format xapi -o FILE` on a database of made-up sessions (game.tools.records_bench's),
    in this process, traced."""
    from game.cli import main
    from game.tools import records_bench

    with tempfile.TemporaryDirectory(prefix="berdaya-xapi-memory-") as folder:
        db, out = Path(folder) / "records.sqlite3", Path(folder) / "statements.json"
        sessions = -(-statements // (records_bench.DECISIONS + 6))
        records_bench.make_db(db, sessions)
        tracemalloc.start()
        started = time.perf_counter()
        code = main(["export", "--db", str(db), "--format", "xapi", "-o", str(out)])
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        import json

        count = len(json.loads(out.read_text(encoding="utf-8")))
        return {"code": code, "statements": count, "seconds": round(seconds, 1), "peak_mb": peak / 2**20}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.records.xapi_memory", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--statements", type=int, default=44000)
    args = parser.parse_args(argv)
    print(peak_of_command(args.statements))
    return 0


if __name__ == "__main__":
    sys.exit(main())
