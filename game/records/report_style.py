"""The class report's style sheet: a projector view (large type, high contrast; the overview fills the
first screen at 1920x1080 and 1280x720) and print on A4 (headings kept with what they head, a card
never split, each scenario on a new page)."""

from __future__ import annotations

# one colour and one shape per misconception, so the marks read in grey print too
TAG_MARKS = {
    "solo_work": ("#7a2e8e", "◆"),
    "quick_change": ("#b34a00", "▲"),
    "aid_dependency": ("#005f8f", "●"),
}
OTHER_MARK = ("#444", "■")
ENDING_COLOURS = ("#1f6b52", "#3b6ea8", "#8a5a9e", "#b8463f", "#a07a00", "#2b7f8f", "#6b4f2a")
UNFINISHED_COLOUR = "#9a9a9a"

STYLE = """
:root{--ink:#111;--muted:#3d4743;--line:#c9cfcb;--bar:#1f6b52;--vote:#3b6ea8;--soft:#eef3f0}
*{box-sizing:border-box}
html{font-size:clamp(16px,calc(1vw + 4px),26px)}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.35;margin:0;
color:var(--ink);background:#fff}
main{max-width:1800px;margin:0 auto;padding:.8rem 1.6rem 3rem}
h1{font-size:1.7rem;margin:0}h2{font-size:1.45rem;border-bottom:.2rem solid var(--bar);padding-bottom:.15rem;
margin:2rem 0 .6rem}h3{font-size:1.15rem;margin:1.2rem 0 .4rem}h4{font-size:1.05rem;margin:0 0 .3rem}
p{margin:.3rem 0}.meta{color:var(--muted)}
header.top{display:flex;flex-wrap:wrap;align-items:baseline;gap:.3rem 1.2rem;padding-bottom:.3rem;
border-bottom:1px solid var(--line)}
.badge{display:inline-block;padding:.05rem .5rem;border:2px solid var(--ink);border-radius:.3rem;font-weight:600}
.overview h2{margin-top:.6rem}
.tiles{display:flex;flex-wrap:wrap;gap:.6rem;margin:.4rem 0 .6rem}
.tile{flex:1 1 8rem;border:1px solid var(--line);border-radius:.4rem;padding:.3rem .7rem;background:var(--soft)}
.tile b{display:block;font-size:2rem;line-height:1.05}.tile span{color:var(--muted)}
.ov-grid{display:grid;grid-template-columns:1fr 1fr;gap:0 2rem}
@media (max-width:900px){.ov-grid{grid-template-columns:1fr}}
.ov-grid h3{margin-top:.4rem}
.mgrid{display:grid;grid-template-columns:minmax(0,1fr) max-content;gap:.1rem .8rem;align-items:center}
.mrow{display:contents}.mrow .share{margin-bottom:.6rem}.mrow .bar{margin-bottom:.6rem}
.mrow .name{grid-column:1/3;font-weight:600;margin-top:.15rem}
.bar{height:1.05rem;background:#e4e8e6;border-radius:.2rem;overflow:hidden;display:flex}
.bar>span{display:block;height:100%;background:var(--bar)}
.bar.vote>span{background:var(--vote)}
.share{white-space:nowrap}.share b{font-size:1.1em}
.erow{margin:.2rem 0 .7rem}.erow .bar{height:1.4rem}
.erow.compact{display:grid;grid-template-columns:minmax(0,1.2fr) 5rem minmax(0,1fr);gap:0 .6rem;
align-items:center;margin:.1rem 0 .3rem;font-size:.85rem}.erow.compact .bar{height:1rem}
.erow.compact>.meta{display:none}.erow.compact>.legend{margin:0;grid-column:3;grid-row:1}
.legend{grid-column:1;margin:0}
.legend{display:flex;flex-wrap:wrap;gap:.1rem 1rem;align-items:center;color:var(--muted);font-size:.9rem;margin-top:.15rem}
.legend>span{display:inline-flex;align-items:center;gap:.3rem}
.legend i{flex:none;width:.8rem;height:.8rem;border-radius:.15rem}
.competencies{margin:.3rem 0}.competencies span{margin-right:1.2rem;white-space:nowrap}
.decision{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .9rem;margin:.8rem 0}
.decision h4 .n{color:var(--muted);font-weight:600;margin-right:.5rem}
.detail{color:var(--muted);font-size:.92rem}
ol.options{list-style:none;margin:.4rem 0 0;padding:0}
li.option{display:grid;grid-template-columns:minmax(0,1fr) 24% 9.5rem;gap:.15rem 1rem;align-items:center;
padding:.35rem 0;border-top:1px solid var(--line)}
li.option .share{text-align:right}
li.option.top .otext{font-weight:600}
.bars{display:flex;flex-direction:column;gap:.2rem}.bars .vote{height:.7rem}
.share small.v{display:block;color:var(--vote);font-size:.85rem}
.key{display:inline-block;width:1.6rem;height:.7rem;margin-right:.4rem;border-radius:.2rem}
.key.vote{background:var(--vote)}
.tag{display:inline-block;margin:.1rem .3rem 0 0;padding:0 .4rem;border:2px solid;border-radius:.3rem;
font-size:.8rem;font-weight:600;white-space:normal}
.tags{display:block}
.reflections ul{columns:2 26rem;column-gap:2.5rem;margin:.3rem 0;padding-left:1.2rem}
.reflections li{margin:0 0 .45rem;break-inside:avoid}.questions{margin:.2rem 0 .4rem;padding-left:1.6rem}
.questions li{margin:.15rem 0}.reflections blockquote{margin:0;display:inline}.times{font-weight:600;color:var(--muted)}
.who{display:block;color:var(--muted);font-size:.9rem}
.ending{margin:.5rem 0 .9rem}.ending .bar{max-width:40rem;margin-bottom:.2rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:0 2rem}
.chart{max-width:100%;font-size:15px;fill:var(--ink)}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{padding:.2rem .5rem;
border-bottom:1px solid var(--line);text-align:left;vertical-align:top}th{background:var(--soft)}
td.num{text-align:right}
.learner{margin:1rem 0}.learner ul{list-style:none;margin:.2rem 0 .6rem;padding:0;font-size:.9rem}
.learner ul li{margin:.1rem 0;display:grid;grid-template-columns:2.6rem minmax(0,1fr)}
.learner .sit{color:var(--muted);font-weight:600}
.learner .session p{margin:.5rem 0 .1rem}
@page{size:A4;margin:14mm 12mm 15mm}
@media print{
html{font-size:9pt}main{max-width:none;padding:0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
h2,h3,h4,.learner .session p{break-after:avoid;page-break-after:avoid}
.tile,.erow,.ending,.reflections li,.chart,li.option,.learner li,.decision>p{break-inside:avoid;
page-break-inside:avoid}
.decision{padding:.4rem .6rem;margin:.5rem 0}.detail{font-size:.85rem}
section.scenario,section.learners{break-before:page;page-break-before:always}
[data-section-of=scenarios]>section.scenario:first-child{break-before:auto;page-break-before:auto}
.learners{column-count:2;column-gap:6mm}.learners h2,.learners>p{column-span:all}
.tile b{font-size:1.8rem}li.option{grid-template-columns:minmax(0,1fr) 18% 9.5rem;padding:.2rem 0}
}
"""
