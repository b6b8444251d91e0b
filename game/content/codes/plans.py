"""Play-plans (NAME.plan.yaml): names in a plan that its scenario does not have (the P series)."""

from __future__ import annotations

from .descriptor import ERROR, Descriptor, Example

DESCRIPTORS = (
    Descriptor(
        "P001",
        "plan-unknown-ending",
        ERROR,
        "A plan expects an ending the scenario does not have",
        (
            "plan '{plan}' expects ending '{ending}', which the scenario does not have",
            "rencana '{plan}' mengharapkan akhir '{ending}', padahal skenario tidak memilikinya",
        ),
        ("the endings are: {endings}", "akhir cerita yang ada: {endings}"),
        doc="Mistake: `ending: sukses` when the ending's id is `berhasil`. Fix: use an ending id of the "
        "scenario; the hint suggests the nearest.",
        example=Example("ending: done", "ending: dne", plan=True),
    ),
    Descriptor(
        "P002",
        "plan-unknown-avoided-ending",
        ERROR,
        "A plan must not reach an ending the scenario does not have",
        (
            "plan '{plan}' must not reach ending '{ending}', which the scenario does not have",
            "rencana '{plan}' tidak boleh mencapai akhir '{ending}', padahal skenario tidak memilikinya",
        ),
        ("the endings are: {endings}", "akhir cerita yang ada: {endings}"),
        doc="`not_ending:` names an ending that does not exist, so the check could never fail. Fix: use "
        "an ending id of the scenario.",
        example=Example("ending: done", "not_ending: [gagal]", plan=True),
    ),
    Descriptor(
        "P003",
        "plan-unknown-event",
        ERROR,
        "A plan expects an event the scenario does not have",
        (
            "plan '{plan}' expects event '{event}', which the scenario does not have",
            "rencana '{plan}' mengharapkan kejadian '{event}', padahal skenario tidak memilikinya",
        ),
        ("the events are: {events}", "kejadian yang ada: {events}"),
        doc="Fix: use an event id declared under the scenario's `events:`.",
        example=Example("ending: done", "ending: done\n      events: [panen]", plan=True),
    ),
    Descriptor(
        "P004",
        "plan-unknown-competency",
        ERROR,
        "A plan expects a score the scenario does not keep",
        (
            "plan '{plan}' expects a score for '{competency}', which is not a competency here",
            "rencana '{plan}' mengharapkan skor '{competency}', padahal itu bukan kompetensi di skenario ini",
        ),
        ("the competencies are: {competencies}", "kompetensi yang ada: {competencies}"),
        doc="Scores are kept for competencies only (`collaboration`, `empathy` and the scenario's own "
        "competency meters). Fix: use one of them.",
        example=Example("{collaboration: {min: 0}}", "{trust: {min: 0}}", plan=True),
    ),
    Descriptor(
        "P005",
        "plan-score-range",
        ERROR,
        "A score bound outside 0-100",
        (
            "the score bound {bound:g} for {competency} is outside 0-100",
            "batas skor {bound:g} untuk {competency} di luar 0-100",
        ),
        (
            "scores run from 0 (the worst possible) to 100 (the best)",
            "skor berkisar dari 0 (terburuk) sampai 100 (terbaik)",
        ),
        doc="Mistake: `scores: {collaboration: {min: 0.8}}` meant as 80%. Fix: `{min: 80}`.",
        example=Example("{min: 0}", "{min: 120}", plan=True),
    ),
    Descriptor(
        "P006",
        "plan-unknown-misconception",
        ERROR,
        "A plan expects a misconception tag the game does not know",
        ("'{tag}' is not a misconception tag", "'{tag}' bukan tag miskonsepsi"),
        ("use one of: {allowed}", "pakai salah satu dari: {allowed}"),
        doc="The tags are `solo_work`, `quick_change` and `aid_dependency`.",
        example=Example("misconceptions: []", "misconceptions: [solo]", plan=True),
    ),
    Descriptor(
        "P007",
        "plan-without-scenario",
        ERROR,
        "The scenario a plan file is for does not exist",
        (
            "the scenario {scenario} for these plans does not exist",
            "skenario {scenario} untuk rencana ini tidak ada",
        ),
        (
            "name the plan file after its scenario (NAME.plan.yaml beside NAME.yaml), or say which one "
            "with scenario: FILE",
            "beri nama berkas rencana sesuai skenarionya (NAMA.plan.yaml di samping NAMA.yaml), atau "
            "sebutkan skenarionya dengan scenario: BERKAS",
        ),
        doc="Fix: name the plan file after its scenario, or add `scenario: FILE` at its top.",
        no_example="reported by `test` when the file beside the plan is missing",
    ),
    Descriptor(
        "B057",
        "duplicate-scenario-id",
        ERROR,
        "Two scenario files share one id",
        ("the scenario id '{id}' is also used by {other}", "id skenario '{id}' juga dipakai oleh {other}"),
        (
            "give each scenario its own id; the game would show only one of them",
            "beri setiap skenario id sendiri; game hanya akan menampilkan salah satunya",
        ),
        doc="Fix: give each scenario file its own `id:`.",
        no_example="validate compares files with each other",
    ),
)
