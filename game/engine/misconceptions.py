"""The three misconceptions the game surfaces, named and explained in both languages.

The one source for every front end: the text player, the window and the class report."""
from __future__ import annotations

from .model import Text

NAMES = {
    "solo_work": Text("Bekerja sendiri", "Working alone"),
    "quick_change": Text("Mengharapkan perubahan cepat", "Expecting quick change"),
    "aid_dependency": Text("Ketergantungan pada bantuan", "Aid dependency"),
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
        "Pilihan ini memberi bantuan kepada orang per orang, seperti tugas bidang sosial. Pemberdayaan "
        "membangun kemampuan dan rasa memiliki masyarakat sendiri, agar mereka tidak menunggu bantuan "
        "berikutnya.",
        "This choice hands aid to individuals, as the social affairs division does. Empowerment builds the "
        "community's own capacity and ownership, so that people do not wait for the next handout.",
    ),
}
