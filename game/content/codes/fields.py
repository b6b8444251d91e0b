"""Values of particular fields: ids, duties, dates, meters, deadlines, durations, events (conditions:
conditions.py)."""

from __future__ import annotations

from .descriptor import ERROR, Descriptor, Example

DESCRIPTORS = (
    Descriptor(
        "B043",
        "unsupported-format",
        ERROR,
        "A format version this game cannot read",
        (
            "format {version} is not supported; this game reads format {supported}",
            "format {version} tidak didukung; game ini membaca format {supported}",
        ),
        (
            "set 'format: {supported}' and check the file against docs/authoring.md",
            "tulis 'format: {supported}' dan periksa berkas dengan docs/authoring.id.md",
        ),
        doc="The `format:` number is not one this version of the game reads. Fix: `format: 1`.",
        example=Example("format: 1", "format: 7"),
    ),
    Descriptor(
        "B065",
        "bad-minutes",
        ERROR,
        "A playing time below one minute",
        ("minutes is {value}", "minutes bernilai {value}"),
        (
            "write roughly how many minutes one playthrough takes, e.g. 20",
            "tulis kira-kira berapa menit satu kali main, misalnya 20",
        ),
        doc="Mistake: `minutes: 0`. Fix: `minutes: 20`.",
        example=Example("minutes: 5", "minutes: -1"),
    ),
    Descriptor(
        "B066",
        "bad-id",
        ERROR,
        "An id with capitals, spaces or other signs",
        (
            "{what} '{value}' may use only lowercase letters, digits, '-' and '_'",
            "{what} '{value}' hanya boleh berisi huruf kecil, angka, '-' dan '_'",
        ),
        ("for example: {example}", "misalnya: {example}"),
        doc="Mistake: `id: Dapur Sehat`. Fix: `id: dapur-sehat`.",
        example=Example("id: contoh", "id: Contoh Baru"),
    ),
    Descriptor(
        "B093",
        "empty-id",
        ERROR,
        "A scenario whose id is empty",
        ("{what} is empty", "{what} kosong"),
        (
            "write a short id of lowercase letters, digits, '-' and '_', e.g. id: {example}; the game, "
            "saves and records tell scenarios apart by it",
            "tulis id singkat dari huruf kecil, angka, '-' dan '_', misalnya id: {example}; permainan, "
            "simpanan dan catatan sesi membedakan skenario dengan id ini",
        ),
        doc='Mistake: `id: ""`, or `id:` with nothing after it. Fix: `id: dapur-sehat` (the hint suggests one '
        "made from the file's name).",
        example=Example("id: contoh", 'id: ""'),
    ),
    Descriptor(
        "B094",
        "bad-pass-mark",
        ERROR,
        "A pass mark that is not a share between 0 and 1",
        ("pass_mark {value} is not between 0 and 1", "pass_mark {value} tidak di antara 0 dan 1"),
        (
            "write the share of the best score that passes, between 0 and 1, e.g. pass_mark: 0.6 (60%)",
            "tulis bagian dari skor terbaik yang lulus, antara 0 dan 1, misalnya pass_mark: 0.6 (60%)",
        ),
        hints={
            "percent": (
                "write it as a share between 0 and 1: pass_mark: {fraction} ({percent}%)",
                "tulis sebagai bagian antara 0 dan 1: pass_mark: {fraction} ({percent}%)",
            )
        },
        doc="The pass mark is a share from 0 to 1 (default 0.6), not a percentage. "
        "Mistake: `pass_mark: 80` or `pass_mark: 80%`. Fix: `pass_mark: 0.8`.",
        example=Example("minutes: 5", "minutes: 5\npass_mark: 80"),
    ),
    Descriptor(
        "B067",
        "unknown-duty",
        ERROR,
        "A duty the game does not know",
        ("'{value}' is not a duty", "'{value}' bukan tugas yang dikenal"),
        ("use one of: {allowed}", "pakai salah satu dari: {allowed}"),
        doc="The duties are `needs_design`, `team_coordination`, `monitoring_evaluation` and "
        "`partnerships`. Mistake: `duty: design`. Fix: `duty: needs_design`.",
        example=Example("duty: [needs_design]", "duty: [design]"),
    ),
    Descriptor(
        "B068",
        "bad-date",
        ERROR,
        "A date not written YYYY-MM-DD",
        ("'{value}' is not a date", "'{value}' bukan tanggal"),
        (
            "write it as YYYY-MM-DD between {first} and {last}, e.g. 2026-01-05",
            "tulis sebagai TTTT-BB-HH antara {first} dan {last}, misalnya 2026-01-05",
        ),
        doc="Mistake: `calendar: {start: 5 Januari 2026}`. Fix: `calendar: {start: 2026-01-05}`.",
        example=Example("minutes: 5", "minutes: 5\ncalendar: {start: 9999-12-30}"),
    ),
    Descriptor(
        "B069",
        "empty-name",
        ERROR,
        "A character with an empty name",
        ("character '{id}' has an empty name", "nama tokoh '{id}' kosong"),
        (
            "write the name as players should see it; a # starts a comment, so quote it: \"#1 Pak Wiryo\"",
            "tulis nama seperti yang akan dilihat pemain; tanda # memulai komentar, jadi beri tanda kutip: "
            '"#1 Pak Wiryo"',
        ),
        doc='Mistake: `name: #1 Pak Wiryo` (a `#` starts a comment). Fix: `name: "#1 Pak Wiryo"`.',
        example=Example("{name: Bu Wati}", '{name: " "}'),
    ),
    Descriptor(
        "B070",
        "meter-no-label",
        ERROR,
        "A meter without a label",
        ("meter '{id}' has no 'label'", "meter '{id}' tidak memiliki 'label'"),
        ("add label: {{id: ..., en: ...}}", "tambahkan label: {{id: ..., en: ...}}"),
        doc="Players see the label. Fix: `label: {id: Kepercayaan warga, en: Residents' trust}`.",
        example=Example("{label: {id: Kepercayaan, en: Trust}, start", "{start"),
    ),
    Descriptor(
        "B071",
        "bad-meter-kind",
        ERROR,
        "A meter kind that does not exist",
        ("'{value}' is not a meter kind", "'{value}' bukan jenis meter"),
        ("use world, trust or competency", "pakai world, trust atau competency"),
        doc="Fix: `kind: world` (the default), `kind: trust` (with a `stakeholder`) or `kind: competency`.",
        example=Example("start: 50, min", "kind: dunia, start: 50, min"),
    ),
    Descriptor(
        "B091",
        "bad-meter-direction",
        ERROR,
        "A meter direction that does not exist",
        ("'{value}' is not a direction for a meter", "'{value}' bukan arah untuk meter"),
        (
            "use better: higher (more is good news, the default) or better: lower (e.g. your own workload)",
            "pakai better: higher (makin tinggi makin baik, bawaan) atau better: lower (mis. beban kerja Anda)",
        ),
        doc="Fix: `better: lower` on a meter where a rise is bad news, such as the player's own workload; "
        "the window then shows a rise in red and a fall in green.",
        example=Example("start: 50, min", "better: naik, start: 50, min"),
    ),
    Descriptor(
        "B072",
        "trust-no-stakeholder",
        ERROR,
        "A trust meter without its stakeholder",
        ("trust meter '{id}' has no 'stakeholder'", "meter kepercayaan '{id}' tidak memiliki 'stakeholder'"),
        (
            "add stakeholder: <character id> (whose trust this is)",
            "tambahkan stakeholder: <id tokoh> (kepercayaan siapa yang diukur)",
        ),
        doc="Fix: `stakeholder: wati`, the character whose trust the meter measures.",
        example=Example("start: 50, min", "kind: trust, start: 50, min"),
    ),
    Descriptor(
        "B050",
        "bad-range",
        ERROR,
        "A meter that starts outside its min and max",
        (
            "meter '{id}' starts at {start}, outside {low}..{high}",
            "meter '{id}' mulai di {start}, di luar {low}..{high}",
        ),
        ("make start a value between min and max", "buat start bernilai antara min dan max"),
        doc="Mistake: `start: 150` with `max: 100`. Fix: a start between min and max.",
        example=Example("start: 50, min", "start: 150, min"),
    ),
    Descriptor(
        "B073",
        "min-above-max",
        ERROR,
        "A meter whose min is above its max",
        ("meter '{id}' has min {low} above max {high}", "meter '{id}' punya min {low} di atas max {high}"),
        ("swap them", "tukar keduanya"),
        doc="Mistake: `min: 100, max: 0`. Fix: `min: 0, max: 100`.",
        example=Example("min: 0, max: 100", "min: 100, max: 0"),
    ),
    Descriptor(
        "B074",
        "deadline-day-or-date",
        ERROR,
        "A deadline with both or neither of day and date",
        (
            "the deadline of '{node_id}' needs either day or date",
            "tenggat '{node_id}' memerlukan day atau date (salah satu)",
        ),
        (
            "write e.g. deadline: {{day: 30, missed: late_node}} or deadline: {{date: 2026-08-17, missed: late_node}}",
            "tulis misalnya deadline: {{day: 30, missed: node_telat}} atau deadline: {{date: 2026-08-17, missed: node_telat}}",
        ),
        doc="Fix: `deadline: {day: 30, missed: terlambat}`.",
        example=Example("    location: balai\n", "    location: balai\n    deadline: {missed: b}\n"),
    ),
    Descriptor(
        "B075",
        "deadline-needs-calendar",
        ERROR,
        "A deadline date in a scenario without a calendar",
        (
            "a deadline with a date needs the scenario's calendar",
            "tenggat dengan tanggal memerlukan kalender skenario",
        ),
        (
            "add calendar: {{start: YYYY-MM-DD}} at the top, or write the deadline as day: N",
            "tambahkan calendar: {{start: TTTT-BB-HH}} di bagian atas, atau tulis tenggat sebagai day: N",
        ),
        doc="Fix: add `calendar: {start: 2026-01-05}` at the top, or write `day: 30`.",
        example=Example(
            "    location: balai\n", "    location: balai\n    deadline: {date: 2026-08-17, missed: b}\n"
        ),
    ),
    Descriptor(
        "B076",
        "last-branch-condition",
        ERROR,
        "The last branch of a next list has an if",
        ("the last branch of 'next' has an 'if'", "cabang terakhir 'next' memiliki 'if'"),
        (
            "end the list with a branch without 'if', for when no condition holds",
            "akhiri daftar dengan cabang tanpa 'if', untuk saat tidak ada syarat yang terpenuhi",
        ),
        doc="When no branch's condition holds the story would have nowhere to go.\n"
        "Fix: `next: [{if: trust >= 60, node: b}, {node: c}]`.",
        example=Example("        next: b\n", "        next: [{if: trust >= 60, node: b}]\n"),
    ),
    Descriptor(
        "B026",
        "unknown-misconception",
        ERROR,
        "A misconception tag the game does not know",
        ("'{tag}' is not a misconception tag", "'{tag}' bukan tag miskonsepsi"),
        ("use one of: {allowed}", "pakai salah satu dari: {allowed}"),
        doc="Misconception tags are exactly `solo_work`, `quick_change` and `aid_dependency`.\n"
        "Mistake: `misconceptions: [solo]`. Fix: `misconceptions: [solo_work]`.",
        example=Example("        time: 1 week\n", "        time: 1 week\n        misconceptions: [solo]\n"),
    ),
    Descriptor(
        "B014",
        "bad-duration",
        ERROR,
        "A time that is not a number and a unit",
        ("{what} '{value}' is not a duration", "{what} '{value}' bukan lama waktu"),
        (
            "write a number and a unit: 3 days, 2 weeks, 1 month (units: {units})",
            "tulis angka dan satuan: 3 hari, 2 minggu, 1 bulan (satuan: {units})",
        ),
        doc="Mistake: `time: 3 fortnights`. Fix: `time: 2 weeks` (or `14`, or `2 minggu`).",
        example=Example("time: 1 week", "time: 3 fortnights"),
    ),
    Descriptor(
        "B077",
        "duration-too-long",
        ERROR,
        "A time longer than ten years",
        ("{what} '{value}' is too long", "{what} '{value}' terlalu lama"),
        ("at most {years} years ({days} days)", "paling lama {years} tahun ({days} hari)"),
        hints={"decisions": ("at most {decisions} decisions", "paling banyak {decisions} keputusan")},
        doc="One choice or one delay lasts at most ten years. Fix: `time: 2 months`.",
        example=Example("time: 1 week", "time: 99999 days"),
    ),
    Descriptor(
        "B078",
        "bad-event-kind",
        ERROR,
        "An event kind that does not exist",
        ("'{value}' is not an event kind", "'{value}' bukan jenis kejadian"),
        ("use delayed or obstacle", "pakai delayed atau obstacle"),
        doc="Fix: `kind: delayed` (scheduled by a choice) or `kind: obstacle` (happens at nodes).",
        example=Example(
            "endings:\n",
            "events:\n  hujan: {kind: badai, title: {id: Hujan, en: Rain}, text: {id: Hujan, en: Rain}}\n"
            "endings:\n",
        ),
    ),
    Descriptor(
        "B092",
        "bad-weather",
        ERROR,
        "A weather that does not exist",
        ("'{value}' is not a weather", "'{value}' bukan cuaca yang dikenal"),
        (
            "use weather: clear, cloudy, rain or dry (cerah, mendung, hujan, kemarau)",
            "pakai weather: clear (cerah), cloudy (mendung), rain (hujan) atau dry (kemarau)",
        ),
        hints={
            "word": (
                "write weather: {suggestion} (the format's values are in English)",
                "tulis weather: {suggestion} (nilai dalam format ini ditulis dalam bahasa Inggris)",
            )
        },
        doc="A location's `weather` is drawn over its picture (rain, an overcast sky, dry-season haze); "
        "a node's `weather` overrides it there, e.g. the road floods in the rainy season. "
        "Mistake: `weather: hujan`. Fix: `weather: rain`.",
        example=Example("balai: {name:", "balai: {weather: hujan, name:"),
    ),
    Descriptor(
        "B079",
        "bad-probability",
        ERROR,
        "A probability outside 0-1",
        ("probability {value} is not between 0 and 1", "probability {value} tidak di antara 0 dan 1"),
        ("write e.g. 0.3 for a 30% chance", "tulis misalnya 0.3 untuk peluang 30%"),
        doc="Mistake: `probability: 30`. Fix: `probability: 0.3`.",
        example=Example(
            "endings:\n",
            "events:\n  hujan: {kind: obstacle, probability: 30, title: {id: Hujan, en: Rain},"
            " text: {id: Hujan, en: Rain}}\nendings:\n",
        ),
    ),
)
