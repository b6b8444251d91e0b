"""The report's first screen: how many sessions, learners and classes, how they ended, and how many
learners (people, not occurrences) showed each misconception."""

from __future__ import annotations

from html import escape

from .report_style import ENDING_COLOURS, OTHER_MARK, TAG_MARKS, UNFINISHED_COLOUR


def percent(share: float) -> str:
    return f"{round(share * 100)}%"


def tag_mark(ctx, tag: str) -> str:
    """A misconception's mark: its shape, in its colour, with the game's name for it."""
    colour, shape = TAG_MARKS.get(tag, OTHER_MARK)
    return (
        f'<span class="tag" data-tag="{escape(tag)}" style="color:{colour};border-color:{colour}">'
        f"{shape} {escape(ctx.labels.tag(tag))}</span>"
    )


def bar(share: float, kind: str = "", colour: str = "") -> str:
    width = max(0.0, min(1.0, share)) * 100
    fill = f";background:{colour}" if colour else ""
    return f'<div class="bar {kind}"><span style="width:{width:.1f}%{fill}"></span></div>'


def overview_section(ctx) -> str:
    o, words = ctx.overview, ctx.words
    if not o.sessions:
        return ""
    tiles = [
        ("sessions", o.sessions, words["sessions"]),
        ("learners", len(o.learners), words["learners"]),
        ("classes", len(o.classes), words["classes"]),
        ("finished", o.statuses["finished"], words["finished"]),
        ("abandoned", o.statuses["abandoned"], words["abandoned"]),
    ]
    if o.statuses["open"]:
        tiles.append(("open", o.statuses["open"], words["open"]))
    tile_html = "".join(
        f'<div class="tile" data-count="{key}"><b>{n}</b>'
        f"<span>{escape(words.get(key + '_one', label) if n == 1 else label)}</span></div>"
        for key, n, label in tiles
    )
    period = ""
    if o.first:
        first = ctx.clock.when(o.first, ctx.lang)
        last = ctx.clock.when(o.last, ctx.lang)
        if first[:-6] == last[:-6]:  # the same day: its date once
            last = last[-5:]
        period = f'<p class="meta">{escape(words["period"].format(first=first, last=last))}</p>'
    return (
        f'<section class="overview" id="overview"><h2>{escape(words["overview"])}</h2>'
        f'<div class="tiles">{tile_html}</div>{period}<div class="ov-grid">'
        f"<div>{_misconceptions(ctx)}</div><div>{_endings(ctx)}{_competencies(ctx)}</div></div></section>"
    )


def _misconceptions(ctx) -> str:
    o, words = ctx.overview, ctx.words
    rows = []
    for tag in o.tags:
        n, total = len(o.people.get(tag, ())), len(o.learners)
        rows.append(
            f'<div class="mrow" data-misconception="{escape(tag)}" data-people="{n}" '
            f'data-share="{o.share(tag):.4f}"><span class="name">{tag_mark(ctx, tag)}</span>'
            f'{bar(o.share(tag))}<span class="share"><b>{percent(o.share(tag))}</b> '
            f"{escape(words['people_of'].format(n=n, total=total))}</span></div>"
        )
    return f"<h3>{escape(words['misconceptions_people'])}</h3><div class=\"mgrid\">{''.join(rows)}</div>"


def ending_colours(ctx, summary) -> dict:
    """ending id -> colour, the same in the overview and in the scenario's section."""
    ids = [e for e in ordered_endings(ctx, summary) if e is not None]
    colours = {e: ENDING_COLOURS[i % len(ENDING_COLOURS)] for i, e in enumerate(ids)}
    colours[None] = UNFINISHED_COLOUR
    return colours


def ordered_endings(ctx, summary) -> list:
    """Endings reached: the scenario's best first, then the most reached; not finished last."""
    labels = ctx.labels
    return sorted(
        summary.endings,
        key=lambda e: (e is None, not labels.best_ending(summary.scenario, e), -summary.endings[e], str(e)),
    )


COMPACT_AFTER = 3  # more scenarios than this: each one's endings in one line, so the overview fits a screen


def _endings(ctx) -> str:
    rows = []
    compact = len(ctx.summaries) > COMPACT_AFTER
    for summary in ctx.summaries.values():
        total = sum(summary.endings.values())
        colours = ending_colours(ctx, summary)
        segments, legend = [], []  # legend: (share, html)
        for ending in ordered_endings(ctx, summary):
            share = summary.endings[ending] / total if total else 0
            name = ctx.labels.ending(summary.scenario, ending)
            star = "★ " if ctx.labels.best_ending(summary.scenario, ending) else ""
            segments.append(
                f'<span style="width:{share * 100:.1f}%;background:{colours[ending]}" '
                f'title="{escape(name)} {percent(share)}"></span>'
            )
            legend.append(
                (
                    share,
                    f'<span data-ending="{escape(str(ending or ""))}" data-share="{share:.4f}">'
                    f'<i style="background:{colours[ending]}"></i>{star}{escape(name)} <b>{percent(share)}</b>'
                    f" ({summary.endings[ending]})</span>",
                )
            )
        title = ctx.labels.scenario(summary.scenario, summary.title)
        if compact:  # the most reached ending only; the scenario's own section lists them all
            legend = sorted(legend, key=lambda pair: -pair[0])[:1]
        rows.append(
            f'<div class="erow{" compact" if compact else ""}" data-scenario="{escape(summary.scenario)}">'
            f'<b>{escape(title)}</b> <span class="meta">({total} {escape(ctx.words["sessions"])})</span>'
            f'<div class="bar">{"".join(segments)}</div><div class="legend">{"".join(h for _, h in legend)}</div></div>'
        )
    return f"<h3>{escape(ctx.words['endings_share'])}</h3>{''.join(rows)}"


def _competencies(ctx) -> str:
    means: dict = {}
    for summary in ctx.summaries.values():
        for competency, pairs in summary.scores.items():
            name = ctx.labels.competency(summary.scenario, competency)
            means.setdefault(name, []).extend(score for _, score in pairs)
    if not means:
        return ""
    shown = "".join(
        f'<span data-competency="{escape(name)}"><b>{escape(name)}</b> {sum(v) / len(v):.0f}</span>'
        for name, v in means.items()
    )
    return f'<h3>{escape(ctx.words["competencies"])}</h3><p class="competencies">{shown}</p>'
