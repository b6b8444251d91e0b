"""A made-up workshop for the class report's tests: 12 laptops, 24 sessions of shipped scenarios,
recorded through the real recorder (options, situations, reflections, debrief questions, votes).

    sessions = workshop_sessions(tmp_path / "r.db")      # list of session dicts
"""

from __future__ import annotations

import datetime
import random

from game.content.loader import load_file
from game.engine.session import Session
from game.records.recorder import SessionRecorder
from game.records.store import RecordStore

from ..conftest import ROOT
from ..shipped import shipped_bounds
from .conftest import FakeClock

SCENARIOS = ("01-musrenbang-tanpa-suara.yaml", "04-mitra-berbekal-sembako.yaml")
NAMES = (
    "Ani Suryani", "Budi Santoso", "Citra Maharani", "Dewi Anggraini", "Eko Prasetyo", "Fitri Handayani",
    "Gilang Ramadhan", "Hendra Wijaya", "Indah Permata", "Joko Susilo", "Kartika Sari", "Lukman Hakim",
)  # fmt: skip
ANSWERS = (
    "Saya akan mengajak kader dan pendamping desa duduk bersama dulu.",
    "Lebih baik warga sendiri yang menentukan prioritasnya.",
    "Saya terlalu cepat memutuskan; seharusnya saya mendengar dulu.",
)


def scenarios() -> dict:
    loaded = [load_file(ROOT / "scenarios" / name).scenario for name in SCENARIOS]
    return {s.id: s for s in loaded}


def workshop_sessions(db, sessions: int = 24, abandon_every: int = 7) -> list:
    """`sessions` sessions: each of 12 learners plays each scenario once (in two classes), every
    `abandon_every`th session left before its end; a class vote at the first decision of some."""
    store = RecordStore.open(db, clock=FakeClock("2024-05-01T02:00:00+00:00", step_seconds=47))
    found = scenarios()
    bounds = {sid: shipped_bounds(s) for sid, s in found.items()}
    for number in range(sessions):
        scenario = found[list(found)[number // len(NAMES) % len(found)]]
        person = number % len(NAMES)
        identity = {
            "learner_id": f"1980{person:04d}2005011001",
            "class_name": "Angkatan 3" if person < 6 else "Angkatan 4",
            "batch": "3" if person < 6 else "4",
            "organisation": "Dinas PMD Kabupaten Sleman",
        }
        session = Session(scenario, seed=number, bounds=bounds[scenario.id])
        recorder = SessionRecorder.begin(store, session, NAMES[person], "id", **identity)
        pick = random.Random(number)
        steps = 0
        while not session.is_over:
            node = scenario.nodes.get(session.state.node)
            if node is not None and node.reflection:
                session.reflect(ANSWERS[(number + steps) % len(ANSWERS)])
            options = session.view().choices
            if not options:
                break
            session.choose(pick.randrange(len(options)))
            votes = None
            if steps == 0 and number % 4 == 0:
                votes = {c.id: pick.randrange(0, 6) for c in scenario.nodes[scenario.start].choices}
            recorder.after_choice(votes=votes)
            steps += 1
            if abandon_every and number % abandon_every == abandon_every - 1 and steps == 3:
                break
        if session.is_over:
            recorder.finish()
        else:
            recorder.abandon()
    return store.sessions()


NOW = datetime.datetime(2024, 5, 1, 9, 30, tzinfo=datetime.timezone.utc)
