"""Small inline SVG bar charts for the class report: no plotting library needed.

Each bar group carries `data-label` and `data-value`, and each chart a
`data-chart` name, so the numbers stay readable by tools (and tests) as well
as by eye. Every text goes through html.escape: player names are user input.
"""

from __future__ import annotations

from html import escape

WIDTH = 720
ROW = 30
LABEL_W = 340
VALUE_W = 60
PALETTE = ("#2a7f62", "#3b6ea8", "#c2703d", "#8a5a9e", "#b8463f", "#5b7f2a")


def bar_chart(
    name: str,
    rows: list[tuple[str, float]],
    maximum: float = 0,
    highlight: int = -1,
    suffix: str = "",
    colour: str = PALETTE[0],
) -> str:
    """Horizontal bars, one per (label, value); the bar at `highlight` stands out."""
    if not rows:
        return ""
    top = max([maximum] + [v for _, v in rows]) or 1
    span = WIDTH - LABEL_W - VALUE_W
    height = ROW * len(rows) + 8
    parts = [
        f'<svg class="chart" data-chart="{escape(name)}" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" role="img" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, (label, value) in enumerate(rows):
        y = 4 + i * ROW
        width = max(0.0, span * value / top)
        fill = PALETTE[4] if i == highlight else colour
        shown = _number(value) + suffix
        parts.append(
            f'<g data-label="{escape(label)}" data-value="{_number(value)}">'
            f'<title>{escape(label)}: {escape(shown)}</title>'
            f'<text x="{LABEL_W - 8}" y="{y + ROW * 0.62:.1f}" text-anchor="end">{escape(_clip(label))}</text>'
            f'<rect x="{LABEL_W}" y="{y + 4}" width="{width:.1f}" height="{ROW - 8}" rx="3" fill="{fill}"/>'
            f'<text x="{LABEL_W + width + 6:.1f}" y="{y + ROW * 0.62:.1f}">{escape(shown)}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _clip(text: str, limit: int = 35) -> str:
    """What fits left of the bars at the report's 15px chart text, even in a wide font (the whole
    label stays in the bar's <title>)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
