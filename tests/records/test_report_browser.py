"""The class report of a 12-laptop workshop (24 sessions) in headless Chromium: at projector size the
overview fills no more than the first screen (1920x1080 and 1280x720) and no option text is clipped;
printed, it is A4 with a sane number of pages; with --anonymous no learner's name or id is in it."""

from __future__ import annotations

import re
import shutil
import subprocess
from html import escape

import pytest

from game.records.report import build_report
from game.records.report_data import zone_named

from .. import browsers
from .workshop import NAMES, NOW, scenarios, workshop_sessions

pytestmark = pytest.mark.slow  # a workshop played through the recorder, and four Chromium runs: ~15 s

needs_chromium = pytest.mark.usefixtures("chromium_path")  # skips without Chromium (conftest.py)
A4 = (595.0, 842.0)  # points

# measured in the page itself (the report carries no script; this copy is only for the test)
MEASURE = """<script>
const box = document.getElementById('overview').getBoundingClientRect();
const clipped = [...document.querySelectorAll('.otext, .tag, .share')].filter(e => e.scrollWidth > e.clientWidth + 1);
const b = document.body.dataset;
b.overviewBottom = Math.ceil(box.bottom + window.scrollY);
b.viewport = innerWidth + 'x' + innerHeight;
b.clipped = clipped.length; b.what = clipped.map(e => e.className + ':' + e.textContent.slice(0, 40)).join('|');
b.wider = document.documentElement.scrollWidth > innerWidth ? 'yes' : 'no';
</script></body>"""


@pytest.fixture(scope="module")
def workshop(tmp_path_factory):
    folder = tmp_path_factory.mktemp("workshop")
    sessions = workshop_sessions(folder / "records.sqlite3")
    assert len(sessions) == 24
    words = scenarios()
    html = build_report(sessions, "id", NOW, words, zone=zone_named("Asia/Jakarta"))
    anonymous = build_report(sessions, "id", NOW, words, zone=zone_named("Asia/Jakarta"), anonymous=True)
    (folder / "r.html").write_text(html, encoding="utf-8")
    return folder, sessions, html, anonymous


def chromium(*args, timeout=120) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [browsers.chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
        capture_output=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def test_the_anonymous_report_names_nobody(workshop):
    _, sessions, html, anonymous = workshop
    secrets = {s["player"] for s in sessions} | {s["learner_id"] for s in sessions}
    assert secrets >= set(NAMES)
    for secret in secrets:
        assert secret in html  # the named report has them, the anonymous one none (nor escaped)
        assert secret.casefold() not in anonymous.casefold() and escape(secret) not in anonymous, secret
    assert "Refleksi" in anonymous and "Per peserta" not in anonymous


@needs_chromium
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=["1080p", "720p"])
def test_the_overview_fits_the_first_screen(workshop, size):
    folder, _, html, _ = workshop
    page = folder / f"measure-{size[0]}.html"
    page.write_text(html.replace("</body>", MEASURE), encoding="utf-8")
    dom = chromium(f"--window-size={size[0]},{size[1]}", "--dump-dom", page.as_uri()).stdout.decode()
    facts = dict(re.findall(r'data-(overview-bottom|viewport|clipped|wider|what)="([^"]*)"', dom))
    assert facts["viewport"].startswith(f"{size[0]}x")  # the layout depends on the width only
    assert 0 < int(facts["overview-bottom"]) <= size[1], facts
    assert facts["clipped"] == "0" and facts["wider"] == "no", facts
    if size == (1920, 1080):
        shot = folder / "report-1080p.png"
        chromium("--window-size=1920,1080", f"--screenshot={shot}", (folder / "r.html").as_uri())
        assert shot.stat().st_size > 10_000


@needs_chromium
def test_it_prints_on_a4_in_a_sane_number_of_pages(workshop):
    folder = workshop[0]
    pdf = folder / "report.pdf"
    chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", (folder / "r.html").as_uri())
    data = pdf.read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
    assert boxes and all(abs(float(w) - A4[0]) < 2 and abs(float(h) - A4[1]) < 2 for _, _, w, h in boxes)
    # the overview, two scenarios of ~20 decisions each with every option in full, reflections,
    # endings, and 24 paths: 33 Letter pages before, most of them half empty
    assert 6 <= pages <= 32, pages
    if shutil.which("gs"):  # the first page is the overview, not a blank page with a title
        first = folder / "page1.png"
        subprocess.run(
            ["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pnggray", "-r30", "-dFirstPage=1", "-dLastPage=1",
             f"-sOutputFile={first}", str(pdf)],
            check=True,
            timeout=60,
        )  # fmt: skip
        assert _ink(first) > 0.04


def _ink(png) -> float:
    """The share of dark pixels on a greyscale PNG."""
    import pygame

    image = pygame.image.load(str(png))
    w, h = image.get_size()
    dark = sum(1 for x in range(0, w, 2) for y in range(0, h, 2) if image.get_at((x, y))[0] < 160)
    return dark / ((w // 2 + w % 2) * (h // 2 + h % 2))
