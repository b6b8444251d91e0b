"""Every validator rule: the code, the line and column it points at. Wording is free to change."""

import os

from game.content import source
from game.content.loader import load_file, load_text

from ..conftest import ROOT
from ..scenario_text import BASE, load, replace


def codes(loaded):
    return sorted((d.code, d.pos.line) for d in loaded.diagnostics)


def only(loaded, code):
    found = [d for d in loaded.diagnostics if d.code == code]
    assert found, f"expected {code}, got {codes(loaded)}"
    return found


def test_base_scenario_is_clean():
    loaded = load()
    assert loaded.diagnostics == [] and loaded.ok


def test_every_object_knows_where_it_came_from():
    sc = load().scenario
    assert (sc.nodes["a"].pos.line, sc.nodes["a"].pos.col) == (15, 3)
    assert sc.nodes["a"].choices[1].pos.line == 23
    assert sc.endings[0].pos.line == 34 and sc.meters["trust"].pos.line == 9


def test_syntax_error_points_at_the_line():
    text = replace("      - text: {id: Halo, en: Hello}", "      - text: Kata Pak Kades: setuju")
    [d] = only(load(text), "B003")
    assert d.pos.line == 17 and "quote" in d.hint


def test_tab_indentation_is_a_syntax_error():
    [d] = only(load(BASE.replace("  a:\n", "\ta:\n")), "B003")
    assert d.pos.line == 15


def test_unknown_key_suggests_the_near_one():
    [d] = only(load(replace("        next: b\n", "        nxet: b\n")), "B011")
    assert d.pos.line == 22 and "next" in d.hint


def test_wrong_type_is_reported_with_position():
    [d] = only(
        load(replace("        effects: {collaboration: 2, trust: 10}", "        effects: [2, 10]")), "B010"
    )
    assert d.pos.line == 20


def test_a_word_where_a_number_belongs():
    [d] = only(
        load(replace("effects: {collaboration: 2, trust: 10}", "effects: {collaboration: banyak}")), "B059"
    )
    assert (d.pos.line, d.pos.col) == (20, 34)


def test_missing_required_key():
    loaded = load(BASE.replace("minutes: 2\n", ""))
    assert [d.code for d in loaded.diagnostics] == ["B012"]
    assert not loaded.ok


def test_duplicate_node_id():
    text = BASE.replace("  b:\n    choices:", "  a:\n    choices:")
    assert ("B013", 28) in codes(load(text))


def test_dangling_next_suggests_a_node():
    [d] = only(load(replace("        next: b\n", "        next: bb\n")), "B020")
    assert d.pos.line == 22 and "'b'" in d.hint


def test_unknown_speaker_and_location():
    text = replace(
        "      - text: {id: Halo, en: Hello}", "      - speaker: kades\n        text: {id: Halo, en: Hello}"
    )
    text = replace("  a:\n", "  a:\n    location: balai\n", text)
    loaded = load(text)
    assert only(loaded, "B021")[0].pos.line == 18
    assert only(loaded, "B022")[0].pos.line == 16  # the `location:` line itself


def test_undeclared_meter():
    [d] = only(load(replace("trust: 10}", "kepercayaan: 10}")), "B024")
    assert (d.pos.line, d.pos.col) == (20, 50)


def test_unknown_name_in_condition():
    [d] = only(load(replace("    if: trust >= 60", "    if: trusst >= 60")), "B025")
    assert (d.pos.line, d.pos.col) == (35, 9) and "trust" in d.hint


def test_flags_set_anywhere_are_known_names():
    text = replace("        next: b\n", "        set: {paved: true}\n        next: b\n")
    text = replace("    if: trust >= 60", "    if: paved and trust >= 60", text)
    assert load(text).diagnostics == []


def test_unknown_misconception_tag():
    [d] = only(load(replace("[solo_work]", "[solo_wrok]")), "B026")
    assert d.pos.line == 25


def test_bad_condition_points_at_the_character():
    [d] = only(load(replace("    if: trust >= 60", "    if: trust >= ")), "B027")
    assert d.pos.line == 35 and d.pos.col == 9 + len("trust >=")


def test_unreachable_node_is_a_warning():
    text = BASE.replace(
        "endings:",
        """  lost:
    choices:
      - text: {id: X, en: X}
        feedback: {id: X, en: X}
        next: END
endings:""",
    )
    loaded = load(text)
    [d] = only(loaded, "B030")
    assert d.severity == "warning" and loaded.ok


def test_node_with_no_way_to_an_ending():
    text = replace("        next: END", "        next: a")
    loaded = load(text)
    assert {d.pos.line for d in only(loaded, "B031")} == {15, 28}
    assert not loaded.ok


def test_choice_without_feedback():
    [d] = only(load(replace("        feedback: {id: Sepi, en: Lonely}\n", "")), "B032")
    assert d.pos.line == 23


def test_last_ending_must_have_no_condition():
    text = BASE.replace("  - id: plain\n", "  - id: plain\n    if: trust < 10\n")
    assert only(load(text), "B033")[0].pos.line == 39


def test_node_whose_choices_are_all_conditional():
    text = replace("        next: END", "        next: END\n        if: trust > 0")
    assert only(load(text), "B034")[0].pos.line == 28


def test_unscheduled_delayed_event_is_a_warning():
    text = (
        BASE + "events:\n  lonely:\n    kind: delayed\n    title: {id: A, en: A}\n    text: {id: A, en: A}\n"
    )
    [d] = only(load(text), "B035")
    assert d.severity == "warning" and d.pos.line == 44


def test_missing_translation_is_a_warning_that_falls_back():
    loaded = load(replace("{id: Halo, en: Hello}", "{id: Halo}"))
    [d] = only(loaded, "B040")
    assert d.severity == "warning" and d.pos.line == 17 and loaded.ok
    line = loaded.scenario.nodes["a"].lines[0].text
    assert line.get("en") == "Halo"


def test_format_version():
    assert only(load(BASE.replace("format: 1", "format: 7")), "B043")[0].pos.line == 1


def test_meter_range():
    text = replace("    start: 50\n", "    start: 150\n")
    assert only(load(text), "B050")[0].pos.line == 10


def test_bad_duration_and_probability():
    text = replace("        next: b\n", "        time: 3 fortnights\n        next: b\n")
    assert only(load(text), "B014")[0].pos.line == 22


def test_all_problems_are_reported_at_once():
    text = replace("        next: b\n", "        nxet: b\n")
    text = replace("[solo_work]", "[solo_wrok]", text)
    text = replace("{id: Halo, en: Hello}", "{id: Halo}", text)
    codes = {d.code for d in load(text).diagnostics}
    assert codes >= {"B011", "B026", "B040"} and "B012" not in codes  # nxet is read as next: one message


def test_aliases_are_refused():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi")
    )
    loaded = load_text(bomb, "bomb.yaml")
    assert [d.code for d in loaded.diagnostics] == ["B004"] and not loaded.ok


def test_deep_nesting_is_refused():
    deep = "a: " + "[" * 200 + "]" * 200 + "\n"
    assert [d.code for d in load_text(deep, "deep.yaml").diagnostics] == ["B051"]


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(source, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.yaml"
    path.write_text(BASE)
    assert [d.code for d in load_file(path).diagnostics] == ["B002"]


def test_unreadable_and_non_utf8_files(tmp_path):
    assert [d.code for d in load_file(tmp_path / "nope.yaml").diagnostics] == ["B001"]
    path = tmp_path / "latin.yaml"
    path.write_bytes(b"id: caf\xe9\n")
    assert [d.code for d in load_file(path).diagnostics] == ["B046"]


def test_python_tags_construct_nothing():
    text = replace("title: {id: Mini, en: Mini}", "title: !!python/object/apply:os.system ['echo hacked']")
    loaded = load(text)
    assert not loaded.ok and only(loaded, "B010")


def test_text_length_limit():
    long = "x" * 5000
    assert only(load(replace("{id: Halo, en: Hello}", f"{{id: {long}, en: Hello}}")), "B005")


def test_assets_must_exist_and_stay_inside(tmp_path):
    (tmp_path / "ok.png").write_bytes((ROOT / "assets" / "portraits" / "facilitator.png").read_bytes())
    outside = tmp_path.parent / "secret.png"
    outside.write_bytes(b"png")
    (tmp_path / "link.png").symlink_to(outside)
    text = BASE.replace(
        "meters:",
        """characters:
  a: {name: A, role: {id: A, en: A}, portrait: ok.png}
  b: {name: B, role: {id: B, en: B}, portrait: missing.png}
  c: {name: C, role: {id: C, en: C}, portrait: ../secret.png}
  d: {name: D, role: {id: D, en: D}, portrait: /etc/passwd}
  e: {name: E, role: {id: E, en: E}, portrait: link.png}
meters:""",
    )
    path = tmp_path / "s.yaml"
    path.write_text(text)
    loaded = load_file(path, assets_dir=tmp_path / "assets")
    assert codes(loaded) == [("B041", 10), ("B042", 11), ("B042", 12), ("B042", 13)]


def test_a_file_that_is_not_a_picture_is_refused_from_its_header(tmp_path):
    (tmp_path / "fake.png").write_bytes(b"<html>not a picture</html>")
    text = BASE.replace(
        "meters:",
        """characters:
  a: {name: A, role: {id: A, en: A}, portrait: fake.png}
meters:""",
    )
    path = tmp_path / "s.yaml"
    path.write_text(text)
    [d] = load_file(path, assets_dir=tmp_path / "assets").diagnostics
    assert (d.code, d.pos.line) == ("B044", 9) and "not a PNG" in d.message


def test_diagnostic_text_format():
    [d] = only(load(replace("        next: b\n", "        next: bb\n")), "B020")
    first = str(d).splitlines()[0]
    assert first.startswith("mini.yaml:22:15: error B020: ")
    assert "hint:" in str(d)


def test_references_point_at_the_line_that_names_them():
    text = BASE.replace("start: a\n", "start: aa\n").replace(
        "    max: 100\n", "    max: 100\n    kind: trust\n    stakeholder: nobody\n", 1
    )
    text = text.replace("  b:\n    choices:", "  b:\n    otherwise: zz\n    if: trust > 0\n    choices:")
    text += "events:\n  rain:\n    kind: obstacle\n    title: {id: A, en: A}\n    text: {id: A, en: A}\n    at: [nowhere]\n"
    loaded = load(text)
    lines = {
        (d.code, d.message.split("'")[1]): d.pos.line
        for d in loaded.diagnostics
        if d.code in ("B020", "B021")
    }
    assert lines[("B020", "aa")] == 7
    assert lines[("B021", "nobody")] == 15
    assert lines[("B020", "zz")] == 31
    assert lines[("B020", "nowhere")] == 52


def test_a_pipe_or_a_device_named_as_a_scenario_is_refused_not_read(tmp_path):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)  # reading it would wait for a writer forever
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")  # reading it would never end
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    for path, code in ((fifo, "B045"), (zero, "B045"), (loop, "B001")):
        [d] = load_file(path).diagnostics
        assert d.code == code, (path.name, str(d))
