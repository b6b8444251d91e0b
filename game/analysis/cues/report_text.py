"""The cue-bias report (`analyze --cues`) as text for the trainer, in Indonesian or English.

The report's dict (and its JSON) keeps its keys and English sentences; the problems in it are Said
values that carry their Indonesian (game.analysis.said), so this text can be either language.
"""

from __future__ import annotations

from ..said import told
from .common import BRANCHES_NEEDED, CORRELATION_AIM, CORRELATION_LIMIT, LONGEST_LIMIT, PASS
from .strategies import DESCRIPTIONS

TITLES = {
    "G1": "naive strategies do not win",
    "G2": "two misconceptions never reach the best ending",
    "G3": "the longest option is rarely the untagged one",
    "G4": "collaboration and empathy effects move apart",
    "G5": "decisions branch to different scenes",
    "G6": "a deadline that changes what can happen",
}
TITLES_ID = {
    "G1": "strategi asal pilih tidak menang",
    "G2": "dua miskonsepsi tidak pernah mencapai akhir terbaik",
    "G3": "opsi terpanjang jarang yang tanpa tanda miskonsepsi",
    "G4": "efek kolaborasi dan empati tidak selalu searah",
    "G5": "keputusan bercabang ke adegan yang berbeda",
    "G6": "tenggat yang mengubah apa yang bisa terjadi",
}
DESCRIPTIONS_ID = {
    "not_longest_id": "opsi acak yang bukan terpanjang (bahasa Indonesia)",
    "median_id": "selalu opsi yang panjangnya di tengah (bahasa Indonesia)",
    "longest_id": "selalu opsi terpanjang (bahasa Indonesia)",
    "longest_en": "selalu opsi terpanjang (bahasa Inggris)",
    "first": "selalu opsi pertama yang ditampilkan",
    "shortest_id": "selalu opsi terpendek (bahasa Indonesia)",
    "keyword": "selalu opsi dengan kata rapat/kolaborasi terbanyak (bahasa Indonesia)",
    "random": "opsi acak",
}
STATUS_ID = {"PASS": "LULUS", "FAIL": "GAGAL", "UNKNOWN": "BELUM PASTI"}

WORDS = {
    "head": (
        "Bias isyarat di {id}: akhir terbaik '{best}', {runs} kali main per strategi",
        "Cue bias in {id}: best ending '{best}', {runs} runs per strategy",
    ),
    "columns": (
        ("strategi", "akhir terbaik", "skor rata2", "akhir cerita"),
        ("strategy", "best ending", "mean score", "endings"),
    ),
    "also": ("(juga dicoba, tidak dinilai: {what})", "(also tried, not gated: {what})"),
    "g2": ("({states} keadaan ditelusuri{proof})", "({states} states searched{proof})"),
    "proof": (", terbukti pada proyeksi", ", proven on the projection"),
    "g3": (
        "opsi terpanjang tanpa tanda di {id_n}/{n} keputusan dalam id ({id_share}), {en_n}/{n} dalam en "
        "({en_share}); batas {limit}",
        "untagged longest at {id_n}/{n} decisions in id ({id_share}), {en_n}/{n} in en ({en_share}); "
        "limit {limit}",
    ),
    "g4": (
        "r = {r} dari {choices} pilihan (batas {limit}, sasaran di bawah {aim})",
        "r = {r} over {choices} choices (limit {limit}, aim below {aim})",
    ),
    "undefined": ("tak terdefinisi", "undefined"),
    "g5": ("{count} (perlu {need})", "{count} (need {need})"),
    "no-deadline": ("tidak ada tenggat", "no deadline"),
    "deadline": (
        "{node} -> {missed}: tepat waktu {met}; terlambat {late}",
        "{node} -> {missed}: met {met}; missed {late}",
    ),
    "unreachable": ("tak terjangkau", "unreachable"),
    "not-known": ("; belum diketahui: {items}", "; not known: {items}"),
    "no-difference": ("  (tidak terlihat bedanya)", "  (no difference shown)"),
    "long": (
        "Opsi tanpa tanda yang lebih dari 1.3x sepanjang setiap opsi lain di simpulnya:",
        "Untagged options more than 1.3x as long as every other option at their node:",
    ),
    "long-row": (
        "    baris {line}: {node} / {choice} ({lang}) {times}x",
        "    line {line}: {node} / {choice} ({lang}) {times}x",
    ),
    "telltale": (
        "Kata yang membocorkan opsi sebuah miskonsepsi:",
        "Words that give a misconception's options away:",
    ),
    "telltale-row": (
        "    '{word}' ({lang}): {options} dari {of} opsi {tag}, {elsewhere} dari {others} lainnya "
        "(pertama di baris {line})",
        "    '{word}' ({lang}): {options} of {of} {tag} options, {elsewhere} of {others} others "
        "(first at line {line})",
    ),
    "passed": ("Semua gerbang lulus.", "All gates pass."),
    "not-passed": ("Belum lulus: {gates}", "Not passed: {gates}"),
}


def say(lang: str, name: str, /, **values):
    indonesian, english = WORDS[name]
    chosen = english if lang == "en" else indonesian
    return chosen.format(**values) if isinstance(chosen, str) else chosen


def title(gate: str, lang: str) -> str:
    return TITLES[gate] if lang == "en" else TITLES_ID[gate]


def description(name: str, lang: str) -> str:
    return DESCRIPTIONS[name] if lang == "en" else DESCRIPTIONS_ID.get(name, DESCRIPTIONS[name])


def format_report(rep: dict, lang: str = "en") -> str:
    def status(gate: dict) -> str:
        word = gate["status"] if lang == "en" else STATUS_ID.get(gate["status"], gate["status"])
        return f"{word:7}"

    def share(value: float, digits: int = 0) -> str:  # a dot, as the scenario's own numbers are written
        return f"{value:.{digits}%}"

    g = rep["gates"]
    lines = [say(lang, "head", id=rep["scenario"], best=rep["best_ending"], runs=rep["runs"])]
    lines.append(f"G1 {status(g['G1'])} {title('G1', lang)}")
    name_h, best_h, score_h, endings_h = say(lang, "columns")
    wide = max(11, len(best_h))  # the shares' column, as wide as its heading
    lines.append(f"    {name_h:12} {best_h:>{wide}} {score_h:>10}  {endings_h}")
    for name, row in g["G1"]["strategies"].items():
        score = "-" if row["mean_score"] is None else f"{row['mean_score']:.1f}"
        endings = ", ".join(f"{e} {share(part)}" for e, part in row["endings"].items())
        lines.append(f"    {name:12} {share(row['best'], 1):>{wide - 1}} {score:>10}  {endings}")
    for name, row in rep.get("also_tried", {}).items():
        score = "-" if row["mean_score"] is None else f"{row['mean_score']:.1f}"
        also = say(lang, "also", what=description(name, lang))
        lines.append(f"    {name:12} {share(row['best'], 1):>{wide - 1}} {score:>10}  {also}")
    g2 = g["G2"]
    proof = say(lang, "proof") if g2.get("method") == "projection" else ""
    states = f"{g2['states']:,}" if lang == "en" else str(g2["states"])
    lines.append(f"G2 {status(g2)} {title('G2', lang)} {say(lang, 'g2', states=states, proof=proof)}")
    g3 = g["G3"]
    g3_text = say(
        lang,
        "g3",
        id_n=g3["id"]["untagged_longest"],
        en_n=g3["en"]["untagged_longest"],
        n=g3["decisions"],
        id_share=share(g3["id"]["share"]),
        en_share=share(g3["en"]["share"]),
        limit=share(LONGEST_LIMIT),
    )
    lines.append(f"G3 {status(g3)} {title('G3', lang)}: {g3_text}")
    g4 = g["G4"]
    r = say(lang, "undefined") if g4["r"] is None else f"{g4['r']:.2f}"
    g4_text = say(lang, "g4", r=r, choices=g4["choices"], limit=CORRELATION_LIMIT, aim=CORRELATION_AIM)
    lines.append(f"G4 {status(g4)} {title('G4', lang)}: {g4_text}")
    g5 = g["G5"]
    lines.append(
        f"G5 {status(g5)} {title('G5', lang)}: {say(lang, 'g5', count=g5['branching'], need=BRANCHES_NEEDED)}"
        + (f": {', '.join(g5['nodes'])}" if g5["nodes"] else "")
    )
    g6 = g["G6"]
    lines.append(
        f"G6 {status(g6)} {title('G6', lang)}" + ("" if g6["deadlines"] else f": {say(lang, 'no-deadline')}")
    )
    for row in g6["deadlines"]:
        none = say(lang, "unreachable")
        text = say(
            lang,
            "deadline",
            node=row["node"],
            missed=row["missed"],
            met="/".join(row["met_endings"]) or none,
            late="/".join(row["missed_endings"]) or none,
        )
        if row.get("unknown"):
            text += say(lang, "not-known", items="/".join(row["unknown"]))
        lines.append("    " + text + ("" if row["matters"] else say(lang, "no-difference")))
    for key in ("G1", "G2", "G3", "G4", "G5", "G6"):
        if key == "G6" and not g6["deadlines"]:
            continue
        for problem in g[key].get("problems", []):
            lines.append(f"  {key}: {told(problem, lang)}")
    found = rep.get("findings", {})
    if found.get("long_untagged_options"):
        lines.append(say(lang, "long"))
        for row in found["long_untagged_options"]:
            times = f"{row['times']:.1f}"
            values = {k: row[k] for k in ("line", "node", "choice", "lang")}
            lines.append(say(lang, "long-row", times=times, **values))
    if found.get("telltale_words"):
        lines.append(say(lang, "telltale"))
        for row in found["telltale_words"]:
            keys = ("word", "lang", "options", "of", "tag", "elsewhere", "others", "line")
            lines.append(say(lang, "telltale-row", **{k: row[k] for k in keys}))
    failed = ", ".join(k for k, v in g.items() if v["status"] != PASS)
    lines.append(say(lang, "passed") if rep["passed"] else say(lang, "not-passed", gates=failed))
    return "\n".join(lines)
