"""Small helpers the play, card and debrief screens share."""

from __future__ import annotations

import datetime

from ..widgets.meter import fmt

MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def date_text(iso, lang: str) -> str:
    if not iso:
        return ""
    try:
        d = datetime.date.fromisoformat(iso)
    except ValueError:
        return str(iso)
    return f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"


def when(ctx, day: int, start: str = "") -> str:
    """'Day 15 · 20 Jan 2026' (the date only when the scenario has a calendar)."""
    text = ctx.tr("day", n=day + 1)
    if start:
        try:
            d = datetime.date.fromisoformat(start) + datetime.timedelta(days=day)
            text += " · " + date_text(d.isoformat(), ctx.lang)
        except ValueError:
            pass
    return text


def delta_chips(ctx, scenario, deltas: dict):
    chips = []
    for meter_id, delta in deltas.items():
        meter = scenario.meters.get(meter_id)
        label = meter.label.get(ctx.lang) if meter else meter_id
        sign = "+" if delta > 0 else ""
        good = (delta < 0) if meter is not None and meter.better == "lower" else (delta > 0)
        chips.append((f"{label} {sign}{fmt(delta)}", "good" if good else "bad"))
    return chips


def coaching_now(ctx) -> bool:
    """Practice mode names misconceptions and shows scores right after a choice; a workshop's votes
    stay blind whatever the laptop's setting, so the class decides on the situation alone."""
    return ctx.settings.practice and not ctx.flow.workshop


def misconception_name(ctx, tag: str) -> str:
    from game.engine.misconceptions import NAMES  # noqa: PLC0415

    return NAMES[tag].get(ctx.lang) if tag in NAMES else tag


def misconception_about(ctx, tag: str) -> str:
    from game.engine.misconceptions import EXPLANATIONS  # noqa: PLC0415

    return EXPLANATIONS[tag].get(ctx.lang) if tag in EXPLANATIONS else ""
