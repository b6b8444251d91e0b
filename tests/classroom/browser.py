"""Headless Chromium phones for tests (selenium and chromedriver): each phone its own browser, so its own
localStorage and token. A test that uses them asks for the `phones_ready` fixture (tests/conftest.py),
which skips it on a machine without them."""

from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from .. import browsers

try:
    from selenium import webdriver
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
except ImportError:  # the test says so (skip)
    webdriver = None


def phone(lang: str = "id"):
    """One phone: a headless Chromium 390x844 whose language is `lang` (id or en)."""
    options = webdriver.ChromeOptions()
    options.binary_location = browsers.chromium()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.add_argument("--window-size=390,844")
    accept = "en-US" if lang == "en" else "id-ID"
    options.add_argument(f"--lang={accept}")
    options.add_experimental_option("prefs", {"intl.accept_languages": accept})
    driver = webdriver.Chrome(service=Service(executable_path=browsers.chromedriver()), options=options)
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
    """A finger on the option, then wait until the page marks it as this phone's vote (read in one
    script: the page rebuilds its buttons when the vote changes, so a found element may be replaced)."""
    css = f'#options button[data-choice="{choice_id}"]'
    for _ in range(3):  # a button replaced between finding it and the click: find it again
        try:
            driver.find_element(By.CSS_SELECTOR, css).click()
            break
        except StaleElementReferenceException:
            continue
    WebDriverWait(driver, 10).until(lambda d: "mine" in read(d, css, "className"))


def read(driver, css: str, what: str) -> str:
    """An attribute of the element at `css` ('' when there is none), read in one step."""
    return driver.execute_script(
        "var e = document.querySelector(arguments[0]); return e ? String(e[arguments[1]] || '') : '';",
        css,
        what,
    )


def mine(driver) -> str:
    """The choice this phone's page shows as its vote ('' for none)."""
    return driver.execute_script(
        "var e = document.querySelector('#options button.mine'); return e ? e.getAttribute('data-choice') : '';"
    )


def status(driver) -> str:
    return driver.find_element(By.ID, "status").text
