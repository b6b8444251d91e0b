"""The meters at the side of the play screen.

- Each bar is drawn on one scale: a bounded meter on its own min and max, a competency on the scenario's
  score scale (its worst and best reachable values, the same the debrief scores 0-100 against). Until that
  scale is known a competency shows its number over an empty track, never a bar that jumps when it comes.
- "What do they mean?" (I) opens a legend: each meter's description under its label.
- After a choice the panel changes only with what the cards show: the outcome card reveals the choice's
  own changes, each event card its event's, and the panel under them takes those changes then; once the
  cards are done it agrees with the session again.
"""

from __future__ import annotations

from ..intents import Act
from ..widgets import Button, Label
from ..widgets.meter import MeterBar
from .common import coaching_now

KIND_ORDER = {"competency": 0, "world": 1, "trust": 2}


def meter_range(meter, value: float, bounds) -> tuple[float, float, bool]:
    """(low, high, known) for a bar: `known` is False while a competency waits for its score scale."""
    lo, hi = meter.min, meter.max
    if lo is not None and hi is not None:
        return lo, hi, True
    if meter.kind != "competency":  # an open-ended world meter (a budget): up to where it started
        lo = min(0, value) if lo is None else lo
        hi = max(meter.start, value, lo + 10) if hi is None else hi
        return lo, hi, True
    if bounds is None:  # the scale is still being found: a placeholder range, drawn as an empty track
        return (min(0, value) if lo is None else lo), (max(10, value) if hi is None else hi), False
    lo = bounds.worst.get(meter.id, 0) if lo is None else lo
    hi = bounds.best.get(meter.id, 10) if hi is None else hi
    if hi <= lo:
        lo, hi = min(lo, 0), max(hi, lo + 10)
    return lo, hi, True


def meter_bars(ctx, run) -> tuple[dict, bool]:
    """The meters on show (competency scores wait for the debrief unless coaching is on) and whether they
    are drawn on the scenario's own score scale (known once the background search is done)."""
    scenario = run.scenario
    order = sorted(scenario.meters.values(), key=lambda m: KIND_ORDER.get(m.kind, 3))
    if not coaching_now(ctx):
        order = [m for m in order if m.kind != "competency"]
    values = run.session.view().meters
    scaled = ctx.bounds.provide(run.session)
    bounds = run.session.bounds if scaled else None
    bars = {}
    for meter in order:
        value = values.get(meter.id, meter.start)
        lo, hi, known = meter_range(meter, value, bounds)
        bars[meter.id] = MeterBar(
            meter.id,
            meter.label.get(ctx.lang),
            value,
            lo,
            hi,
            lower_better=meter.better == "lower",
            description=meter.description.get(ctx.lang),
            known=known,
        )
    return bars, scaled


class SidePanel:
    """What the side panel holds besides its bars: the legend's state and the changes still to reveal."""

    def __init__(self):
        self.legend = False  # each meter's description shown under its label
        self.pending: list = []  # [(card item, deltas)]: a choice's changes, in the order their cards come

    def items(self, ctx, scenario, bars: dict) -> list:
        """The heading, the legend's button when a meter has a description, a note while the score scale
        is found, then the bars (their texts in the current language)."""
        lang = ctx.lang
        for bar in bars.values():
            meter = scenario.meters[bar.key]
            bar.label, bar.description = meter.label.get(lang), meter.description.get(lang)
            bar.explain = self.legend
        items = [Label(ctx.tr("meters"), "h2", "accent", bold=True)]
        if any(bar.description for bar in bars.values()):
            items.append(
                Button(ctx.tr("meters_explain_hide" if self.legend else "meters_explain"), Act.EXPLAIN)
            )
        if any(not bar.known for bar in bars.values()):
            items.append(Label(ctx.tr("scale_pending"), "small", "muted"))
        return items + list(bars.values())

    def toggle(self) -> None:
        self.legend = not self.legend

    # -- a choice's changes, shown with their cards ----------------------------------------
    def hold(self, bars: dict, outcome) -> str:
        """A choice was made: keep its changes for the cards that show them; the sound for the changes the
        first card shows (only meters on show: a hidden score must not chime)."""
        self.pending = [(outcome, dict(outcome.deltas))] + [(e, dict(e.deltas)) for e in outcome.events]
        ups = sum(1 for m, d in outcome.deltas.items() if m in bars and d > 0)
        downs = sum(1 for m, d in outcome.deltas.items() if m in bars and d < 0)
        return "up" if ups >= downs and ups else "down" if downs else "click"

    def follow(self, top, bars: dict) -> bool:
        """The card `top` is over the panel: take the changes of every card up to it. True when a bar
        changed. The panel is not the top screen then, so its bars do not ease: they show the new value
        at once, the change beside it in its good or bad colour."""
        item = getattr(top, "item", None)
        upto = next((i for i, (shown, _) in enumerate(self.pending) if shown is item), None)
        if upto is None:
            return False
        changed = False
        for _, deltas in self.pending[: upto + 1]:
            for meter_id, delta in deltas.items():
                bar = bars.get(meter_id)
                if bar is not None and delta:
                    bar.set(bar.value + delta)
                    bar.shown = bar.value
                    changed = True
        del self.pending[: upto + 1]
        return changed

    def settle(self, bars: dict, values: dict) -> None:
        """The cards are done (or never drawn): the bars take the session's values."""
        self.pending = []
        for key, bar in bars.items():
            if key in values:
                bar.set(values[key])
