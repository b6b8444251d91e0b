"""The terminal front end: the same pull loop as the window, printed as text."""

from __future__ import annotations

import json
import random
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from .engine.loops import MAX_TURNS, EndlessLoop, LoopGuard  # noqa: F401 (EndlessLoop: for callers)
from .engine.misconceptions import EXPLANATIONS, NAMES
from .engine.model import Scenario, Text
from .engine.scoring import Bounds
from .engine.session import ChoiceError, Session

Scale = Callable[[Scenario], Bounds]  # finds a scenario's score scale (game.analysis.bounds.score_bounds)

WIDTH = 78

WORDS = {
    "choose": Text("Pilih nomor (1-{n}), q untuk keluar: ", "Choose a number (1-{n}), q to quit: "),
    "choose_hint": Text(
        "Pilih nomor (1-{n}), t untuk bertanya kepada {coach}, q untuk keluar: ",
        "Choose a number (1-{n}), h to ask {coach}, q to quit: ",
    ),
    "no_hint": Text("{coach} tidak punya saran untuk saat ini.", "{coach} has no advice at this point."),
    "not_available": Text(
        "Pilihan {i} tidak tersedia. Pilih 1 sampai {n}.", "Choice {i} is not available. Choose 1 to {n}."
    ),
    "misconception": Text("MISKONSEPSI", "MISCONCEPTION"),
    "event": Text("PERISTIWA", "EVENT"),
    "caused_by": Text("akibat keputusan ke-{turn} ({choice})", "because of decision {turn} ({choice})"),
    "ending": Text("AKHIR", "ENDING"),
    "scores": Text("Skor kompetensi (0-100)", "Competency scores (0-100)"),
    "unscaled": Text(
        "Nilai kompetensi (skala skenario belum diketahui, jadi tanpa skor 0-100)",
        "Competency values (the scenario's scale is not known, so no 0-100 score)",
    ),
    "misconceptions": Text("Miskonsepsi yang muncul", "Misconceptions revealed"),
    "none": Text("tidak ada", "none"),
    "at_decision": Text("pada keputusan ke-{turn}", "at decision {turn}"),
    "questions": Text("Pertanyaan refleksi", "Debrief questions"),
    "your_choices": Text("Pilihan Anda", "Your choices"),
    "days": Text("{days} hari berlalu", "{days} days passed"),
    "one_day": Text("1 hari berlalu", "1 day passed"),
    "day": Text("Hari ke-{day}", "Day {day}"),
    "reflect": Text("Refleksi: ", "Reflection: "),
    "quit": Text("Sesi dihentikan.", "Session stopped."),
    "narrator": Text("Narator", "Narrator"),
}


@dataclass
class Options:
    lang: str = "id"
    seed: int = 0
    choices: list | None = None  # shown numbers (1-based) or choice ids, for non-interactive runs
    auto: str | None = None  # first | random
    json: bool = False
    practice: bool = False  # name misconceptions and coach right after each choice


class Quit(Exception):
    pass


class TextPlayer:
    def __init__(
        self,
        session: Session,
        options: Options,
        out: TextIO,
        ask: Callable[[str], str],
        on_step: Callable | None = None,
        scale: Scale | None = None,
    ):
        self.session, self.options, self.out, self.ask = session, options, out, ask
        self.scale = scale  # asked for the score scale when the session ends without one
        self.lang = options.lang
        self.scripted = list(options.choices or [])
        self.auto_rng = random.Random(options.seed)
        self.on_step = on_step  # called after each decision (for records)

    def say(self, key: str, **values) -> str:
        return WORDS[key].get(self.lang).format(**values)

    def emit(self, text: str = "") -> None:
        if not self.options.json:
            print(text, file=self.out)

    def run(self) -> dict:
        session = self.session
        self.emit(f"== {session.scenario.title.get(self.lang)} ==")
        guard = LoopGuard(MAX_TURNS, self.lang)  # the same limit as the window's (game.engine.loops)
        while not session.is_over:
            guard.step(session.state.node)
            self.show_view()
            index = self.pick()
            outcome = session.choose(index)
            self.show_outcome(outcome)
            if self.on_step:
                self.on_step(session, outcome)
        if not session.has_bounds and self.scale is not None:
            session.bounds = self.scale(session.scenario)
        result = session.result()
        self.show_result(result)
        return result.to_dict()

    # -- one decision ----------------------------------------------------------
    def show_view(self) -> None:
        view = self.session.view()
        place = view.location.name.get(self.lang) if view.location else ""
        self.emit()
        self.emit(f"[{self.say('day', day=view.day)}{' ' + view.date if view.date else ''}] {place}")
        for line in view.lines:
            who = line.speaker.name if line.speaker else self.say("narrator")
            self.emit(self.wrap(f"{who}: {line.text.get(self.lang)}"))
        for choice in view.choices:
            self.emit(self.wrap(f"  {choice.index + 1}. {choice.text.get(self.lang)}", indent="     "))
        if view.reflection and not self.noninteractive():
            answer = self.ask(self.say("reflect") + view.reflection.get(self.lang) + "\n> ")
            self.session.reflect(answer)

    def noninteractive(self) -> bool:
        return self.options.choices is not None or self.options.auto is not None

    def pick(self) -> int:
        count = len(self.session.choices())
        if self.options.choices is not None:
            if not self.scripted:
                turn = self.session.state.turn + 1
                raise ChoiceError(
                    f"the --choices list ended before the scenario did (turn {turn})",
                    f"daftar --choices habis sebelum skenarionya selesai (giliran {turn})",
                )
            number = self.scripted.pop(0)
            if isinstance(number, str):
                return self.index_of(number)
            if not 1 <= number <= count:
                turn, node = self.session.state.turn + 1, self.session.state.node
                raise ChoiceError(
                    f"choice {number} is not available at decision {turn} (node '{node}' offers 1 to {count})",
                    f"pilihan {number} tidak tersedia di keputusan {turn} (node '{node}' menawarkan 1 sampai "
                    f"{count})",
                )
            return number - 1
        if self.options.auto == "first":
            return 0
        if self.options.auto == "random":
            return self.auto_rng.randrange(count)
        return self.ask_number(count)

    def index_of(self, choice_id: str) -> int:
        found = self.session.find(choice_id)
        if found is not None:
            return found.index
        offered = ", ".join(c.id for c in self.session.choices())
        turn, node = self.session.state.turn + 1, self.session.state.node
        raise ChoiceError(
            f"choice '{choice_id}' is not available at decision {turn} (node '{node}' offers {offered})",
            f"pilihan '{choice_id}' tidak tersedia di keputusan {turn} (node '{node}' menawarkan {offered})",
        )

    def coach_name(self) -> str:
        view = self.session.view()
        return view.coach.name if view.coach else ""

    def ask_number(self, count: int) -> int:
        coach = self.coach_name()
        prompt = self.say("choose_hint", n=count, coach=coach) if coach else self.say("choose", n=count)
        while True:
            answer = self.ask(prompt).strip().lower()
            if answer in ("q", "quit", "keluar"):
                raise Quit()
            if coach and answer in ("t", "h", "?"):
                hint = self.session.view().hint
                self.emit(
                    self.wrap(f"{coach}: {hint.get(self.lang)}") if hint else self.say("no_hint", coach=coach)
                )
                continue
            if answer.isdigit() and 1 <= int(answer) <= count:
                return int(answer) - 1
            self.emit(self.say("not_available", i=answer, n=count))

    def show_outcome(self, outcome) -> None:
        self.emit()
        self.emit(self.wrap("> " + outcome.feedback.get(self.lang), indent="  "))
        hidden = () if self.options.practice else self.session.scenario.competencies()
        shown = {m: d for m, d in outcome.deltas.items() if m not in hidden}
        if shown:
            self.emit("  " + ", ".join(f"{self.meter_label(m)} {d:+g}" for m, d in shown.items()))
        if outcome.days:
            self.emit(
                "  " + (self.say("one_day") if outcome.days == 1 else self.say("days", days=outcome.days))
            )
        for tag in outcome.misconceptions if self.options.practice else ():
            self.emit(f"  !! {self.say('misconception')}: {NAMES[tag].get(self.lang)}")
            self.emit(self.wrap(EXPLANATIONS[tag].get(self.lang), indent="     ", first="     "))
        if self.options.practice and outcome.misconceptions and outcome.insight:
            self.emit(self.wrap(outcome.insight.get(self.lang), indent="     ", first="     "))
        for event in outcome.events:
            self.emit(f"  ** {self.say('event')}: {event.title.get(self.lang)}")
            self.emit(self.wrap(event.text.get(self.lang), indent="     ", first="     "))
            if event.cause:
                self.emit(
                    "     (" + self.say("caused_by", turn=event.cause.turn, choice=event.cause.choice) + ")"
                )

    def show_result(self, result) -> None:
        if self.options.json:
            print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), file=self.out)
            return
        ending = result.ending
        self.emit()
        self.emit(f"=== {self.say('ending')}: {ending.title.get(self.lang)} ===")
        self.emit(self.wrap((result.summary or ending.summary).get(self.lang)))
        for line in result.epilogue:
            who = f"{line.speaker.name}: " if line.speaker else ""
            self.emit(self.wrap(who + line.text.get(self.lang)))
        self.emit()
        self.emit(self.say("scores" if result.scaled else "unscaled") + ":")
        for comp, score in (result.scores if result.scaled else result.raw).items():
            self.emit(f"  {self.meter_label(comp)}: {score:g}")
        self.emit(self.say("misconceptions") + ":")
        if not result.misconceptions:
            self.emit("  " + self.say("none"))
        for finding in result.misconceptions:
            self.emit(
                self.wrap(
                    f"  - {NAMES[finding.tag].get(self.lang)} "
                    f"({self.say('at_decision', turn=finding.turn)}: "
                    f"“{self.choice_text(finding.node, finding.choice)}”)",
                    indent="    ",
                )
            )
        self.emit(self.say("questions") + ":")
        for question in result.debrief:
            self.emit(self.wrap("  - " + question.get(self.lang), indent="    "))

    def choice_text(self, node_id: str, choice_id: str) -> str:
        choice = self.session.scenario.choice(node_id, choice_id)
        return self.session.render(choice.text).get(self.lang) if choice else choice_id

    def meter_label(self, meter_id: str) -> str:
        meter = self.session.scenario.meters.get(meter_id)
        return meter.label.get(self.lang) if meter else meter_id

    def wrap(self, text: str, indent: str = "  ", first: str = "") -> str:
        return textwrap.fill(text, WIDTH, initial_indent=first, subsequent_indent=indent)


def play(
    scenario: Scenario,
    options: Options,
    out: TextIO,
    ask: Callable[[str], str] = input,
    session: Session | None = None,
    on_step: Callable | None = None,
    scale: Scale | None = None,
) -> dict:
    """Play to the end; the scores are scaled when the session has bounds or `scale` finds them."""
    session = session or Session(scenario, seed=options.seed)
    return TextPlayer(session, options, out, ask, on_step, scale).run()
