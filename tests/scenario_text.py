"""Small scenarios written inline, for tests whose answers are known exactly."""

import textwrap

from game.content.loader import load_text

BASE = """\
format: 1
id: mini
title: {id: Mini, en: Mini}
summary: {id: Ringkas, en: Short}
duty: needs_design
minutes: 2
start: a
meters:
  trust:
    label: {id: Kepercayaan, en: Trust}
    start: 50
    min: 0
    max: 100
nodes:
  a:
    lines:
      - text: {id: Halo, en: Hello}
    choices:
      - text: {id: Bersama, en: Together}
        effects: {collaboration: 2, trust: 10}
        feedback: {id: Baik, en: Good}
        next: b
      - text: {id: Sendiri, en: Alone}
        effects: {collaboration: -1}
        misconceptions: [solo_work]
        feedback: {id: Sepi, en: Lonely}
        next: b
  b:
    choices:
      - text: {id: Selesai, en: Finish}
        feedback: {id: Usai, en: Done}
        next: END
endings:
  - id: good
    if: trust >= 60
    title: {id: Baik, en: Good}
    summary: {id: Baik, en: Good}
    debrief: [{id: Mengapa?, en: Why?}]
  - id: plain
    title: {id: Biasa, en: Plain}
    summary: {id: Biasa, en: Plain}
    debrief: [{id: Mengapa?, en: Why?}]
"""


# An obstacle that always strikes at node b and takes 7 trust: put it before `endings:` of BASE.
RAIN_AT_B = """\
events:
  rain:
    kind: obstacle
    probability: 1
    at: [b]
    title: {id: Hujan, en: Rain}
    text: {id: Hujan deras, en: Heavy rain}
    effects: {trust: -7}
"""


def load(text: str = BASE, path: str = "mini.yaml", **kwargs):
    return load_text(textwrap.dedent(text), path=path, **kwargs)


def scenario(text: str = BASE):
    loaded = load(text)
    assert loaded.scenario is not None, "\n".join(str(d) for d in loaded.diagnostics)
    return loaded.scenario


def replace(old: str, new: str, text: str = BASE) -> str:
    assert old in text, old
    return text.replace(old, new, 1)
