"""Headless Chromium phones for tests (selenium and /usr/bin/chromedriver): each phone its own browser,
so its own localStorage and token. `HAVE_PHONES` says whether this machine can run them."""

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:  # the test says so (skip)
    webdriver = None
HAVE_PHONES = webdriver is not None and os.path.exists(CHROMEDRIVER) and bool(CHROMIUM)
WHY_NOT = "headless phones need selenium (pip install -e '.[test]'), chromium and /usr/bin/chromedriver"


def phone(lang: str = "id"):
    """One phone: a headless Chromium 390x844 whose language is `lang` (id or en)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.add_argument("--window-size=390,844")
    accept = "en-US" if lang == "en" else "id-ID"
    options.add_argument(f"--lang={accept}")
    options.add_experimental_option("prefs", {"intl.accept_languages": accept})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    return driver


@contextmanager
def phones(langs):
    """Phones in these languages, started side by side, quit at the end whatever happens."""
    with ThreadPoolExecutor(len(langs)) as pool:
        started = list(pool.map(phone, langs))
    try:
        yield started
    finally:
        with ThreadPoolExecutor(len(started)) as pool:
            list(pool.map(lambda d: d.quit(), started))


def options_on(driver, count: int):
    """The page's option buttons once `count` of them are shown."""
    WebDriverWait(driver, 15).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#options button")) == count
    )
    return driver.find_elements(By.CSS_SELECTOR, "#options button")


def tap(driver, choice_id: str):
    """A finger on the option, then wait until the page marks it as this phone's vote."""
    css = f'#options button[data-choice="{choice_id}"]'
    driver.find_element(By.CSS_SELECTOR, css).click()
    WebDriverWait(driver, 10).until(
        lambda d: "mine" in d.find_element(By.CSS_SELECTOR, css).get_attribute("class")
    )


def status(driver) -> str:
    return driver.find_element(By.ID, "status").text
