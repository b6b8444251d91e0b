"""analyze's report (game.analysis.paths.analyze) as text for the trainer, in Indonesian or English.

    print(format_report(analyze(scenario), "id"))

The JSON (`analyze --json`) keeps its keys; only this text is translated. Each entry of WORDS is
(Indonesian, English).
"""

from __future__ import annotations

from ..engine.model import MISCONCEPTIONS

WORDS = {
    "head": (
        "Skenario {id}: {states} keadaan berbeda dijelajahi",
        "Scenario {id}: {states} distinct states explored",
    ),
    "cut": (
        "  CATATAN: penjelajahan berhenti di batasnya (--max-states {most}, atau banyaknya keputusan yang "
        "boleh dimainkan); angka di bawah adalah perkiraan yang hanya mencakup yang sudah dijelajahi.",
        "  NOTE: the search hit its limit (--max-states {most}, or the decisions it may play); the "
        "figures below are estimates that cover only what was explored.",
    ),
    "pruned": (
        "  CATATAN: keadaannya terlalu banyak untuk menghitung setiap akhir: keterjangkauan dan rentang skor "
        "berasal dari penjelajahan yang dipangkas (~ menandai rentang yang terpotong), peluangnya dari "
        "{samples} permainan acak.",
        "  NOTE: too many distinct states to enumerate every ending: reachability and score ranges come "
        "from a pruned search (~ marks a range the search had to cut short), probabilities from "
        "{samples} random playthroughs.",
    ),
    "cyclic": (
        "  CATATAN: ada jalur yang berputar kembali; putaran dihitung sekali.",
        "  NOTE: some paths loop back on themselves; loops are counted once.",
    ),
    "paths": (
        "Alur permainan: {count} berbeda, {shortest} sampai {longest} keputusan",
        "Playthroughs: {count} distinct, {shortest} to {longest} decisions",
    ),
    "endings": ("Akhir cerita:", "Endings:"),
    "unknown": (
        "  {id}: TIDAK DIKETAHUI (penjelajahan berhenti sebelum menemukan atau menyingkirkannya)",
        "  {id}: UNKNOWN (the search was cut before finding or ruling it out)",
    ),
    "unreachable": ("  {id}: TIDAK TERJANGKAU", "  {id}: UNREACHABLE"),
    "ending": (
        "  {id}: {share}% bila dimainkan acak; {spans}",
        "  {id}: {share}% under random play; {spans}",
    ),
    "with-misconceptions": (
        "      juga dicapai lewat jalur yang menunjukkan miskonsepsi",
        "      also reached by paths that reveal misconceptions",
    ),
    "competencies": ("Kompetensi: {spans}", "Competencies: {spans}"),
    "best-revealing": (
        "Terbaik sambil menunjukkan miskonsepsi: {spans}",
        "Best while revealing a misconception: {spans}",
    ),
    "misconceptions": ("Miskonsepsi: {items}", "Misconceptions: {items}"),
    "reachable": ("{tag} terjangkau", "{tag} reachable"),
    "not-reachable": ("{tag} tidak terjangkau", "{tag} not reachable"),
    "none-tagged": ("Miskonsepsi: tidak ada yang ditandai", "Misconceptions: none tagged"),
    "never-matter": (
        "Pilihan yang tidak pernah berpengaruh (pilihan lain selalu menuju tempat yang sama): {items}",
        "Choices that never matter (another choice always leads to the same place): {items}",
    ),
    "never-available": ("Pilihan yang tidak pernah tersedia: {items}", "Choices never available: {items}"),
    "never-reached": (
        "Pilihan yang tidak tercapai oleh penjelajahan yang terpotong: {items}",
        "Choices the cut search never reached: {items}",
    ),
    "more": (" dan {count} lagi (lihat --json)", " and {count} more (see --json)"),
}


def say(lang: str, name: str, /, **values) -> str:
    indonesian, english = WORDS[name]
    return (english if lang == "en" else indonesian).format(**values)


def format_report(report: dict, lang: str = "en") -> str:
    def number(value) -> str:  # 1,234 in English; 1234 in Indonesian, whose decimal dot it is not
        return f"{value:,}" if lang == "en" else str(value)

    lines = [say(lang, "head", id=report["scenario"], states=number(report["states"]))]
    if not report["complete"]:
        lines.append(say(lang, "cut", most=number(report["max_states"])))
    if not report.get("endings_exact", True):
        lines.append(say(lang, "pruned", samples=report["endings_samples"]))
    if report["cyclic"]:
        lines.append(say(lang, "cyclic"))
    paths = report["paths"]
    lines.append(
        say(lang, "paths", count=number(paths["count"]), shortest=paths["shortest"], longest=paths["longest"])
    )
    lines.append(say(lang, "endings"))
    for e in report["endings"]:
        if e["reachable"] is None:
            lines.append(say(lang, "unknown", id=e["id"]))
            continue
        if not e["reachable"]:
            lines.append(say(lang, "unreachable", id=e["id"]))
            continue
        spans = ", ".join(
            f"{c} {'~' if v.get('approximate') else ''}{_shown(v['min'])}..{_shown(v['max'])}"
            for c, v in e["competencies"].items()
        )
        share = f"{e['probability'] * 100:.1f}"
        lines.append(
            say(
                lang,
                "ending",
                id=e["id"],
                share=share,  # a dot, as the scenario's own numbers are written
                spans=spans,
            )
        )
        if e["reachable_revealing_misconceptions"]:
            lines.append(say(lang, "with-misconceptions"))
    spans = ", ".join(f"{c} {report['worst'][c]}..{report['best'][c]}" for c in report["best"])
    lines.append(say(lang, "competencies", spans=spans))
    if report["best_while_revealing"]:
        spans = ", ".join(f"{c} {v}" for c, v in report["best_while_revealing"].items())
        lines.append(say(lang, "best-revealing", spans=spans))
    reached = set(report["misconceptions_reachable"])
    if report["misconceptions_claimed"]:
        items = ", ".join(
            say(lang, "reachable" if t in reached else "not-reachable", tag=t)
            for t in MISCONCEPTIONS
            if t in report["misconceptions_claimed"] or t in reached
        )
        lines.append(say(lang, "misconceptions", items=items))
    else:
        lines.append(say(lang, "none-tagged"))
    if report["choices_never_matter"]:
        lines.append(say(lang, "never-matter", items=_some(report["choices_never_matter"], lang)))
    if report["choices_never_available"]:
        key = "never-available" if report["complete"] else "never-reached"
        lines.append(say(lang, key, items=_some(report["choices_never_available"], lang)))
    return "\n".join(lines)


def _shown(value) -> str:
    return "?" if value is None else str(value)


def _some(items: list, lang: str, most: int = 12) -> str:
    shown = ", ".join(items[:most])
    return shown + (say(lang, "more", count=len(items) - most) if len(items) > most else "")
