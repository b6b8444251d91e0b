"""Headless Chromium (and its driver) for the browser tests, looked up when a test needs them.

.ci/run installs them in the background while the other tests run; BERDAYA_BROWSERS_PENDING then names
a file that appears once that install has ended, however it ended, and a browser test waits for it
(conftest.py puts the browser test files last). Without the variable nothing waits.
"""

import os
import shutil
import time

WAIT_S = 900  # longer than any install: CI's own limit ends the run first
WHY_NO_CHROMIUM = "Chromium is not installed (apt-get install chromium)"
WHY_NO_PHONES = "headless phones need selenium (pip install -e '.[test]'), chromium and chromium-driver"


def _install_ended() -> None:
    marker = os.environ.get("BERDAYA_BROWSERS_PENDING")
    if not marker:
        return
    end = time.monotonic() + WAIT_S
    while not os.path.exists(marker) and time.monotonic() < end:
        time.sleep(0.5)


def chromium() -> str | None:
    _install_ended()
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def chromedriver() -> str | None:
    _install_ended()
    return shutil.which("chromedriver")


def selenium_ready() -> bool:
    try:
        import selenium.webdriver  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True
