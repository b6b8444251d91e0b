"""The teaching parts of the debrief as layout items: the score, the chart, the misconceptions grouped by
kind and those avoided. The screen shows them with buttons; the saved summary (game.ui.summary_image)
shows the same parts without."""

from __future__ import annotations

from ..intents import Replay
from ..widgets import Box, Button, Chips, Label
from ..widgets.chart import Bars, Lines
from . import debrief_parts as parts
from .common import delta_chips, misconception_about, misconception_name


def meter_label(ctx, scenario, meter_id: str) -> str:
    meter = scenario.meters.get(meter_id)
    return meter.label.get(ctx.lang) if meter is not None else meter_id


def meter_description(ctx, scenario, meter_id: str) -> str:
    """What the meter measures, in the player's language ("" when the scenario does not say)."""
    meter = scenario.meters.get(meter_id)
    return meter.description.get(ctx.lang) if meter is not None else ""


def score_box(ctx, run, result) -> Box | None:
    """The overall score, each competency's, what the score measures, and how it relates to the ending."""
    if not result.scores:
        return None
    sc = run.scenario
    rows = [(meter_label(ctx, sc, c), s, meter_description(ctx, sc, c)) for c, s in result.scores.items()]
    names = ", ".join(label for label, _, _ in rows)
    items = [
        Label(ctx.tr("scores"), "h2", "text", bold=True),
        Label(ctx.tr("overall_score", n=parts.overall(result)), "h2", "accent", bold=True),
        Bars(rows),
        Label(ctx.tr("score_means", names=names), "small", "muted"),
    ]
    verdict = parts.verdict(sc, result)
    if verdict:
        items.append(Label(ctx.tr(verdict), "body", "text", bold=True))
    return Box(items)


def chart_box(ctx, run, result) -> Box | None:
    series = parts.competency_series(run.scenario, run.session.state.history, result)
    if not series or not run.session.state.history:
        return None
    lines = [(meter_label(ctx, run.scenario, s.meter), s.points) for s in series]
    return Box(
        [
            Label(ctx.tr("chart_title"), "h2", "text", bold=True),
            Label(ctx.tr("chart_note"), "small", "muted"),
            Lines(lines, ctx.tr("chart_start"), ctx.tr("chart_axis")),
        ]
    )


def misconception_items(ctx, run, result, buttons: bool = True) -> list:
    """A heading, then one box per kind revealed (its name, how often, what it is once), and under it
    each choice that revealed it: the choice's own insight, what a collaborative Kabid would have chosen
    there, and a button to replay from that decision."""
    groups = parts.groups(result.misconceptions)
    items = [Label(ctx.tr("misconceptions"), "h2", "text", bold=True)]
    if not groups:  # the kinds avoided say it, when the scenario tests for any
        return (
            [] if parts.tested(run.scenario) else items + [Label(ctx.tr("no_misconceptions"), "body", "good")]
        )
    total = sum(g.count for g in groups)
    line = ctx.tr("mis_total_one") if total == 1 else ctx.tr("mis_total", n=total, k=len(groups))
    items.append(Label(line, "body", "text"))
    for group in groups:
        count = ctx.tr("mis_group_one") if group.count == 1 else ctx.tr("mis_group_many", n=group.count)
        box = [
            Label("⚠ " + misconception_name(ctx, group.tag), "h2", "warn", bold=True),
            Label(count, "small", "warn", bold=True),
            Label(misconception_about(ctx, group.tag), "small", "text"),
        ]
        box += [finding_box(ctx, run, f, buttons) for f in group.findings]
        items.append(Box(box, color="warn_bg", stripe="warn"))
    return items


def finding_box(ctx, run, finding, buttons: bool) -> Box:
    sc, lang = run.scenario, ctx.lang
    lines = [
        Label(ctx.tr("your_choice", n=finding.turn), "small", "muted", bold=True),
        Label("“" + run.choice_text(finding.node, finding.choice).get(lang) + "”", "body", "text"),
    ]
    choice = sc.choice(finding.node, finding.choice)
    if choice is not None and choice.insight:
        lines += [
            Label(ctx.tr("its_insight"), "small", "accent", bold=True),
            Label(run.session.render(choice.insight).get(lang), "body", "text"),
        ]
    alt = parts.best_alternative(sc, finding.node, finding.choice)
    if alt is not None:
        comps = set(sc.competencies())
        gains = {e.meter: e.delta for e in alt.effects if e.meter in comps and e.delta}
        lines += [
            Label(ctx.tr("kabid_would"), "small", "good", bold=True),
            Label("“" + run.session.render(alt.text).get(lang) + "”", "body", "text", bold=True),
        ]
        chips = delta_chips(ctx, sc, gains)
        if chips:
            lines.append(Chips(chips))
    else:
        lines.append(Label(ctx.tr("kabid_none"), "small", "text"))
    if buttons:
        lines.append(Button(ctx.tr("replay_try", n=finding.turn), Replay(finding.turn), width=0.6))
    return Box(lines, color="panel", pad=0.7)


def avoided_items(ctx, run, result) -> list:
    """The kinds the scenario tests for that the player never revealed, said as what they did well."""
    kinds = parts.avoided(run.scenario, result.misconceptions)
    if not kinds:
        return []
    if not result.misconceptions:
        head = [Label(ctx.tr("avoided_all"), "body", "good", bold=True)]
    else:
        head = []
    box = [Label(ctx.tr("avoided_title"), "h2", "good", bold=True)] + head
    for tag in kinds:
        key = f"avoided_{tag}"
        said = ctx.tr(key)
        box += [
            Label("✓ " + misconception_name(ctx, tag), "body", "good", bold=True),
            Label(said if said != key else ctx.tr("avoided_other"), "small", "text"),
        ]
    return [Box(box, stripe="good")]
