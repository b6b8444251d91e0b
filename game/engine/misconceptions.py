"""The three misconceptions the game surfaces, named and explained in both languages.

The one source for every front end: the text player, the window and the class report."""

from __future__ import annotations

from .model import Text

NAMES = {  # named as the belief a trainee recognises in themselves
    "solo_work": Text("“Lebih cepat kalau saya kerjakan sendiri”", "“It’s faster if I do it myself”"),
    "quick_change": Text(
        "“Kalau caranya benar, hasilnya cepat kelihatan”", "“If the method is right, results show quickly”"
    ),
    "aid_dependency": Text("“Warga butuh, jadi kita beri bantuan”", "“People are in need, so we give aid”"),
}

EXPLANATIONS = {
    "solo_work": Text(
        "Pilihan ini bertumpu pada Anda seorang. Kepala Bidang tidak mengangkat masyarakat dengan "
        "mengerjakan semuanya sendiri, melainkan dengan mengoordinasikan tim, pendamping, kader, dan "
        "lembaga desa agar masing-masing menjalankan perannya.",
        "This choice rests on you alone. The head of the division does not lift a community by doing "
        "everything personally, but by coordinating the team, facilitators, cadres and village "
        "institutions so that each plays its part.",
    ),
    "quick_change": Text(
        "Pilihan ini mengejar hasil yang cepat terlihat. Pemberdayaan berjalan lambat dan penuh hambatan; "
        "jalan pintas yang tampak baik hari ini sering runtuh beberapa bulan kemudian.",
        "This choice chases results that show quickly. Empowerment is slow and meets obstacles; shortcuts "
        "that look good today often collapse months later.",
    ),
    "aid_dependency": Text(
        "Pilihan ini memberi bantuan, atau membuat Dinas mengerjakan apa yang seharusnya dikerjakan dan "
        "diputuskan desa, seperti tugas bidang sosial. Pemberdayaan membangun kemampuan dan rasa memiliki "
        "masyarakat sendiri, agar mereka tidak menunggu bantuan atau keputusan berikutnya dari kantor.",
        "This choice hands out aid, or has the office do what the village should do and decide itself, as "
        "the social affairs division does. Empowerment builds the community's own capacity and ownership, "
        "so that people do not wait for the next handout or the next decision from the office.",
    ),
}
