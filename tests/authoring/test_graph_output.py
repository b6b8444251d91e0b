"""graph -o replaces only a file graph itself wrote (a trainer's photo.png is not one), says so in
both languages, and strings --export writes only under a .csv name."""

import contextlib
import io
import struct
import subprocess
import zlib

import pytest

from game import cli
from game.authoring.output import GRAPH_OWN, OutputError, check_output, looks_like_graph_png, mark_png

from .test_output import refused, scenario  # noqa: F401 (the fixture)


def run(*args):
    """The command in this process (the machine may be busy: no interpreter start for each run)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(list(args))
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


OUTPUTS = ("map.html", "g.svg", "g.png", "g.dot", "g.mmd", "g.md")


def png(path, *chunks):
    """A small valid PNG (one white pixel), with extra chunks after its header."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    body = chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff")) + chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + header + b"".join(chunk(k, d) for k, d in chunks) + body)
    return path


def test_a_photo_is_not_overwritten(scenario, tmp_path):  # noqa: F811
    photo = png(tmp_path / "foto-pelatihan.png", (b"tEXt", b"Software\x00GIMP 2.10"))
    before = photo.read_bytes()
    done = run("graph", str(scenario), "-o", str(photo), "--lang", "id")
    refused(done, "kesalahan:", "--force", "sudah ada")  # in the trainer's language only
    assert "already exists" not in done.stderr and "error:" not in done.stderr
    assert photo.read_bytes() == before
    english = run("graph", str(scenario), "-o", str(photo), "--lang", "en")
    refused(english, "error:", "already exists")
    assert "sudah ada" not in english.stderr
    assert run("graph", str(scenario), "-o", str(photo), "--force").returncode == 0
    assert looks_like_graph_png(photo) and photo.read_bytes() != before


@pytest.mark.parametrize("name", OUTPUTS)
def test_a_graph_replaces_the_graph_it_wrote_but_not_another_file(scenario, tmp_path, name):  # noqa: F811
    out = tmp_path / name
    for _ in range(2):  # the second run knows the first one's file as its own
        done = run("graph", str(scenario), "-o", str(out))
        assert done.returncode == 0, done.stderr
    foreign = tmp_path / ("other" + out.suffix)
    foreign.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'><circle r='4'/></svg>\n")
    refused(run("graph", str(scenario), "-o", str(foreign)), "not a graph this command wrote")
    assert foreign.read_bytes().startswith(b"<svg xmlns='http")


def test_an_empty_file_may_be_written(scenario, tmp_path):  # noqa: F811
    out = tmp_path / "new.png"
    out.write_bytes(b"")
    assert run("graph", str(scenario), "-o", str(out)).returncode == 0
    assert out.read_bytes().startswith(b"\x89PNG")


def test_graphs_written_by_earlier_versions_are_still_known(tmp_path):
    svg = tmp_path / "old.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10" '
        'font-family="DejaVu Sans, sans-serif">\n<title>x</title>\n<defs><marker id="arrow" viewBox="0 0 10 10"',
        encoding="utf-8",
    )
    mermaid = tmp_path / "old.mmd"
    mermaid.write_text('flowchart TD\n    n0["a"]\n', encoding="utf-8")
    for path in (svg, mermaid):
        assert check_output(path, GRAPH_OWN) == path
    readme = tmp_path / "README.md"
    readme.write_text("# Catatan\n```mermaid\nflowchart TD\n```\n", encoding="utf-8")
    with pytest.raises(OutputError):
        check_output(readme, GRAPH_OWN)


def test_mark_png_keeps_the_picture_readable(tmp_path):
    path = png(tmp_path / "g.png")
    mark_png(path)
    data = path.read_bytes()
    assert looks_like_graph_png(path) and data.count(b"tEXtSoftware") == 1
    offset, kinds = 8, []
    while offset < len(data):  # every chunk's length and CRC still add up
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind, body = data[offset + 4 : offset + 8], data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert zlib.crc32(kind + body) == crc, kind
        kinds.append(kind)
        offset += 12 + length
    assert kinds == [b"IHDR", b"tEXt", b"IDAT", b"IEND"]
    mark_png(path)
    assert path.read_bytes() == data  # marked once


@pytest.mark.parametrize("name", ("teks.xlsx", "teks.xls", "teks.ods", "teks.txt", "teks"))
def test_strings_export_refuses_a_name_that_is_not_csv(scenario, tmp_path, name):  # noqa: F811
    out = tmp_path / name
    done = run("strings", str(scenario), "--export", str(out), "--lang", "en")
    refused(done, "teks.csv", "nothing was written")
    refused(
        run("strings", str(scenario), "--export", str(out), "--lang", "id"),
        "teks.csv",
        "tidak ada yang ditulis",
    )
    assert not out.exists()
    assert run("strings", str(scenario), "--export", str(tmp_path / "teks.CSV")).returncode == 0
