"""A small built-in scenario, used when no scenario file can be loaded (and by tests)."""

from __future__ import annotations

from game.engine.conditions import parse
from game.engine.model import (
    Branch,
    Calendar,
    Character,
    Choice,
    Duration,
    Effect,
    Ending,
    Event,
    Line,
    Location,
    Meter,
    Node,
    Scenario,
    Schedule,
    Text,
)

T = Text


def demo_scenario() -> Scenario:
    chars = {
        "harjono": Character("harjono", "Pak Harjono", T("Kepala Desa", "Village head")),
        "nadia": Character("nadia", "Mbak Nadia", T("Pendamping desa", "Village facilitator")),
        "sri": Character("sri", "Bu Sri", T("Ketua PKK", "Head of the PKK")),
    }
    locs = {
        "balai": Location("balai", T("Balai Desa Girimulyo", "Girimulyo village hall"), "village_hall"),
        "kantor": Location("kantor", T("Kantor Dinas PMD", "The community empowerment office"), "office"),
        "sawah": Location("sawah", T("Sawah Dusun Watu", "The rice fields of Watu hamlet"), "field"),
    }
    meters = {
        "collaboration": Meter("collaboration", T("Kolaborasi", "Collaboration"), "competency", 0),
        "empathy": Meter("empathy", T("Empati", "Empathy"), "competency", 0),
        "kepercayaan": Meter("kepercayaan", T("Kepercayaan warga", "Community trust"), "world", 50, 0, 100),
        "trust_sri": Meter(
            "trust_sri", T("Kepercayaan Bu Sri", "Bu Sri's trust"), "trust", 50, 0, 100, stakeholder="sri"
        ),
    }

    def choice(cid, tid, ten, fid, fen, nxt, effects=(), mc=(), insight=None, days=0, schedule=()):
        return Choice(
            cid,
            T(tid, ten),
            T(fid, fen),
            (Branch(nxt),),
            effects=tuple(Effect(m, d) for m, d in effects),
            misconceptions=tuple(mc),
            insight=insight or Text(),
            time=Duration(days=days),
            schedule=tuple(Schedule(e, Duration(days=d)) for e, d in schedule),
        )

    nodes = {
        "mulai": Node(
            "mulai",
            (
                Line(
                    T(
                        "Senin pagi. Daftar usulan Musrenbang Desa Girimulyo sudah di meja Anda.",
                        "Monday morning. Girimulyo's list of proposals for the planning meeting is on your desk.",
                    ),
                    None,
                ),
                Line(
                    T(
                        "Pak Kabid, daftar prioritas sudah jadi. Jalan tengah desa nomor satu; warga Watu tidak "
                        "datang ke rapat, jadi kami putuskan saja.",
                        "The priority list is ready. The central road comes first; the Watu people did not come "
                        "to the meeting, so we decided for them.",
                    ),
                    "harjono",
                ),
            ),
            (
                choice(
                    "mulai.1",
                    "Minta pra-musyawarah di dusun dan kelompok perempuan sebelum daftar dikunci.",
                    "Ask for hamlet and women's pre-forums before the list is locked.",
                    "Mbak Nadia mengundang warga Watu satu per satu. Rapat molor, tapi ruangan penuh.",
                    "Nadia invites Watu residents by name. The meeting runs late, but the room is full.",
                    "dusun",
                    effects=(("collaboration", 2), ("empathy", 1), ("kepercayaan", 8)),
                    days=14,
                ),
                choice(
                    "mulai.2",
                    "Setujui saja; jalan terlihat hasilnya.",
                    "Approve it; a road shows results.",
                    "Rapat selesai sebelum makan siang.",
                    "The meeting ends before lunch.",
                    "dusun",
                    effects=(("collaboration", -1),),
                    mc=("quick_change",),
                    insight=T(
                        "Hasil yang cepat terlihat belum tentu kebutuhan warga yang paling mendesak. "
                        "Dengarkan dulu dusun yang tidak hadir.",
                        "What shows quickly is not always what residents need most. Hear the hamlet "
                        "that was missing first.",
                    ),
                    schedule=(("jalan_retak", 60),),
                    days=2,
                ),
                choice(
                    "mulai.3",
                    "Saya tulis sendiri usulan yang lebih baik malam ini.",
                    "I will write a better proposal myself tonight.",
                    "Usulan Anda rapi, tapi tak seorang pun di desa merasa memilikinya.",
                    "Your proposal is neat, but nobody in the village feels it is theirs.",
                    "dusun",
                    effects=(("collaboration", -2), ("kepercayaan", -5)),
                    mc=("solo_work",),
                    insight=T(
                        "Ajak kader PKK dan pendamping menyusun usulan bersama warga.",
                        "Draft the proposal with the PKK volunteers, the facilitator and residents.",
                    ),
                    days=1,
                ),
            ),
            location="balai",
        ),
        "dusun": Node(
            "dusun",
            (
                Line(
                    T(
                        "Di pematang sawah, Bu Sri menunjuk saluran irigasi yang jebol sejak musim hujan lalu.",
                        "On the paddy dykes, Bu Sri points at an irrigation channel broken since the last rains.",
                    ),
                    None,
                ),
                Line(
                    T(
                        "Kalau air tidak sampai, panen kami gagal lagi. Kami bisa kerja bakti, asal ada semen.",
                        "If the water does not come, our harvest fails again. We can do the work ourselves, "
                        "if there is cement.",
                    ),
                    "sri",
                ),
            ),
            (
                choice(
                    "dusun.1",
                    "Rencanakan perbaikan bersama: warga kerja bakti, desa menyediakan bahan.",
                    "Plan the repair together: residents give labour, the village buys materials.",
                    "Kelompok tani membentuk jadwal gotong royong.",
                    "The farmers' group sets up a work rota.",
                    "END",
                    effects=(("collaboration", 2), ("empathy", 2), ("trust_sri", 15)),
                    days=30,
                ),
                choice(
                    "dusun.2",
                    "Janjikan bantuan semen dari Dinas Sosial.",
                    "Promise cement aid from the social affairs office.",
                    "Warga menunggu kiriman semen.",
                    "Residents wait for the cement delivery.",
                    "END",
                    effects=(("empathy", 1), ("trust_sri", -5)),
                    mc=("aid_dependency",),
                    days=7,
                ),
            ),
            location="sawah",
            reflection=T(
                "Apa yang membuat warga Watu tidak datang ke rapat?",
                "What kept the Watu residents away from the meeting?",
            ),
        ),
    }
    events = {
        "jalan_retak": Event(
            "jalan_retak",
            "delayed",
            T("Jalan retak", "The road cracks"),
            T(
                "Dua bulan kemudian jalan baru retak; warga Watu bertanya mengapa irigasi mereka "
                "tidak pernah dibahas.",
                "Two months on the new road cracks; Watu residents ask why their irrigation "
                "was never discussed.",
            ),
            effects=(Effect("kepercayaan", -10),),
        ),
        "hujan": Event(
            "hujan",
            "obstacle",
            T("Hujan deras", "Heavy rain"),
            T("Hujan deras membuat rapat ditunda seminggu.", "Heavy rain delays the meeting a week."),
            effects=(Effect("kepercayaan", -2),),
            probability=0.5,
            at=("dusun",),
        ),
    }
    endings = (
        Ending(
            "suara_watu",
            T("Suara Watu terdengar", "Watu is heard"),
            T(
                "Irigasi diperbaiki bersama; warga merasa memiliki hasilnya.",
                "The irrigation is repaired together; residents own the result.",
            ),
            (
                Line(
                    T("Suara siapa yang tidak terdengar, dan mengapa?", "Whose voices were missing, and why?")
                ),
                Line(
                    T(
                        "Apa peran Anda ketika warga bekerja sendiri?",
                        "What was your role while residents worked?",
                    )
                ),
            ),
            condition=parse("collaboration >= 3"),
        ),
        Ending(
            "biasa",
            T("Seperti biasa", "Business as usual"),
            T(
                "Program berjalan, tapi warga menunggu perintah berikutnya.",
                "The program runs, but residents wait for the next instruction.",
            ),
            (Line(T("Apa yang akan Anda lakukan berbeda?", "What would you do differently?")),),
        ),
    )
    return Scenario(
        id="demo-girimulyo",
        format=1,
        title=T("Musrenbang Dusun Watu", "The Watu Hamlet Planning Meeting"),
        summary=T(
            "Dusun Watu jarang bersuara di Musrenbang desa.",
            "Watu hamlet is rarely heard at the village planning meeting.",
        ),
        duty=("needs_design", "partnerships"),
        minutes=10,
        start="mulai",
        characters=chars,
        locations=locs,
        meters=meters,
        nodes=nodes,
        events=events,
        endings=endings,
        calendar=Calendar("2026-01-05"),
        source="<demo>",
    )
