"""The class report: one self-contained HTML file for the debrief, offline, in id or en.

    html = build_report(sessions, lang="id", now=clock(), scenarios={"posyandu": scenario},
                        anonymous=False, zone=zone_named("Asia/Jakarta"), filters=Filters(...))

`scenarios` (engine Scenario objects by id) is optional: the records carry the texts the players saw
(options, situations, prompts, debrief questions); the scenario adds what older records lack, the
options nobody chose and the node's opening lines.

The page is a list of sections, each a function of the report's Context returning HTML ("" to leave
itself out): the overview first (one screen on a projector), the pre/post check's gain
(game.records.gain), one section per scenario (decision by decision, reflections, endings), then the
per-learner paths (left out when anonymous). A new section is one more function in SECTIONS (or in
build_report's `sections`); it must escape every text it takes from the records.

Hand-written HTML and CSS, no templating or plotting library: the page is a dozen small fragments,
each escaped with html.escape where it is made (the hostile corpus in tests/corpus checks it), and
bars are CSS widths, so every option's full text wraps beside its bar in any language, on screen
and in print. Jinja2 (+ MarkupSafe) measured ~80 ms to import here, more than this whole package's
report modules, for a command run once per workshop and no fewer lines; matplotlib costs ~0.5 s and
tens of MB and draws text that cannot wrap.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import escape

from .report_data import Filters, ReportClock, day_text
from .report_labels import Labels
from .report_style import STYLE
from .report_words import LANGS, STRINGS
from .summary import Overview, overview, summarise

__all__ = ["LANGS", "SECTIONS", "Context", "Filters", "build_report"]


@dataclass
class Context:
    """What a section may read."""

    sessions: list  # after the filters, every mode (play and the pre/post check)
    lang: str
    labels: Labels
    clock: ReportClock
    anonymous: bool = False
    filters: Filters = field(default_factory=Filters)
    now: datetime.datetime | None = None
    summaries: dict = field(default_factory=dict)  # scenario id -> ScenarioSummary (played sessions)
    overview: Overview = field(default_factory=Overview)

    @property
    def words(self) -> dict:
        return STRINGS[self.lang]


Section = Callable[[Context], str]


def _overview(ctx: Context) -> str:
    from .report_overview import overview_section  # noqa: PLC0415

    return overview_section(ctx)


def _gain(ctx: Context) -> str:
    from .gain import report_section  # noqa: PLC0415

    return report_section(ctx.sessions, ctx.lang)


def _scenarios(ctx: Context) -> str:
    from .report_scenario import scenario_section  # noqa: PLC0415

    return "".join(scenario_section(ctx, summary) for summary in ctx.summaries.values())


def _learners(ctx: Context) -> str:
    from .report_people import learner_section  # noqa: PLC0415

    return "" if ctx.anonymous else learner_section(ctx)


SECTIONS: list = [
    ("overview", _overview),
    ("gain", _gain),
    ("scenarios", _scenarios),
    ("learners", _learners),
]


def build_report(
    sessions: Iterable[dict],
    lang: str = "id",
    now: datetime.datetime | None = None,
    scenarios: dict | None = None,
    *,
    anonymous: bool = False,
    zone=None,
    filters: Filters | None = None,
    sections: list | None = None,
) -> str:
    """The page. `zone` (game.records.tables.Zone) is where times are told (default: this
    computer's); `filters` keep some sessions; `sections` replaces SECTIONS ([(name, function)])."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (choose id or en)")
    filters = filters or Filters()
    kept = filters.keep(sessions)
    summaries = summarise(kept)
    ctx = Context(
        sessions=kept,
        lang=lang,
        labels=Labels(lang, scenarios),
        clock=ReportClock(zone),
        anonymous=anonymous,
        filters=filters,
        now=now,
        summaries=summaries,
        overview=overview(summaries),
    )
    words = ctx.words
    body = [_header(ctx)]
    if not kept:
        body.append(f"<p>{escape(words['none_match' if filters else 'none'])}</p>")
    else:
        for name, section in SECTIONS if sections is None else sections:
            html = section(ctx)
            if html:
                body.append(f'<div data-section-of="{escape(name)}">{html}</div>')
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(words['title'])}</title><style>{STYLE}</style></head>"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )


def _header(ctx: Context) -> str:
    words, lang = ctx.words, ctx.lang
    parts = [f"<h1>{escape(words['title'])}</h1>"]
    zone = escape(words["times_in"].format(zone=ctx.clock.zone.name))
    if ctx.now is not None:
        when = escape(words["generated"].format(when=ctx.clock.moment(ctx.now, lang)))
        parts.append(f'<span class="meta">{when} ({zone})</span>')
    else:
        parts.append(f'<span class="meta">{zone}</span>')
    shown = _filters(ctx)
    if shown:
        parts.append(
            f'<span class="meta" data-filters="yes">{escape(words["filters"])}: {escape(shown)}</span>'
        )
    if ctx.anonymous:
        parts.append(f'<span class="badge" data-anonymous="yes">{escape(words["anonymous"])}</span>')
    return f'<header class="top">{"".join(parts)}</header>'


def _filters(ctx: Context) -> str:
    f, words = ctx.filters, ctx.words
    said = []
    if f.since:
        said.append(words["since"].format(date=_day_or_time(ctx, f.since)))
    if f.until:
        said.append(words["until"].format(date=_day_or_time(ctx, f.until, end=True)))
    if f.classes:
        said.append(words["class_filter"].format(names=", ".join(f.classes)))
    if f.scenarios:
        names = [ctx.labels.scenario(s) for s in f.scenarios]
        said.append(words["scenario_filter"].format(names=", ".join(names)))
    return "; ".join(said)


def _day_or_time(ctx: Context, moment: datetime.datetime, end: bool = False) -> str:
    local = ctx.clock.local(moment.isoformat())
    if local is None:
        return ""
    if (local.hour, local.minute, local.second) == (0, 0, 0):
        if end:  # --until 2024-05-01 keeps up to midnight after it: say the day itself
            local -= datetime.timedelta(days=1)
        return day_text(local, ctx.lang)
    return ctx.clock.moment(moment, ctx.lang)
