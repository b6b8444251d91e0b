"""The scenario, play-plan and pre/post check formats, described once: every map, its keys, which are
required, what each value is, and a line for trainers in Indonesian and English.

The loaders' key tuples (content/keys.py), the JSON Schemas for editors (authoring/schema.py) and the key
reference in both guides (authoring/key_reference.py) are all made from this table, so they cannot
disagree. The loader stays the authority on meaning: a kind here says what the loader reads there.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine.check import MAX_ITEMS, MAX_OPTIONS, MIN_ITEMS, MIN_OPTIONS
from ..engine.model import COMPETENCIES, DUTIES, METER_DIRECTIONS, METER_KINDS, MISCONCEPTIONS, WEATHERS

# -- what a value is -----------------------------------------------------------------------------------

# need: how a key is required. REQUIRED keys are checked as the map is read (B012); CHECKED keys are
# required by a later check with its own code (a choice without feedback is B032); the schema and the
# guides treat both as required.
OPTIONAL, REQUIRED, CHECKED = "", "required", "checked"


@dataclass(frozen=True)
class Kind:
    """What a key's value is. `name` is one of KINDS; `of` holds the inner kinds, the map's name
    (for "map"), the allowed words (for "enum") or what is referred to (for "ref")."""

    name: str
    of: tuple = ()
    low: float | None = None
    high: float | None = None
    decisions: bool = False  # a duration that may count decisions, not only days

    def __post_init__(self):
        assert self.name in KINDS, self.name


KINDS = (
    "text",  # text in both languages, {id: ..., en: ...} (a plain text counts as Indonesian, B040)
    "word",  # any single value, read as text
    "ref",  # the id of something else in the file (of: what it names); JSON Schema cannot check it
    "id",  # the scenario's id: lowercase letters, digits, - and _
    "number",  # a number, written bare or in quotes, between low and high when given
    "integer",  # a whole number, between low and high when given
    "boolean",  # true/false, and yes/no, ya/tidak ... in any case (reader.YES_WORDS, NO_WORDS)
    "duration",  # a number of days, or a number and a unit (3 hari, 2 weeks; decisions when allowed)
    "condition",  # a condition in the conditions language
    "date",  # YYYY-MM-DD
    "enum",  # one of the words in `of`
    "const",  # exactly of[0]
    "list",  # a list of of[0]
    "words",  # one of[0], or a list of them (empty items are left out)
    "entries",  # a map from an id to of[0]
    "ids",  # a map from the id of a thing the file defines (no spaces, B102) to of[0]
    "map",  # the map named of[0] (one of SPECS)
    "either",  # any one of the kinds in `of`
    "flags",  # set: a map from flag to value, or a list of flags that become true
)


def kind(name: str, *of, **limits) -> Kind:
    return Kind(name, tuple(of), **limits)


TEXT, WORD, CONDITION, DATE, BOOLEAN = (
    kind("text"),
    kind("word"),
    kind("condition"),
    kind("date"),
    kind("boolean"),
)
NUMBER, INTEGER = kind("number", low=-1e9, high=1e9), kind("integer", low=-1e9, high=1e9)


def ref(what: str, blank: bool = True) -> Kind:
    """The id of a `what`; `blank=False` where the loader calls an empty one an error (start, next)."""
    return kind("ref", what, low=None if blank else 1)


def shape(name: str) -> Kind:
    return kind("map", name)


def list_of(item: Kind) -> Kind:
    return kind("list", item)


def words(item: Kind) -> Kind:
    return kind("words", item)


def enum(values) -> Kind:
    return kind("enum", *values)


# -- maps ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Key:
    name: str
    kind: Kind
    en: str  # what it is, for a trainer, in English
    id: str  # the same in Indonesian
    need: str = OPTIONAL


@dataclass(frozen=True)
class Spec:
    """One map of the format: its keys in the order the loader lists them."""

    name: str
    noun: tuple  # what one is called: (en, id)
    keys: tuple
    one_of: tuple = ()  # exactly one of these keys is written (a deadline's day or date, B074)
    when: tuple = ()  # (key, value, other): a map whose key has that value needs other (B072)

    @property
    def names(self) -> tuple:
        return tuple(k.name for k in self.keys)

    @property
    def required(self) -> tuple:
        """The keys the loader requires as it reads the map (B012)."""
        return tuple(k.name for k in self.keys if k.need == REQUIRED)

    @property
    def needed(self) -> tuple:
        """Every key a valid map has: REQUIRED and CHECKED."""
        return tuple(k.name for k in self.keys if k.need)

    def key(self, name: str) -> Key:
        return next(k for k in self.keys if k.name == name)


def spec(name: str, noun: tuple, *keys: Key, **rules) -> Spec:
    return Spec(name, noun, keys, **rules)


R, C = REQUIRED, CHECKED
EVENT_KINDS = ("delayed", "obstacle")
BUILTIN_METERS = COMPETENCIES  # meters every scenario has: re-declared, they need no label

# fmt: off
SCENARIO = (
    spec(
        "top",
        ("the scenario file", "berkas skenario"),
        Key("format", kind("const", 1), "the format version", "versi format", R),
        Key("id", kind("id"), "the scenario's id", "id skenario", R),
        Key("title", TEXT, "the scenario's title", "judul skenario", R),
        Key("summary", TEXT, "what the scenario is about, shown in the picker", "ringkasan di daftar skenario", R),
        Key("duty", words(enum(DUTIES)), "the duties it trains", "tugas yang dilatih", R),
        Key("minutes", kind("integer", low=1, high=1e9), "roughly how long one playthrough takes", "perkiraan lama sekali main", R),
        Key("start", ref("node", blank=False), "the first node", "simpul pertama", R),
        Key("calendar", shape("calendar"), "the story's first day, so the game can show dates and conditions and deadlines can use them", "hari pertama cerita, agar permainan bisa menampilkan tanggal dan kondisi serta tenggat bisa memakainya"),
        Key("coach", ref("character"), "who answers when a trainee asks for a hint (\"Ask Mbak Rina\")", "tokoh yang menjawab bila peserta minta petunjuk (\"Tanya Mbak Rina\")"),
        Key("characters", kind("ids", shape("character")), "the people of the story", "tokoh-tokoh cerita"),
        Key("locations", kind("ids", shape("location")), "the places of the story", "tempat-tempat cerita"),
        Key("meters", kind("ids", shape("meter")), "what the story measures", "yang diukur dalam cerita"),
        Key("nodes", kind("ids", shape("node")), "the moments of the story", "babak-babak cerita", R),
        Key("events", kind("ids", shape("event")), "delayed events and obstacles", "peristiwa tertunda dan rintangan"),
        Key("endings", list_of(shape("ending")), "checked in order; the last one has no if", "diperiksa berurutan; yang terakhir tanpa if", R),
        Key("pass_mark", kind("number", low=0, high=1), "the share of the best score that counts as passed in the records and xAPI, from 0 to 1 (default 0.6; 0.8 is 80%)", "bagian dari skor terbaik yang dihitung lulus di catatan sesi dan xAPI, dari 0 sampai 1 (bawaan 0.6; 0.8 berarti 80%)"),
    ),
    spec(
        "calendar",
        ("a calendar", "kalender"),
        Key("start", DATE, "the date of the story's first day", "tanggal hari pertama cerita"),
    ),
    spec(
        "character",
        ("a character", "tokoh"),
        Key("name", kind("word", low=1), "the name shown when they speak", "nama yang tampil saat berbicara", R),
        Key("role", TEXT, "who they are", "siapa dia"),
        Key("portrait", kind("word", "picture"), "a picture of them", "gambar wajahnya"),
    ),
    spec(
        "location",
        ("a location", "tempat"),
        Key("name", TEXT, "the place's name", "nama tempat", R),
        Key("kind", WORD, "its built-in picture: village_hall, office, field, ...", "gambar bawaannya: village_hall, office, field, ..."),
        Key("background", kind("word", "picture"), "your own picture instead", "gambar Anda sendiri sebagai gantinya"),
        Key("weather", enum(WEATHERS), "the weather drawn over it", "cuaca yang digambar di atasnya"),
    ),
    spec(
        "meter",
        ("a meter", "meter"),
        Key("label", TEXT, "its name (not needed for collaboration and empathy)", "namanya (tidak perlu untuk collaboration dan empathy)", C),
        Key("description", TEXT, "one sentence on what it measures", "satu kalimat tentang yang diukurnya"),
        Key("kind", enum(METER_KINDS), "world (default), trust or competency", "world (bawaan), trust atau competency"),
        Key("start", NUMBER, "its value at the start (default 0)", "nilainya di awal (bawaan 0)"),
        Key("min", NUMBER, "the lowest it can go", "nilai terendahnya"),
        Key("max", NUMBER, "the highest it can go", "nilai tertingginya"),
        Key("stakeholder", ref("character"), "whose trust it is (kind: trust)", "kepercayaan siapa (kind: trust)"),
        Key("better", enum(METER_DIRECTIONS), "lower when a rise is bad news (default higher)", "lower bila kenaikannya kabar buruk (bawaan higher)"),
        when=(("kind", "trust", "stakeholder"),),
    ),
    spec(
        "node",
        ("a node", "simpul"),
        Key("location", ref("location"), "where it happens", "tempat kejadiannya"),
        Key("lines", list_of(shape("line")), "what is said, in order; leave out speaker for narration", "yang diucapkan, berurutan; tanpa speaker berarti narasi"),
        Key("choices", kind("list", shape("choice"), low=1), "what the player can do (1 to 9); at least one without if", "pilihan pemain (1 sampai 9); minimal satu tanpa if", R),
        Key("if", CONDITION, "on arrival, when false the story goes to otherwise", "saat tiba, bila salah cerita pindah ke otherwise"),
        Key("otherwise", ref("node"), "where to go when if is false", "tujuan bila if salah"),
        Key("reflection", TEXT, "a question the trainee answers in their own words", "pertanyaan yang dijawab peserta dengan kata-katanya sendiri"),
        Key("hint", TEXT, "what the coach says when asked here: a question that makes them think, never the answer", "yang dikatakan coach bila ditanya di sini: pertanyaan yang membuat berpikir, bukan jawabannya"),
        Key("deadline", shape("deadline"), "arriving here after that day or date goes to missed; choices' time moves the calendar", "tiba di sini sesudah hari atau tanggal itu berarti pindah ke missed; time pada pilihan memajukan kalender"),
        Key("weather", enum(WEATHERS), "the weather here, instead of the location's", "cuaca di sini, menggantikan cuaca tempatnya"),
    ),
    spec(
        "line",
        ("a line", "kalimat"),
        Key("speaker", ref("character"), "who says it (leave out for narration)", "siapa yang mengucapkannya (kosongkan untuk narasi)"),
        Key("text", TEXT, "what is said", "yang diucapkan", R),
        Key("if", CONDITION, "shown only when this holds", "tampil hanya bila kondisi ini benar"),
    ),
    spec(
        "choice",
        ("a choice", "pilihan"),
        Key("id", WORD, "a stable id (default: node.number)", "id tetap (bawaan: simpul.nomor)"),
        Key("text", TEXT, "what the player sees on the button", "tulisan di tombol", R),
        Key("feedback", kind("text", low=1), "what happens in the world, in people's words and acts: all a player sees after choosing, so never name the mistake here", "yang terjadi di dunia, lewat kata dan tindakan orang: hanya ini yang dilihat pemain sesudah memilih, jadi jangan sebut kesalahannya di sini", C),
        Key("effects", kind("entries", NUMBER), "{meter: change}, e.g. {collaboration: 2, kepercayaan_warga: -5}", "{meter: perubahan}, mis. {collaboration: 2, kepercayaan_warga: -5}"),
        Key("set", kind("flags"), "flags to set, e.g. {road_paved: true}", "penanda yang dinyalakan, mis. {jalan_diaspal: true}"),
        Key("misconceptions", words(enum(MISCONCEPTIONS)), "what this choice reveals", "miskonsepsi yang ditunjukkan pilihan ini"),
        Key("insight", TEXT, "coaching for the debrief (and at once in Practice mode): what a collaborative alternative looks like", "pembinaan untuk debrief (dan langsung dalam Mode latihan): seperti apa jalan kolaboratifnya"),
        Key("time", kind("duration"), "how long it takes", "lamanya"),
        Key("schedule", list_of(shape("schedule")), "delayed events it sets going", "peristiwa tertunda yang dijadwalkannya"),
        Key("if", CONDITION, "the choice appears only when this holds", "pilihan muncul hanya bila kondisi ini benar"),
        Key("next", kind("either", ref("node", blank=False), list_of(shape("branch"))), "a node, END to finish, or branches {if, node} tried in order (the last without if)", "simpul, END untuk selesai, atau cabang {if, node} yang dicoba berurutan (yang terakhir tanpa if)", R),
        Key("fixed", BOOLEAN, "keeps its written place when options are shuffled", "tetap di tempatnya saat urutan pilihan diacak"),
    ),
    spec(
        "schedule",
        ("a scheduled event", "peristiwa terjadwal"),
        Key("event", ref("event"), "the delayed event", "peristiwa tertundanya", R),
        Key("after", kind("duration", decisions=True), "when: 2 months, or 3 decisions", "kapan: 2 bulan, atau 3 keputusan", R),
    ),
    spec(
        "branch",
        ("a branch of next", "cabang next"),
        Key("if", CONDITION, "taken when this holds (the last branch has none)", "diambil bila kondisi ini benar (cabang terakhir tanpa if)"),
        Key("node", ref("node"), "where it leads", "tujuannya", R),
    ),
    spec(
        "deadline",
        ("a deadline", "tenggat"),
        Key("day", kind("integer", low=-1e9, high=1e9), "the last story day (day or date, not both)", "hari cerita terakhir (day atau date, bukan keduanya)"),
        Key("date", DATE, "the last date (needs calendar)", "tanggal terakhir (perlu calendar)"),
        Key("missed", ref("node"), "where the story goes when it has passed", "tujuan cerita bila tenggat terlewat", R),
        one_of=("day", "date"),
    ),
    spec(
        "event",
        ("an event", "peristiwa"),
        Key("kind", enum(EVENT_KINDS), "delayed (scheduled by a choice) or obstacle (rolled after each decision)", "delayed (dijadwalkan pilihan) atau obstacle (diundi setiap keputusan)", R),
        Key("title", TEXT, "the card's title", "judul kartu", R),
        Key("text", TEXT, "what happens", "yang terjadi", R),
        Key("effects", kind("entries", NUMBER), "as for choices", "seperti pada pilihan"),
        Key("set", kind("flags"), "as for choices", "seperti pada pilihan"),
        Key("if", CONDITION, "happens only when this holds when it is due", "terjadi hanya bila kondisi ini benar pada saatnya"),
        Key("probability", kind("number", low=0, high=1), "its chance (default 1), drawn from the session's seeded random source", "peluangnya (bawaan 1), diundi dari sumber acak sesi"),
        Key("at", words(ref("node")), "obstacles: rolled only on the way into these nodes", "obstacle: diundi hanya menuju simpul ini"),
        Key("once", BOOLEAN, "an obstacle happens at most once (default true)", "obstacle terjadi paling banyak sekali (bawaan true)"),
        Key("next", ref("node"), "a node to divert the story to", "simpul tujuan pembelokan cerita"),
    ),
    spec(
        "ending",
        ("an ending", "akhir cerita"),
        Key("id", WORD, "the ending's id", "id akhir cerita", R),
        Key("title", TEXT, "its title", "judulnya", R),
        Key("summary", TEXT, "what became of the village", "apa yang terjadi pada desa", R),
        Key("debrief", list_of(kind("either", TEXT, shape("question"))), "questions for the debrief", "pertanyaan untuk debrief", R),
        Key("if", CONDITION, "reached when this holds (the last ending has none)", "dicapai bila kondisi ini benar (akhir terakhir tanpa if)"),
        Key("best", BOOLEAN, "the outcome a trainee should aim for (one ending)", "hasil yang mestinya dituju peserta (satu akhir)"),
        Key("epilogue", list_of(shape("line")), "lines shown after the summary", "kalimat yang tampil sesudah ringkasan"),
    ),
    spec(
        "question",
        ("a debrief question with if", "pertanyaan debrief dengan if"),
        Key("text", TEXT, "the question", "pertanyaannya", R),
        Key("if", CONDITION, "asked only when this holds", "ditanyakan hanya bila kondisi ini benar"),
    ),
    spec(
        "text",
        ("a text in two languages", "teks dua bahasa"),
        Key("id", WORD, "in Indonesian", "dalam bahasa Indonesia"),
        Key("en", WORD, "in English", "dalam bahasa Inggris"),
    ),
)

PLAN = (
    spec(
        "plan-file",
        ("a play-plan file", "berkas rencana main"),
        Key("scenario", kind("word", "scenario"), "the scenario file, if not beside it", "berkas skenario, bila tidak di sebelahnya"),
        Key("plans", list_of(shape("plan")), "the playthroughs", "jalur-jalur permainan", R),
    ),
    spec(
        "plan",
        ("a plan", "rencana"),
        Key("name", WORD, "what the path is", "nama jalurnya"),
        Key("seed", INTEGER, "the seed for chance events (default 0)", "seed untuk peristiwa acak (bawaan 0)"),
        Key("choices", list_of(kind("word", "choice")), "choice ids, or numbers (1 is the first shown)", "id pilihan, atau nomor (1 yang pertama tampil)", R),
        Key("expect", shape("expect"), "what it must lead to", "hasil yang harus dicapai"),
    ),
    spec(
        "expect",
        ("what a plan expects", "harapan rencana"),
        Key("ending", ref("ending"), "the ending it reaches", "akhir yang dicapai"),
        Key("not_ending", words(ref("ending")), "endings it must not reach", "akhir yang tidak boleh dicapai"),
        Key("misconceptions", words(enum(MISCONCEPTIONS)), "exactly these tags, in any order", "persis tanda ini, urutan bebas"),
        Key("scores", kind("entries", kind("either", kind("number", low=0, high=100), shape("bounds"))), "{competency: score}, or {min, max}", "{kompetensi: skor}, atau {min, max}"),
        Key("events", words(ref("event")), "events that must have happened", "peristiwa yang harus terjadi"),
    ),
    spec(
        "bounds",
        ("a score range", "rentang skor"),
        Key("min", kind("number", low=0, high=100), "at least this score (0-100)", "skor paling rendah (0-100)"),
        Key("max", kind("number", low=0, high=100), "at most this score (0-100)", "skor paling tinggi (0-100)"),
    ),
)

CHECK = (
    spec(
        "check-file",
        ("a pre/post check file", "berkas cek awal dan akhir"),
        Key("format", kind("const", 1), "the format version", "versi format"),
        Key("id", WORD, "the check's id: the records name the check by it", "id cek: catatan sesi menyebut cek dengan id ini", R),
        Key("title", TEXT, "the check's title", "judul cek", R),
        Key("intro", TEXT, "what the trainee reads before the first item", "yang dibaca peserta sebelum soal pertama"),
        Key("items", kind("list", shape("check-item"), low=MIN_ITEMS, high=MAX_ITEMS), "the situations, two or three per misconception", "situasi-situasinya, dua atau tiga untuk tiap miskonsepsi", R),
    ),
    spec(
        "check-item",
        ("an item of a check", "soal cek"),
        Key("id", WORD, "the item's id: the records name the item by it, so choose it once", "id soal: catatan sesi menyebut soal dengan id ini, jadi tetapkan sekali saja", R),
        Key("duty", enum(DUTIES), "the duty the situation bears on", "tugas yang disentuh situasinya", R),
        Key("situation", TEXT, "a short scene, written as a scene of a scenario, not a definition", "adegan singkat, ditulis seperti adegan skenario, bukan definisi", R),
        Key("question", TEXT, "what the trainee is asked", "yang ditanyakan kepada peserta"),
        Key("options", kind("list", shape("check-option"), low=MIN_OPTIONS, high=MAX_OPTIONS), "one without a misconception and at least one with; shuffled for each sitting", "satu tanpa miskonsepsi dan sedikitnya satu dengan miskonsepsi; diacak tiap kali cek diambil", R),
    ),
    spec(
        "check-option",
        ("an option of a check item", "pilihan soal cek"),
        Key("id", WORD, "a stable id (default: item.number)", "id tetap (bawaan: soal.nomor)"),
        Key("text", TEXT, "what the trainee sees", "yang dilihat peserta", R),
        Key("misconceptions", words(enum(MISCONCEPTIONS)), "what this option shows: [] for none", "miskonsepsi yang ditunjukkan pilihan ini: [] bila tidak ada", C),
    ),
)

# fmt: on

SPECS = {s.name: s for s in SCENARIO + PLAN + CHECK}
