"""Per learner: each session's path of choices through its scenario (never in the anonymous report)."""

from __future__ import annotations

from html import escape

from .report_data import learner_key, status, string
from .report_overview import tag_mark
from .summary import Option


def learner_section(ctx) -> str:
    words = ctx.words
    people: dict = {}
    for summary in ctx.summaries.values():
        for session in summary.sessions:
            people.setdefault(learner_key(session), []).append((summary, session))
    if not people:
        return ""
    numbers = {sid: {n: i for i, n in enumerate(s.nodes, 1)} for sid, s in ctx.summaries.items()}
    parts = [
        f'<section class="learners"><h2>{escape(words["per_learner"])}</h2>'
        f'<p class="meta">{escape(words["path_note"])}</p>'
    ]
    ordered = sorted(people.values(), key=lambda pairs: string(pairs[0][1].get("player")).casefold())
    for pairs in ordered:
        first = pairs[0][1]
        name = string(first.get("player"))
        facts = [string(first.get("learner_id")), string(first.get("class_name"))]
        facts_html = " · ".join(escape(f) for f in facts if f.strip())
        facts_html = f' <span class="meta">{facts_html}</span>' if facts_html else ""
        parts.append(f'<div class="learner"><h3>{escape(name)}{facts_html}</h3>')
        parts.extend(_session(ctx, summary, session, numbers[summary.scenario]) for summary, session in pairs)
        parts.append("</div>")
    parts.append("</section>")
    return "".join(parts)


def _session(ctx, summary, session: dict, numbers: dict) -> str:
    words, labels, lang = ctx.words, ctx.labels, ctx.lang
    state = status(session)
    ending = labels.ending(summary.scenario, string(session.get("ending")) if state == "finished" else None)
    scores = session.get("scores") or {}
    scored = ", ".join(
        f"{labels.competency(summary.scenario, c)} {_number(v)}" for c, v in sorted(scores.items())
    )
    head = " · ".join(
        x
        for x in (
            labels.scenario(summary.scenario, summary.title),
            ctx.clock.when(session.get("started_at"), lang),
            words.get(state, state),
            ending if state == "finished" else "",
            scored,
        )
        if x
    )
    steps = []
    for decision in session.get("decisions", []):
        node, chosen = decision["node"], decision["choice"]
        option = summary.options.get(node, {}).get(chosen) or Option(chosen)
        marks = "".join(tag_mark(ctx, t) for t in decision.get("misconceptions", []))
        number = escape(words["decision_short"].format(n=numbers.get(node, "?")))
        steps.append(
            f'<li data-node="{escape(node)}" data-choice="{escape(chosen)}"><span class="sit">{number}</span>'
            f"<span>{escape(labels.option(summary, node, option))}{' ' + marks if marks else ''}</span></li>"
        )
    return f'<div class="session"><p><b>{escape(head)}</b></p><ul>{"".join(steps)}</ul></div>'


def _number(value) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
