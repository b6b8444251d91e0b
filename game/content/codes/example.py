"""The example scenario every descriptor's example changes (one replacement each), and its plan."""

from __future__ import annotations

BASE = """\
format: 1
id: contoh
title: {id: Contoh, en: Example}
summary: {id: Ringkasan, en: Summary}
duty: [needs_design]
minutes: 5
start: a
characters:
  wati: {name: Bu Wati}
locations:
  balai: {name: {id: Balai desa, en: Village hall}}
meters:
  trust: {label: {id: Kepercayaan, en: Trust}, start: 50, min: 0, max: 100}
nodes:
  a:
    location: balai
    lines:
      - speaker: wati
        text: {id: Halo, en: Hello}
    choices:
      - text: {id: Ajak warga, en: Invite residents}
        feedback: {id: Ramai, en: Busy}
        effects: {trust: 5}
        time: 1 week
        next: b
  b:
    choices:
      - text: {id: Selesai, en: Finish}
        feedback: {id: Baik, en: Good}
        set: {asked: true}
        next: END
endings:
  - id: done
    if: trust >= 50 and asked
    title: {id: Berhasil, en: Success}
    summary: {id: Ringkas, en: Short}
    debrief: [{id: Apa?, en: What?}]
  - id: other
    title: {id: Lain, en: Other}
    summary: {id: Ringkas, en: Short}
    debrief: [{id: Apa?, en: What?}]
"""

PLAN = """\
plans:
  - name: together
    choices: [1, 1]
    expect:
      ending: done
      misconceptions: []
      scores: {collaboration: {min: 0}}
"""


def text(example, base: str | None = None) -> str:
    """The full file an Example describes."""
    if base is None:
        base = PLAN if example.plan else BASE
    if not example.old:
        return example.new
    for old, new in ((example.old, example.new), *example.more):
        assert old in base, old
        base = base.replace(old, new, 1)
    return base
