"""Original portraits drawn from a catalog: `python -m game.tools.faces` writes assets/portraits/faces/.

assets/portraits/faces.json names each face (id -> who it shows: gender, age group, headwear, hair,
skin tone, glasses, clothes, the expressions drawn). Each face is drawn in every expression it lists,
as 512x512 PNGs with transparency: faces/<id>.png (neutral) and faces/<id>.<expression>.png. The same
catalog always gives the same pixels. `python -m game.tools.faces ID...` draws only those faces;
`--out FOLDER` writes elsewhere (the catalog is still read from assets/).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.resources import ASSETS_DIR

from . import face_body, face_features, face_head
from .face_features import EXPRESSIONS
from .face_paint import HAIR, SIZE, SKIN, Geometry, rgb

CATALOG = ASSETS_DIR / "portraits" / "faces.json"
FACES_DIR = ASSETS_DIR / "portraits" / "faces"

GENDERS = ("woman", "man")
AGES = ("young", "adult", "older")
HEADWEAR = ("hijab", "kerudung", "peci", "kopiah", "none")
HIJAB_STYLES = ("plain", "pinned", "patterned", "dotted", "ciput", "long")
HAIR_STYLES = ("short", "side", "crew", "curly", "styled", "receding", "bald", "bun", "long", "bob", "none")
BEARDS = ("none", "mustache", "thin-mustache", "goatee", "beard")
GLASSES = ("none", "round", "square")
CLOTHES = tuple(face_body.DETAILS)
PATTERNS = (None, "rings", "parang", "kawung", "dots")


@dataclass(frozen=True)
class FaceSpec:
    """One catalog entry, with its colours resolved to RGB."""

    id: str
    gender: str
    age: str
    skin: tuple
    skin_tone: str
    headwear: str
    headwear_style: str
    headwear_color: tuple
    headwear_accent: tuple
    hat: str
    hair: str
    hair_color: tuple
    brow_color: tuple
    beard: str
    beard_color: tuple | None
    glasses: str
    glasses_color: tuple
    clothes: str
    clothes_color: tuple
    clothes_accent: tuple
    pattern: str | None
    shawl: tuple | None
    expressions: tuple


def _color(value, default):
    if value is None:
        return default
    if isinstance(value, str) and value in HAIR:
        return HAIR[value]
    return rgb(value)


def _choice(entry: dict, key: str, allowed, default):
    value = entry.get(key, default)
    if value not in allowed:
        raise ValueError(f"{key} '{value}' is not one of {', '.join(str(a) for a in allowed)}")
    return value


def spec_from_entry(face_id: str, entry: dict) -> FaceSpec:
    """A FaceSpec from one catalog entry; ValueError names the field that is wrong."""
    tone = entry.get("skin", "medium")
    if tone not in SKIN:
        raise ValueError(f"{face_id}: skin '{tone}' is not one of {', '.join(SKIN)}")
    try:
        hair_color = _color(entry.get("hair_color"), HAIR["black"])
        grey = hair_color in (HAIR["grey"], HAIR["white"])
        expressions = tuple(entry.get("expressions", EXPRESSIONS))
        if "neutral" not in expressions or not set(expressions) <= set(EXPRESSIONS):
            raise ValueError(f"expressions must include neutral and come from {', '.join(EXPRESSIONS)}")
        headwear = _choice(entry, "headwear", HEADWEAR, "none")
        return FaceSpec(
            id=face_id,
            gender=_choice(entry, "gender", GENDERS, None),
            age=_choice(entry, "age", AGES, "adult"),
            skin=SKIN[tone],
            skin_tone=tone,
            headwear=headwear,
            headwear_style=_choice(entry, "headwear_style", HIJAB_STYLES, "plain"),
            headwear_color=_color(entry.get("headwear_color"), (30, 30, 34)),
            headwear_accent=_color(entry.get("headwear_accent"), (240, 236, 226)),
            hat=_choice(entry, "hat", ("none", "caping"), "none"),
            hair=_choice(entry, "hair", HAIR_STYLES, "none" if headwear == "hijab" else "short"),
            hair_color=hair_color,
            brow_color=_color(entry.get("brow_color"), HAIR["salt-pepper"] if grey else hair_color),
            beard=_choice(entry, "beard", BEARDS, "none"),
            beard_color=_color(entry.get("beard_color"), None),
            glasses=_choice(entry, "glasses", GLASSES, "none"),
            glasses_color=_color(entry.get("glasses_color"), (44, 42, 46)),
            clothes=_choice(entry, "clothes", CLOTHES, "shirt"),
            clothes_color=_color(entry.get("clothes_color"), (90, 110, 140)),
            clothes_accent=_color(entry.get("clothes_accent"), (240, 236, 226)),
            pattern=_choice(entry, "pattern", PATTERNS, None),
            shawl=_color(entry.get("shawl"), None),
            expressions=expressions,
        )
    except ValueError as exc:
        raise ValueError(f"{face_id}: {exc}") from None


def load_catalog(path: Path = CATALOG) -> dict:
    """The catalog file as read (its 'faces' map holds the entries)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def specs(catalog: dict) -> dict:
    return {face_id: spec_from_entry(face_id, entry) for face_id, entry in catalog["faces"].items()}


def file_name(face_id: str, expression: str = "neutral") -> str:
    return f"{face_id}.png" if expression == "neutral" else f"{face_id}.{expression}.png"


def draw(spec: FaceSpec, expression: str = "neutral") -> pygame.Surface:
    """One face in one expression on a new 512x512 transparent surface."""
    if expression not in spec.expressions:
        raise ValueError(f"{spec.id} has no '{expression}' expression")
    s = pygame.Surface((SIZE, SIZE), pygame.SRCALPHA)
    g = Geometry(spec.gender == "woman", spec.headwear == "hijab")
    face_body.body(s, spec, g)
    if spec.headwear == "kerudung":
        face_head.kerudung_back(s, spec, g)
    elif spec.headwear != "hijab":
        face_head.hair_back(s, spec, g)
    face_body.neck(s, spec, g)
    if spec.shawl:
        face_body.shawl(s, spec, g)
    if spec.headwear == "hijab":
        face_head.hijab(s, spec, g)
    elif spec.headwear != "kerudung":
        face_head.ears(s, spec, g)
    face_head.face(s, spec, g)
    if spec.headwear == "kerudung":
        face_head.kerudung_front(s, spec, g)
    elif spec.headwear != "hijab":
        face_head.hair_front(s, spec, g)
    face_features.features(s, spec, g, expression)
    face_head.earrings(s, spec, g)
    face_head.hat(s, spec, g)
    face_head.brooch(s, spec)
    if spec.clothes == "health":
        face_body.stethoscope(s, g)
    return s


def write(ids=None, out: Path = FACES_DIR, catalog_path: Path = CATALOG) -> list:
    """Draw the faces (all, or those named) in all their expressions; the paths written."""
    all_specs = specs(load_catalog(catalog_path))
    unknown = [i for i in ids or () if i not in all_specs]
    if unknown:
        raise SystemExit(f"no such face in {catalog_path.name}: {', '.join(unknown)}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for face_id, spec in all_specs.items():
        if ids and face_id not in ids:
            continue
        for expression in spec.expressions:
            path = out / file_name(face_id, expression)
            pygame.image.save(draw(spec, expression), str(path))
            written.append(path)
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.tools.faces", description=__doc__.split("\n")[0])
    parser.add_argument("ids", nargs="*", help="only these faces (default: every face in the catalog)")
    parser.add_argument(
        "--out", type=Path, default=FACES_DIR, help="the folder to write (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    for path in write(args.ids, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
