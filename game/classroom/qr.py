"""The QR code of the phones' address, as rows of dark (True) and light modules with the quiet zone.

segno (pure Python, no dependencies, a complete and tested QR encoder) makes it; the window paints the
matrix. Imported here only when a class votes from phones.
"""

from __future__ import annotations


def matrix(text: str, border: int = 4) -> list:
    import segno  # noqa: PLC0415

    code = segno.make(text, error="m", micro=False)
    return [[bool(dark) for dark in row] for row in code.matrix_iter(border=border)]
