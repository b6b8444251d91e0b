"""Portraits (issue 13): every character of every shipped scenario names an original face that fits them.

The faces come from assets/portraits/faces.json, drawn by `python -m game.tools.faces` into
assets/portraits/faces/ in each expression the catalog lists.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.slow  # every face drawn again and compared: about 8 s

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "assets"
CATALOG_PATH = ASSETS / "portraits" / "faces.json"
FACES = ASSETS / "portraits" / "faces"
SCENARIOS = sorted(p for p in (ROOT / "scenarios").glob("*.yaml") if not p.name.endswith(".plan.yaml"))
EXPRESSIONS = ("neutral", "pleased", "concerned")

WOMEN = ("bu", "ibu", "mbak", "nyai", "mak", "ni", "nyonya", "teh", "uni", "nona", "hajjah")
MEN = ("pak", "bapak", "mas", "bang", "kang", "cak", "ustaz", "ustadz", "kiai", "kyai", "haji", "om")


def catalog() -> dict:
    return json.loads(CATALOG_PATH.read_text(encoding="utf-8"))


def face_file(face_id: str, expression: str) -> Path:
    return FACES / (f"{face_id}.png" if expression == "neutral" else f"{face_id}.{expression}.png")


def characters(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8")).get("characters") or {}


def face_id(portrait: str) -> str | None:
    found = re.fullmatch(r"portraits/faces/([a-z0-9-]+)\.png", portrait or "")
    return found.group(1) if found else None


def gender_by_honorific(name: str) -> str | None:
    first = name.split()[0].lower().rstrip(".")
    if first in WOMEN:
        return "woman"
    if first in MEN:
        return "man"
    return None


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_every_character_names_a_face_with_all_its_expressions(path):
    faces = catalog()["faces"]
    for cid, character in characters(path).items():
        fid = face_id(character.get("portrait"))
        assert fid, f"{path.name}: {cid} names no face (portrait: portraits/faces/<id>.png)"
        assert fid in faces, f"{path.name}: {cid}'s face {fid} is not in the catalog"
        assert set(faces[fid]["expressions"]) == set(EXPRESSIONS), fid
        for expression in faces[fid]["expressions"]:
            assert face_file(fid, expression).is_file(), face_file(fid, expression)


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_no_two_characters_of_a_scenario_share_a_face(path):
    seen = {}
    for cid, character in characters(path).items():
        fid = face_id(character.get("portrait"))
        assert fid not in seen, f"{path.name}: {cid} and {seen[fid]} share the face {fid}"
        seen[fid] = cid


def test_honorifics_and_faces_agree():
    faces = catalog()["faces"]
    checked = 0
    for path in SCENARIOS:
        for cid, character in characters(path).items():
            expected = gender_by_honorific(character["name"])
            fid = face_id(character.get("portrait"))
            if expected and fid in faces:
                checked += 1
                assert faces[fid]["gender"] == expected, (
                    f"{path.name}: {character['name']} ({cid}) drawn as {fid}"
                )
    assert checked >= 50  # the library addresses most people by honorific


def test_honorific_reading():
    assert gender_by_honorific("Ibu Wa Ode Sitti") == "woman"
    assert gender_by_honorific("Mbak Rina") == "woman"
    assert gender_by_honorific("Pak La Ode Saleh") == "man"
    assert gender_by_honorific("Kiai Mahfud") == "man"
    assert gender_by_honorific("Dr. Wulan") is None  # the role and the lines say, not the title


def test_people_named_without_honorific_are_drawn_as_the_text_says():
    """Names the honorific rule cannot read, checked against the pronouns their scenes use."""
    faces = catalog()["faces"]
    known = {
        "wulan": "woman",
        "nisa": "woman",
        "hendra": "man",
        "raka": "man",
        "gilang": "man",
        "yogi": "man",
    }
    known |= {"joko": "man", "baso": "man"}
    found = {}
    for path in SCENARIOS:
        for cid, character in characters(path).items():
            if cid in known:
                found[cid] = faces[face_id(character["portrait"])]["gender"]
    assert found == known


def test_the_catalog_and_the_files_agree():
    data = catalog()
    faces = data["faces"]
    assert len(faces) >= 28
    expected = {face_file(fid, e).name for fid, entry in faces.items() for e in entry["expressions"]}
    present = {p.name for p in FACES.glob("*.png")}
    assert present == expected, (sorted(present - expected), sorted(expected - present))
    for fid, entry in faces.items():
        assert re.fullmatch(r"[a-z0-9-]+", fid), fid
        assert entry["gender"] in ("woman", "man") and entry["age"] in ("young", "adult", "older"), fid
        assert entry["headwear"] in ("hijab", "kerudung", "peci", "kopiah", "none"), fid
        assert "neutral" in entry["expressions"], fid
        assert entry["label"]["id"] and entry["label"]["en"], fid
        head = face_file(fid, "neutral").read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[16:24] == (512).to_bytes(4, "big") * 2, fid


def test_the_catalog_is_varied():
    faces = list(catalog()["faces"].values())
    women = [f for f in faces if f["gender"] == "woman"]
    men = [f for f in faces if f["gender"] == "man"]
    assert {f["headwear"] for f in women} >= {"hijab", "kerudung", "none"}
    assert {f["hair"] for f in women if f["headwear"] == "none"} >= {"bun", "long", "bob"}
    assert {f["headwear"] for f in men} >= {"peci", "none"}
    for group in (women, men):
        assert {f["age"] for f in group} == {"young", "adult", "older"}
        assert any(f.get("glasses", "none") != "none" for f in group)
    assert {f["clothes"] for f in faces} >= {"pdh", "health", "batik", "farmer"}
    assert any(f.get("hat") == "caping" for f in faces)
    assert len({f["skin"] for f in faces}) >= 5


@pytest.fixture(scope="module")
def drawing():
    pygame = pytest.importorskip("pygame")
    from game.tools import faces

    pygame.display.init()
    return pygame, faces


def test_drawing_is_deterministic_and_expressions_differ(drawing):
    pygame, faces = drawing
    specs = faces.specs(faces.load_catalog(CATALOG_PATH))
    spec = specs["w-young-hijab-rose-pdh"]
    first = pygame.image.tobytes(faces.draw(spec, "neutral"), "RGBA")
    again = pygame.image.tobytes(faces.draw(spec, "neutral"), "RGBA")
    assert first == again
    pleased = pygame.image.tobytes(faces.draw(spec, "pleased"), "RGBA")
    concerned = pygame.image.tobytes(faces.draw(spec, "concerned"), "RGBA")
    assert len({first, pleased, concerned}) == 3


def test_written_files_are_the_same_bytes_twice(drawing, tmp_path):
    _, faces = drawing
    one = faces.write(["m-older-kopiah-beard-shawl"], tmp_path / "one", CATALOG_PATH)
    two = faces.write(["m-older-kopiah-beard-shawl"], tmp_path / "two", CATALOG_PATH)
    assert [p.name for p in one] == [p.name for p in two] and len(one) == 3
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(one, two))


def test_shipped_files_are_what_the_generator_draws(drawing):
    pygame, faces = drawing
    data = faces.load_catalog(CATALOG_PATH)
    if data.get("drawn_with") != f"pygame-ce {pygame.version.ver}":
        pytest.skip(f"the faces were drawn with {data.get('drawn_with')}; pixels may differ by a pixel here")
    for fid, spec in faces.specs(data).items():
        for expression in spec.expressions:
            shipped = pygame.image.load(str(face_file(fid, expression)))
            drawn = faces.draw(spec, expression)
            assert pygame.image.tobytes(shipped, "RGBA") == pygame.image.tobytes(drawn, "RGBA"), (
                fid,
                expression,
            )


def test_a_wrong_catalog_entry_is_named(drawing):
    _, faces = drawing
    with pytest.raises(ValueError, match="x-1: .*headwear 'helmet'"):
        faces.spec_from_entry("x-1", {"gender": "man", "headwear": "helmet"})
    with pytest.raises(ValueError, match="x-2: skin"):
        faces.spec_from_entry("x-2", {"gender": "woman", "skin": "green"})
