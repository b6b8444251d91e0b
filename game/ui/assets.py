"""Images and sounds: loaded once, scaled once per size, kept in small caches.

A scenario may name its own background or portrait (relative to its folder or
to assets/); otherwise a picture is chosen by location kind or character role.
"""

from __future__ import annotations

import array
import math
import re
from pathlib import Path

import pygame

from game.content import images

from .cache import ByteCache
from .theme import ASSETS

BACKGROUND_KINDS = (
    "village_hall",
    "office",
    "field",
    "market",
    "health_post",
    "home",
    "school",
    "river",
    "meeting",
)

KIND_ALIASES = {
    "balai_desa": "village_hall",
    "hall": "village_hall",
    "kantor": "office",
    "sawah": "field",
    "kebun": "field",
    "farm": "field",
    "pasar": "market",
    "posyandu": "health_post",
    "puskesmas": "health_post",
    "clinic": "health_post",
    "rumah": "home",
    "house": "home",
    "sekolah": "school",
    "sungai": "river",
    "musrenbang": "meeting",
    "pendopo": "meeting",
    "kecamatan": "office",
    "dinas": "office",
    "posko": "office",
    "kantor_desa": "office",
    "aula": "meeting",
    "masjid": "meeting",
    "musala": "meeting",
    "mosque": "meeting",
    "ladang": "field",
    "jalan": "field",
    "road": "field",
    "lapangan": "field",
    "pantai": "river",
    "beach": "river",
    "coast": "river",
    "dermaga": "river",
    "jetty": "river",
    "kali": "river",
    "pelelangan": "market",
    "warung": "market",
    "poskesdes": "health_post",
    "pustu": "health_post",
}

# role patterns (lower case, either language), tried in order -> portrait name
ROLE_PORTRAITS = (
    (r"religi|ulama|kyai|kiai|imam|pesantren|boarding school|adat|customary|tokoh|elder", "elder"),
    (r"pkk|posyandu", "pkk"),
    (
        r"kepala desa|village head|head of (?!the )\w+ (village|hamlet)\b|kades|lurah|kepala dusun|kadus",
        "village_head",
    ),
    (r"student|mahasiswa|pemuda|youth|karang taruna", "youth"),
    (r"petani|farmer|nelayan|fish|kelompok|group|warga|resident", "resident"),
    (r"dosen|lecturer|guru|teacher|auditor|inspektorat|expert|tenaga ahli|operator|analis|analyst", "staff"),
    (
        r"pendamping|facilitat|fasilitator|p3md|kpmd|cadre|kader|psm|self-help|swadaya|guide|pemandu",
        "facilitator",
    ),
    (
        r"csr|partner|mitra|company|perusahaan|\bpt\b|bank|direktur|director|bum ?desa|enterprise|firm|koperasi",
        "partner",
    ),
    (r"bidan|midwife|perawat|nurse|puskesmas|health|kesehatan", "health"),
    (
        r"bupati|camat|bappeda|dinas|office|bpbd|kabid|kasi|sekretaris|secretary|head of|kepala|staf|staff",
        "official",
    ),
)
PORTRAITS = (
    "village_head",
    "pkk",
    "facilitator",
    "health",
    "official",
    "staff",
    "resident",
    "youth",
    "partner",
    "elder",
)


def background_name(kind: str) -> str:
    """The picture for a location kind (either language); an unknown kind shows the village hall."""
    kind = (kind or "").strip().lower().replace(" ", "_").replace("-", "_")
    kind = KIND_ALIASES.get(kind, kind)
    return kind if kind in BACKGROUND_KINDS else "village_hall"


def portrait_name(role_texts) -> str:
    words = " ".join(r.lower() for r in role_texts if r)
    for pattern, name in ROLE_PORTRAITS:
        if re.search(pattern, words):
            return name
    return "resident"


# Decoded pictures are only needed to scale them again (a new window size, another card): a few are
# enough. Pictures at their drawn size: a screen's background, portraits, the picker's cards.
RAW_BYTES = 16 * 1024 * 1024  # in bytes of pixels (a 1600x900 background is 5.5 MB)
SCALED_BYTES = 32 * 1024 * 1024


class Images:
    def __init__(self):
        self._raw = ByteCache(RAW_BYTES)
        self._scaled = ByteCache(SCALED_BYTES)

    def load(self, path: Path, opaque: bool = False) -> pygame.Surface | None:
        key = str(path)
        if key not in self._raw:
            img = None
            if images.problem(path) is None:  # the header first: a hostile file never reaches the decoder
                try:
                    img = pygame.image.load(key)
                    if pygame.display.get_surface() is not None:
                        img = img.convert() if opaque else img.convert_alpha()
                except (pygame.error, FileNotFoundError, OSError, MemoryError):
                    img = None
            self._raw.put(key, img)
        return self._raw.get(key)

    def resolve(self, name: str | None, base: Path | None, fallback: Path) -> Path:
        if name:
            for root in (base, ASSETS):
                if root is None:
                    continue
                candidate = (root / name).resolve()
                if candidate.is_file():
                    return candidate
        return fallback

    def cover(self, path: Path, size) -> pygame.Surface | None:
        """The image scaled to fill `size`, cropped in the middle."""
        key = ("cover", str(path), tuple(size))
        if key in self._scaled:
            return self._scaled.get(key)
        img = self.load(path, opaque=True)
        out = None
        if img is not None and tuple(size) == img.get_size():
            out = img
        elif img is not None and size[0] > 0 and size[1] > 0:
            iw, ih = img.get_size()
            k = max(size[0] / iw, size[1] / ih)
            scaled = pygame.transform.smoothscale(img, (max(1, math.ceil(iw * k)), max(1, math.ceil(ih * k))))
            crop = pygame.Rect(0, 0, *size)
            crop.center = scaled.get_rect().center
            out = scaled.subsurface(crop.clip(scaled.get_rect())).copy()
            if pygame.display.get_surface() is not None:
                out = out.convert()  # opaque: the fastest kind of blit
        self._remember(key, out)
        return out

    def fit(self, path: Path, size: int) -> pygame.Surface | None:
        key = ("fit", str(path), size)
        if key in self._scaled:
            return self._scaled.get(key)
        img = self.load(path)
        out = None
        if img is not None and size > 0:
            out = pygame.transform.smoothscale(img, (size, size))
        self._remember(key, out)
        return out

    def _remember(self, key, value):
        self._scaled.put(key, value)


def background_path(kind: str) -> Path:
    return ASSETS / "backgrounds" / f"{background_name(kind)}.png"


def portrait_path(name: str) -> Path:
    return ASSETS / "portraits" / f"{name}.png"


# -- expressions ----------------------------------------------------------------

EXPRESSIONS = ("neutral", "pleased", "concerned")


def expression_path(path: Path, expression: str) -> Path:
    """faces/<id>.<expression>.png beside the neutral faces/<id>.png; the neutral picture when the
    portrait has no such file (the role portraits and a scenario's own pictures have none)."""
    if expression == "neutral" or expression not in EXPRESSIONS:
        return path
    candidate = path.with_name(f"{path.stem}.{expression}{path.suffix}")
    return candidate if candidate.is_file() else path


def _good(meter, delta: float) -> bool:
    """Whether a change is good news: up, unless the meter says lower is better."""
    lower_better = meter is not None and meter.better == "lower"
    return (delta < 0) if lower_better else (delta > 0)


def outcome_expression(scenario, deltas: dict, misconceptions) -> str:
    """The speaker's face on the outcome card: concerned when the choice revealed a misconception or
    the world mostly got worse, pleased when it mostly got better, otherwise neutral. Competency scores
    are the player's own and do not move a face."""
    if misconceptions:
        return "concerned"
    hidden = set(scenario.competencies())
    good = bad = 0
    for meter_id, delta in deltas.items():
        if meter_id in hidden or not delta:
            continue
        if _good(scenario.meters.get(meter_id), delta):
            good += 1
        else:
            bad += 1
    return "pleased" if good > bad else "concerned" if bad > good else "neutral"


def event_expression(kind: str) -> str:
    """An obstacle worries the speaker; a delayed consequence keeps a calm face."""
    return "concerned" if kind == "obstacle" else "neutral"


# -- sounds ---------------------------------------------------------------------

SOUND_SPECS = {  # name: list of (frequency Hz, seconds)
    "click": [(880, 0.035)],
    "up": [(660, 0.06), (990, 0.09)],
    "down": [(520, 0.06), (350, 0.1)],
    "event": [(440, 0.08), (554, 0.08), (659, 0.14)],
}


def tone(notes, rate: int = 22050, volume: float = 0.25) -> bytes:
    samples = array.array("h")
    for freq, secs in notes:
        n = int(rate * secs)
        for i in range(n):
            env = min(1.0, i / (rate * 0.005), (n - i) / (rate * 0.02))
            samples.append(int(32767 * volume * env * math.sin(2 * math.pi * freq * i / rate)))
    return samples.tobytes()


class Sounds:
    """UI sounds made in code; silent when off or when there is no audio device."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self._sounds: dict | None = None

    def _load(self):
        self._sounds = {}
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init(22050, -16, 1, 512, allowedchanges=0)
            freq, _, channels = pygame.mixer.get_init()
            for name, notes in SOUND_SPECS.items():
                raw = tone(notes, rate=freq)
                if channels == 2:
                    mono = array.array("h", raw)
                    stereo = array.array("h", (s for s in mono for _ in (0, 1)))
                    raw = stereo.tobytes()
                self._sounds[name] = pygame.mixer.Sound(buffer=raw)
        except (pygame.error, NotImplementedError, ValueError, OSError):
            self._sounds = {}

    def play(self, name: str) -> None:
        if not self.enabled:
            return
        if self._sounds is None:
            self._load()
        sound = self._sounds.get(name)
        if sound is not None:
            try:
                sound.play()
            except pygame.error:
                pass
