"""Pictures a scenario names: they exist, stay with the scenario, and are safe to decode."""

from __future__ import annotations

import struct

from .descriptor import ERROR, Descriptor, Example

_PORTRAIT = "{name: Bu Wati}"


def _png(width: int, height: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + struct.pack(">II", width, height) + bytes(8)


_SAVE = (
    "save it as a PNG or JPEG of at most 3840x2160 pixels (1920x1080 is plenty)",
    "simpan sebagai PNG atau JPEG paling besar 3840x2160 piksel (1920x1080 sudah cukup)",
)

DESCRIPTORS = (
    Descriptor(
        "B041",
        "missing-asset",
        ERROR,
        "An image or sound file that does not exist",
        ("the file '{path}' does not exist", "berkas '{path}' tidak ada"),
        (
            "check the spelling; paths are relative to the scenario's folder or to assets/",
            "periksa ejaannya; jalur dihitung dari folder skenario atau dari assets/",
        ),
        doc="A `portrait` or `background` names a file that does not exist. Paths are relative to the "
        "scenario's folder, then to `assets/`. Fix: check the spelling and where the file is.",
        example=Example(_PORTRAIT, "{name: Bu Wati, portrait: hilang.png}"),
    ),
    Descriptor(
        "B042",
        "asset-outside",
        ERROR,
        "An asset path that leaves the allowed folders",
        (
            "the asset path '{path}' leaves the scenario's folder",
            "jalur '{path}' keluar dari folder skenario",
        ),
        (
            "put the file in the scenario's folder or in assets/ and give a relative path",
            "taruh berkasnya di folder skenario atau di assets/, lalu tulis jalur relatif",
        ),
        doc="An asset path leaves the scenario's folder and `assets/` (`../`, an absolute path, or a link "
        "that points elsewhere). Scenarios are shared between trainers, so they may only use files that "
        "travel with them. Fix: copy the image next to the scenario and use a relative path.",
        example=Example(_PORTRAIT, "{name: Bu Wati, portrait: ../../wati.png}"),
    ),
    Descriptor(
        "B044",
        "bad-image",
        ERROR,
        "A picture that is not a PNG, JPEG, GIF or BMP",
        (
            "the picture '{path}' is not a PNG, JPEG, GIF or BMP picture",
            "gambar '{path}' bukan gambar PNG, JPEG, GIF atau BMP",
        ),
        _SAVE,
        doc="The game reads only the picture's header to check it, so a hostile file never reaches the "
        "decoder. Fix: save the picture as a PNG or JPEG.",
        example=Example(_PORTRAIT, "{name: Bu Wati, portrait: wati.png}", files=(("wati.png", b"hello"),)),
    ),
    Descriptor(
        "B084",
        "image-too-large",
        ERROR,
        "A picture with too many pixels to decode safely",
        (
            "the picture '{path}' is {width}x{height} pixels (at most {side} on a side and about 4K x 2)",
            "gambar '{path}' berukuran {width}x{height} piksel (paling besar {side} per sisi dan sekitar 2 x 4K)",
        ),
        _SAVE,
        doc="More than 8192 pixels on a side, or more than about two 4K screens of pixels. Fix: save it "
        "at most 3840x2160; 1920x1080 is plenty for a background and 512x512 for a portrait.",
        example=Example(
            _PORTRAIT, "{name: Bu Wati, portrait: wati.png}", files=(("wati.png", _png(30000, 30000)),)
        ),
    ),
    Descriptor(
        "B088",
        "image-file-too-large",
        ERROR,
        "A picture file over 32 MB",
        (
            "the picture '{path}' is {mb} MB (at most {limit} MB)",
            "berkas gambar '{path}' {mb} MB (paling besar {limit} MB)",
        ),
        _SAVE,
        doc="Fix: save the picture again as a JPEG, or at a smaller size.",
        no_example="a 32 MB file",
    ),
    Descriptor(
        "B089",
        "image-no-pixels",
        ERROR,
        "A picture whose header says it has no pixels",
        ("the picture '{path}' says it has no pixels", "gambar '{path}' menyatakan tidak punya piksel"),
        _SAVE,
        doc="The file is damaged or not finished. Fix: save the picture again.",
        example=Example(_PORTRAIT, "{name: Bu Wati, portrait: wati.png}", files=(("wati.png", _png(0, 10)),)),
    ),
    Descriptor(
        "B085",
        "image-unreadable",
        ERROR,
        "A picture file that cannot be read",
        ("the picture '{path}' cannot be read ({why})", "gambar '{path}' tidak bisa dibaca ({why})"),
        (
            "check that it is an ordinary file you may read, not a folder or a link to one",
            "pastikan itu berkas biasa yang boleh dibaca, bukan folder atau tautan ke folder",
        ),
        doc="Fix: copy the picture again next to the scenario, as an ordinary file.",
        no_example="a property of the file on disk, not of its text",
    ),
)
