"""What Berdaya and an LRS say to each other: addresses, the request's words, the answer's meaning.

target(url) -> Target(endpoint, user, password); shown(url) prints a URL without its secrets
equivalent(sent, held): the LRS holds this statement
"""

from __future__ import annotations

import base64
import datetime
import json
import urllib.error
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit, urlunsplit

XAPI_VERSION = "1.0.3"
BATCH = 200  # statements per POST (measured against Ralph 5.1: 200 sent 2,600 statements in half the
# time 50 took); an LRS that finds a batch too large (413) gets it in halves
CONNECT_TIMEOUT = 10.0  # seconds to open a connection
READ_TIMEOUT = 30.0  # seconds the LRS may stay silent while answering
TOTAL_TIMEOUT = 120.0  # seconds for the whole send, whatever the server does
MAX_ANSWER = 8 * 1024 * 1024  # bytes of an answer we read
MAX_HOPS = 3  # redirects followed within the same origin
LEDGER_FORMAT = "berdaya-xapi-sent"
EQUIVALENT = (
    "actor",
    "verb",
    "object",
    "id",
    "result",
    "context",
    "attachments",
)  # what an LRS must not change


class LrsError(Exception):
    """The LRS did not take the statements; the message says why and where they were kept."""


class TooLarge(LrsError):
    """The LRS answered 413 Payload Too Large: send fewer statements at a time."""


@dataclass(frozen=True)
class Target:
    """The LRS's statements resource, without credentials, and the credentials the URL carried."""

    endpoint: str
    user: str | None = None
    password: str | None = None

    @property
    def shown(self) -> str:
        return shown(self.endpoint)


def statements_url(url: str) -> str:
    """The LRS's statements resource from its base URL (or the resource itself), without credentials."""
    return target(url).endpoint


def target(url: str) -> Target:
    """Split user:password@ out of the URL; LrsError for what is not an http(s) address."""
    try:
        parts = urlsplit(url.strip())
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise LrsError(f"The LRS address {shown(url)} is not a web address ({exc}).") from None
    if parts.scheme not in ("http", "https") or not host:
        raise LrsError(f"The LRS address {shown(url)} is not an http:// or https:// address.")
    netloc = (f"[{host}]" if ":" in host else host) + (f":{port}" if port else "")
    path = parts.path.rstrip("/")
    path = path if path.endswith("/statements") else path + "/statements"
    endpoint = urlunsplit((parts.scheme, netloc, path, "", ""))
    user = unquote(parts.username) if parts.username is not None else None
    password = unquote(parts.password) if parts.password is not None else None
    return Target(endpoint, user, password)


def shown(url: str) -> str:
    """A URL as it may be printed: no user, no password, no query (it may hold a token)."""
    try:
        parts = urlsplit(str(url))
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "(an address that cannot be read)"
    return urlunsplit((parts.scheme, (f"[{host}]" if ":" in host else host) + port, parts.path, "", ""))


def origin(url: str) -> tuple:
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme)
    try:
        port = parts.port or default
    except ValueError:
        port = None
    return (parts.scheme, (parts.hostname or "").lower(), port)


def equivalent(sent: dict, held: dict) -> bool:
    """The LRS holds this statement (xAPI: the same on every field it must not change; the timestamp
    compared as a moment, as an LRS may write it differently)."""
    if any(sent.get(key) != held.get(key) for key in EQUIVALENT):
        return False
    if "timestamp" in sent and "timestamp" in held:
        return _moment(sent["timestamp"]) == _moment(held["timestamp"])
    return True


def _moment(text):
    try:
        return datetime.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return text


def read_answer(response) -> bytes:
    data = response.read(MAX_ANSWER + 1)
    if len(data) > MAX_ANSWER:
        raise LrsError(f"The LRS's answer was longer than {MAX_ANSWER // (1024 * 1024)} MB; it was not read.")
    return data


def parse(body: bytes):
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def describe(body: bytes, kind: str) -> str:
    text = body.lstrip()[:200].lower()
    if not body.strip():
        return "an empty answer"
    if "html" in kind.lower() or text.startswith((b"<!doctype", b"<html", b"<")):
        return "an HTML page (a Wi-Fi login page or a proxy?)"
    if parse(body) is None:
        return "something that is not JSON"
    return "JSON of another shape"


def http_problem(where: str, exc: urllib.error.HTTPError) -> str:
    try:
        detail = read_answer(exc).decode("utf-8", "replace")[:300].strip()
    except (OSError, LrsError):
        detail = ""
    if exc.code in (401, 403):
        why = "refused the user name or password (check --lrs-user and --lrs-password)"
    elif exc.code >= 500:
        why = "had a problem of its own"
    else:
        why = "refused the statements"
    detail = detail if detail and not detail.lstrip().startswith("<") else ""
    return f"The LRS at {shown(where)} {why}: HTTP {exc.code} {exc.reason}" + (
        f" ({detail})." if detail else "."
    )


def body_of(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def headers(user: str | None, password: str | None) -> dict:
    headers = {"Content-Type": "application/json", "X-Experience-API-Version": XAPI_VERSION}
    if user is not None or password is not None:
        token = base64.b64encode(f"{user or ''}:{password or ''}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    return headers
