"""One scenario in the report: decision by decision (the situation, every option in full with its
share, its count and the misconceptions it shows, the class vote), the reflections, the endings with
their debrief questions as discussion prompts, and how the class scored."""

from __future__ import annotations

from html import escape

from . import svg
from .report_data import person
from .report_overview import bar, ending_colours, ordered_endings, percent, tag_mark
from .summary import BINS, ScenarioSummary


def scenario_section(ctx, summary: ScenarioSummary) -> str:
    words, sid = ctx.words, summary.scenario
    title = ctx.labels.scenario(sid, summary.title)
    meta = words["scenario_meta"].format(
        sessions=len(summary.sessions), learners=len(summary.learners), finished=summary.finished
    )
    parts = [
        f'<section class="scenario" data-scenario="{escape(sid)}"><h2>{escape(words["scenario"])}: '
        f'{escape(title)}</h2><p class="meta">{escape(meta)}</p>',
        f"<h3>{escape(words['decisions'])}</h3><p class=\"meta\">{escape(words['legend'])}</p>",
    ]
    parts.extend(_decision(ctx, summary, node, n) for n, node in enumerate(summary.nodes, 1))
    parts.append(_reflections(ctx, summary))
    parts.append(_endings(ctx, summary))
    parts.append(_scores(ctx, summary))
    parts.append("</section>")
    return "".join(parts)


def _decision(ctx, summary: ScenarioSummary, node: str, number: int) -> str:
    words, labels = ctx.words, ctx.labels
    counts = summary.choices[node]
    total = sum(counts.values())
    votes = summary.votes.get(node)
    vote_total = sum(votes.values()) if votes else 0
    top = max(counts.values()) if counts else 0
    rows = []
    for option in labels.options(summary, node):
        n = counts.get(option.id, 0)
        share = n / total if total else 0.0
        text = labels.option(summary, node, option)
        tags = labels.option_tags(summary, node, option)
        marks = f'<span class="tags">{"".join(tag_mark(ctx, t) for t in tags)}</span>' if tags else ""
        bars, vote = bar(share), ""
        if votes:
            v = votes.get(option.id, 0)
            vshare = v / vote_total if vote_total else 0.0
            bars += bar(vshare, "vote")
            vote = (
                f'<small class="v" data-votes="{v}">{escape(words["votes"])} {percent(vshare)} ({v})</small>'
            )
        rows.append(
            f'<li class="option{" top" if n == top and n else ""}" data-choice="{escape(option.id)}" '
            f'data-label="{escape(text)}" data-value="{n}" data-share="{share:.4f}" '
            f'data-tags="{escape(" ".join(tags))}"><div class="otext">{escape(text)}{marks}</div>'
            f'<div class="bars">{bars}</div><span class="share"><b>{percent(share)}</b> '
            f"{escape(words['chosen_by'].format(n=n, total=total))}{vote}</span></li>"
        )
    detail = labels.detail(summary, node)
    detail_html = f'<p class="detail">{escape(detail)}</p>' if detail else ""
    vote_note = (
        f'<p class="meta"><span class="key vote"></span>{escape(words["votes_total"].format(n=vote_total))}</p>'
        if votes
        else ""
    )
    return (
        f'<article class="decision" data-node="{escape(node)}"><h4><span class="n">'
        f"{escape(words['decision'].format(n=number))}</span>{escape(labels.situation(summary, node))}</h4>"
        f'{detail_html}{vote_note}<ol class="options" data-chart="choices:{escape(node)}">{"".join(rows)}'
        f"</ol></article>"
    )


def _reflections(ctx, summary: ScenarioSummary) -> str:
    if not summary.reflections:
        return ""
    words = ctx.words
    order = {node: i for i, node in enumerate(summary.nodes)}
    parts = [f"<h3>{escape(words['reflections'])}</h3>"]
    for node in sorted(summary.reflections, key=lambda n: (order.get(n, len(order)), n)):
        answers = summary.reflections[node]
        prompt = next((ctx.labels.reflection(summary, node, p) for _, p, _ in answers if p), "")
        prompt = prompt or ctx.labels.reflection(summary, node, {}) or ctx.labels.situation(summary, node)
        items = []
        for answer, people in _same_answers(answers).values():
            times = f' <span class="times">×{len(people)}</span>' if len(people) > 1 else ""
            who = "" if ctx.anonymous else f'<span class="who">— {escape(", ".join(people))}</span>'
            items.append(f"<li><blockquote>“{escape(answer)}”</blockquote>{times}{who}</li>")
        parts.append(
            f'<div class="reflections" data-node="{escape(node)}"><h4>{escape(prompt)}</h4>'
            f'<p class="meta">{escape(words["reflection_answers"].format(n=len(answers)))}</p>'
            f"<ul>{''.join(items)}</ul></div>"
        )
    return "".join(parts)


def _same_answers(answers: list) -> dict:
    """The same answer (without case and extra spaces) once, with everyone who gave it."""
    same: dict = {}
    for session, _, answer in answers:
        key = " ".join(answer.split()).casefold()
        same.setdefault(key, (answer.strip(), []))[1].append(person(session))
    return same


def _endings(ctx, summary: ScenarioSummary) -> str:
    words, labels = ctx.words, ctx.labels
    total = sum(summary.endings.values())
    colours = ending_colours(ctx, summary)
    parts = [f"<h3>{escape(words['endings'])}</h3>"]
    rows = []
    for ending in ordered_endings(ctx, summary):
        n = summary.endings[ending]
        share = n / total if total else 0.0
        name = labels.ending(summary.scenario, ending)
        star = "★ " if labels.best_ending(summary.scenario, ending) else ""
        questions = labels.questions(summary, ending) if ending is not None else []
        asked = ""
        if questions:
            listed = "".join(f"<li>{escape(q)}</li>" for q in questions)
            asked = (
                f'<p class="meta">{escape(words["ending_questions"])}:</p><ol class="questions">{listed}</ol>'
            )
        rows.append(
            f'<div class="ending" data-label="{escape(name)}" data-value="{n}" data-share="{share:.4f}">'
            f'<h4><i class="swatch" style="color:{colours[ending]}">■</i> {star}{escape(name)}: '
            f"{percent(share)} ({n})</h4>{bar(share, colour=colours[ending])}{asked}</div>"
        )
    parts.append(f'<div data-chart="endings">{"".join(rows)}</div>')
    return "".join(parts)


def _scores(ctx, summary: ScenarioSummary) -> str:
    if not summary.scores:
        return ""
    charts = []
    for competency in sorted(summary.scores):
        name = ctx.labels.competency(summary.scenario, competency)
        bins = [(f"{low}–{high}", n) for (low, high), n in zip(BINS, summary.distribution(competency))]
        chart = svg.bar_chart(f"distribution:{competency}", bins, colour=svg.PALETTE[1])
        charts.append(f"<div><h4>{escape(name)}</h4>{chart}</div>")
    return f'<h3>{escape(ctx.words["scores"])}</h3><div class="charts">{"".join(charts)}</div>'
