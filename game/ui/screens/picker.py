"""Scenario picker: a card per scenario; a file that fails validation shows its first error."""

from __future__ import annotations

from .. import storage
from ..assets import background_path
from ..check_run import offer_pre
from ..intents import Act, Start
from ..widgets import Box, Button, Label
from ..widgets.card import ScenarioCard
from .base import ClosingScreen


class PickerScreen(ClosingScreen):
    max_width = 1000

    def title(self):
        return self.tr("picker_title")

    def items(self):
        lang = self.ctx.lang
        best = self.ctx.flow.load_best()
        entries = self.ctx.scenarios.entries()
        items = []
        if not entries:
            items.append(Label(self.tr("picker_empty", folder=storage.user_scenarios_dir()), "body", "muted"))
        for i, entry in enumerate(entries):
            if entry.ok:
                sc = entry.scenario
                duties = " · ".join(self.tr(f"duty_{d}") for d in sc.duty)
                score = best.get(sc.id)
                result = self.tr("best", score=score) if score is not None else self.tr("no_best")
                facts = f"{duties}\n{self.tr('minutes', n=sc.minutes)} · {result}"
                items.append(
                    ScenarioCard(
                        sc.title.get(lang),
                        sc.summary.get(lang),
                        facts,
                        Start(i),
                        picture=self.picture(entry),
                    )
                )
            else:
                items.append(
                    Box(
                        [
                            Label(entry.title.get(lang), "body", "text", bold=True),
                            Label(self.tr("broken"), "small", "warn", bold=True),
                            Label(entry.error_in(lang), "small", "muted"),
                        ],
                        color="warn_bg",
                        stripe="warn",
                    )
                )
        return items

    def footer_items(self):
        return [Button(self.tr("back"), Act.BACK, center=True)]

    def picture(self, entry):
        """The place the scenario visits most (the office only when it goes nowhere else), as a thumbnail."""
        sc = entry.scenario
        visits = [sc.locations[n.location] for n in sc.nodes.values() if n.location in sc.locations]
        away = [loc for loc in visits if loc.kind != "office"] or visits
        location = max(away, key=lambda loc: sum(v.id == loc.id for v in away)) if away else None
        images = self.ctx.images
        path = images.resolve(
            location.background if location else None,
            entry.folder,
            background_path(location.kind if location else ""),
        )
        return lambda size: images.cover(path, size)

    def act(self, intent):
        match intent:
            case Start(index):
                entry = self.ctx.scenarios.entries()[index]
                if not offer_pre(self.ctx, entry):  # the first check, once per profile (issue 16)
                    self.ctx.flow.new_game(entry)
            case _:
                super().act(intent)
