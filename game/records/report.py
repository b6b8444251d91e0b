"""The class report: one self-contained HTML file for the debrief, offline, in id or en.

    html = build_report(sessions, lang="id", now=clock(), scenarios={"posyandu": scenario})

`scenarios` (engine Scenario objects by id) is optional: with it, nodes,
choices, endings and competencies show their text in the chosen language;
without it, their ids.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable
from html import escape

from ..engine.misconceptions import NAMES
from ..engine.wording import Wording
from . import svg
from .summary import BINS, ScenarioSummary, summarise

LANGS = ("id", "en")

STRINGS = {
    "en": {
        "title": "Class report",
        "generated": "Generated",
        "scenario": "Scenario",
        "sessions": "sessions",
        "players": "players",
        "finished": "finished",
        "participants": "Participants",
        "player": "Player / team",
        "started": "Started (UTC)",
        "decisions": "Decisions",
        "ending": "Ending",
        "misconceptions": "Misconceptions",
        "scores": "Scores per competency",
        "distribution": "How the class scored",
        "per_person": "Per person",
        "revealed": "How often each misconception appeared",
        "where": "At which decisions",
        "choices": "How the class chose, decision by decision",
        "votes": "Class votes (workshop)",
        "endings": "Endings reached",
        "unfinished": "not finished",
        "none": "No sessions recorded yet.",
        "no_misconceptions": "No misconception appeared.",
        "no_scores": "No finished session yet.",
        "decision": "Decision",
    },
    "id": {
        "title": "Laporan kelas",
        "generated": "Dibuat",
        "scenario": "Skenario",
        "sessions": "sesi",
        "players": "pemain",
        "finished": "selesai",
        "participants": "Peserta",
        "player": "Pemain / tim",
        "started": "Mulai (UTC)",
        "decisions": "Keputusan",
        "ending": "Akhir",
        "misconceptions": "Miskonsepsi",
        "scores": "Skor per kompetensi",
        "distribution": "Sebaran skor kelas",
        "per_person": "Per orang",
        "revealed": "Seberapa sering tiap miskonsepsi muncul",
        "where": "Di keputusan mana",
        "choices": "Pilihan kelas, keputusan demi keputusan",
        "votes": "Suara kelas (lokakarya)",
        "endings": "Akhir yang dicapai",
        "unfinished": "belum selesai",
        "none": "Belum ada sesi yang tercatat.",
        "no_misconceptions": "Tidak ada miskonsepsi yang muncul.",
        "no_scores": "Belum ada sesi yang selesai.",
        "decision": "Keputusan",
    },
}

STYLE = """
body{font:18px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1100px;
padding:24px;color:#1d2a24;background:#fbfaf6}
h1{font-size:2em;margin:.2em 0}h2{border-bottom:3px solid #2a7f62;padding-bottom:4px;margin-top:2em}
h3{margin:1.4em 0 .3em}h4{margin:1em 0 .2em;font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.95em}th,td{padding:6px 10px;border-bottom:1px solid #ddd;
text-align:left}th{background:#eef4f0}td.num{text-align:right}
.meta{color:#556}.chart{max-width:100%;font-size:15px;fill:#1d2a24}.card{margin:1em 0}
@media print{body{background:#fff}h2{page-break-before:always}}
"""


class Labels:
    """Words for ids in one language, from the scenarios when they are known."""

    def __init__(self, lang: str, scenarios: dict | None = None):
        self.lang = lang
        self.scenarios = scenarios or {}

    def _scenario(self, scenario_id: str):
        return self.scenarios.get(scenario_id)

    def scenario(self, scenario_id: str) -> str:
        found = self._scenario(scenario_id)
        return found.title.get(self.lang) if found is not None and found.title else scenario_id

    def competency(self, scenario_id: str, meter: str) -> str:
        found = self._scenario(scenario_id)
        item = found.meters.get(meter) if found is not None else None
        return item.label.get(self.lang) if item is not None and item.label else meter

    def node(self, scenario_id: str, node_id: str) -> str:
        found = self._scenario(scenario_id)
        node = found.nodes.get(node_id) if found is not None else None
        if node is None or not node.lines:
            return node_id
        first = node.lines[0].text.get(self.lang)
        return f"{node_id}: {first if len(first) <= 90 else first[:89] + '…'}"

    def choice(self, scenario_id: str, node_id: str, choice_id: str) -> str:
        found = self._scenario(scenario_id)
        choice = found.choice(node_id, choice_id) if found is not None else None
        # by text only: every player saw the options in a different order
        return Wording().text(choice.text).get(self.lang) if choice and choice.text else choice_id

    def choice_ids(self, scenario_id: str, node_id: str) -> list:
        found = self._scenario(scenario_id)
        node = found.nodes.get(node_id) if found is not None else None
        return [c.id for c in node.choices] if node is not None else []

    def ending(self, scenario_id: str, ending_id: str | None) -> str:
        if ending_id is None:
            return STRINGS[self.lang]["unfinished"]
        found = self._scenario(scenario_id)
        for ending in found.endings if found is not None else ():
            if ending.id == ending_id:
                return ending.title.get(self.lang)
        return ending_id

    def tag(self, tag: str) -> str:
        return NAMES[tag].get(self.lang) if tag in NAMES else tag


def build_report(
    sessions: Iterable[dict],
    lang: str = "id",
    now: datetime.datetime | None = None,
    scenarios: dict | None = None,
) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (choose id or en)")
    words, labels = STRINGS[lang], Labels(lang, scenarios)
    summaries = summarise(sessions)
    body = [f"<h1>{escape(words['title'])}</h1>"]
    if now is not None:
        body.append(f'<p class="meta">{words["generated"]}: {escape(now.strftime("%Y-%m-%d %H:%M"))}</p>')
    if not summaries:
        body.append(f"<p>{escape(words['none'])}</p>")
    for summary in summaries.values():
        body.append(_scenario_section(summary, words, labels))
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(words['title'])}</title><style>{STYLE}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def _scenario_section(summary: ScenarioSummary, words: dict, labels: Labels) -> str:
    sid = summary.scenario
    head = (
        f'<section data-scenario="{escape(sid)}"><h2>{escape(words["scenario"])}: '
        f'{escape(labels.scenario(sid))}</h2><p class="meta">{len(summary.sessions)} {words["sessions"]}, '
        f'{len(summary.players)} {words["players"]}, {summary.finished} {words["finished"]}</p>'
    )
    parts = [
        head,
        _participants(summary, words, labels),
        _scores(summary, words, labels),
        _misconceptions(summary, words, labels),
        _choices(summary, words, labels),
        _endings(summary, words, labels),
        "</section>",
    ]
    return "".join(parts)


def _participants(summary: ScenarioSummary, words: dict, labels: Labels) -> str:
    competencies = sorted(summary.scores)
    head = "".join(f"<th>{escape(labels.competency(summary.scenario, c))}</th>" for c in competencies)
    rows = []
    for s in summary.sessions:
        scores = s.get("scores") or {}
        cells = "".join(f'<td class="num">{escape(str(scores.get(c, "")))}</td>' for c in competencies)
        tags = sum(len(d.get("misconceptions", [])) for d in s.get("decisions", []))
        ending = labels.ending(summary.scenario, s.get("ending") if s.get("finished_at") else None)
        rows.append(
            f"<tr><td>{escape(s['player'])}</td><td>{escape(s['started_at'][:16].replace('T', ' '))}</td>"
            f'<td class="num">{len(s.get("decisions", []))}</td><td>{escape(ending)}</td>{cells}'
            f'<td class="num">{tags}</td></tr>'
        )
    return (
        f"<h3>{escape(words['participants'])}</h3><table><thead><tr><th>{escape(words['player'])}</th>"
        f"<th>{escape(words['started'])}</th><th>{escape(words['decisions'])}</th>"
        f"<th>{escape(words['ending'])}</th>{head}<th>{escape(words['misconceptions'])}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _scores(summary: ScenarioSummary, words: dict, labels: Labels) -> str:
    parts = [f"<h3>{escape(words['scores'])}</h3>"]
    if not summary.scores:
        return parts[0] + f"<p>{escape(words['no_scores'])}</p>"
    for competency in sorted(summary.scores):
        name = labels.competency(summary.scenario, competency)
        bins = [(f"{low}–{high}", n) for (low, high), n in zip(BINS, summary.distribution(competency))]
        people = _unique_names(summary.scores[competency])
        parts.append(
            f'<div class="card"><h4>{escape(name)}: {escape(words["distribution"])}</h4>'
            f'{svg.bar_chart(f"distribution:{competency}", bins, colour=svg.PALETTE[1])}'
            f'<h4>{escape(name)}: {escape(words["per_person"])}</h4>'
            f'{svg.bar_chart(f"scores:{competency}", people, maximum=100)}</div>'
        )
    return "".join(parts)


def _unique_names(pairs: list) -> list:
    """(player, score) rows, with a number after a name seen more than once."""
    seen: Counter = Counter()
    rows = []
    for player, score in pairs:
        seen[player] += 1
        rows.append((player if seen[player] == 1 else f"{player} ({seen[player]})", score))
    return rows


def _misconceptions(summary: ScenarioSummary, words: dict, labels: Labels) -> str:
    parts = [f"<h3>{escape(words['revealed'])}</h3>"]
    if not summary.misconceptions:
        return parts[0] + f"<p>{escape(words['no_misconceptions'])}</p>"
    ordered = summary.misconceptions.most_common()
    parts.append(
        svg.bar_chart("misconceptions", [(labels.tag(t), n) for t, n in ordered], colour=svg.PALETTE[2])
    )
    for tag, _ in ordered:
        nodes = summary.misconceptions_at[tag]
        rows = [(labels.node(summary.scenario, n), nodes[n]) for n in summary.nodes if n in nodes]
        parts.append(
            f'<h4>{escape(labels.tag(tag))}: {escape(words["where"])}</h4>'
            f'{svg.bar_chart(f"misconception:{tag}", rows, colour=svg.PALETTE[2])}'
        )
    return "".join(parts)


def _choices(summary: ScenarioSummary, words: dict, labels: Labels) -> str:
    parts = [f"<h3>{escape(words['choices'])}</h3>"]
    for node in summary.nodes:
        counts = summary.choices[node]
        rows = [
            (labels.choice(summary.scenario, node, c), n) for c, n in _ordered(labels, summary, node, counts)
        ]
        parts.append(
            f'<div class="card" data-node="{escape(node)}"><h4>{escape(words["decision"])} '
            f'{escape(labels.node(summary.scenario, node))}</h4>{svg.bar_chart(f"choices:{node}", rows)}'
        )
        votes = summary.votes.get(node)
        if votes:
            vote_rows = [
                (labels.choice(summary.scenario, node, c), n)
                for c, n in _ordered(labels, summary, node, votes)
            ]
            parts.append(
                f"<h4>{escape(words['votes'])}</h4>"
                f"{svg.bar_chart(f'votes:{node}', vote_rows, colour=svg.PALETTE[3])}"
            )
        parts.append("</div>")
    return "".join(parts)


def _ordered(labels: Labels, summary: ScenarioSummary, node: str, counts: Counter) -> list:
    """Every option in the scenario's order (0 for the unchosen) when it is known, else most chosen first."""
    known = labels.choice_ids(summary.scenario, node)
    extra = sorted((c for c in counts if c not in known), key=lambda c: (-counts[c], c))
    return [(c, counts.get(c, 0)) for c in known + extra]


def _endings(summary: ScenarioSummary, words: dict, labels: Labels) -> str:
    rows = [
        (labels.ending(summary.scenario, e), n)
        for e, n in sorted(
            summary.endings.items(), key=lambda item: (item[0] is None, -item[1], str(item[0]))
        )
    ]
    return f"<h3>{escape(words['endings'])}</h3>{svg.bar_chart('endings', rows, colour=svg.PALETTE[5])}"
