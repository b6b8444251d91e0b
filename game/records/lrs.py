"""Send xAPI statements to a Learning Record Store; keep what could not be sent.

    result = send_statements(url, statements, user, password, outbox=Path(".../xapi-outbox.json"),
                             ledger=Path(".../xapi-sent.json"))
    result.stored, result.earlier        # taken by the LRS now; acknowledged on an earlier run, not sent

A statement counts as stored only when the LRS says so in xAPI's own words: a
POST answered 200 with a JSON list of statement ids (those ids are stored), or a
PUT of one statement answered 204. Statements a POST answer does not list (an
LRS answers 204 or leaves out ids it holds already) and batches answered 409 are
put one by one; a PUT answered 409 is checked against what the LRS holds
(GET ?statementId=): the same statement is stored, a different one is a
conflict: reported as such, never as sent, and kept in the outbox. An HTML page
(a Wi-Fi login page, a proxy), an empty answer or anything else keeps the
statements in the outbox and says what came back.

Statements the LRS acknowledged are listed in the ledger (per LRS address), so a
later export sends only what is new or still waiting; `resend=True` sends all.

Plain standard library (no HTTP client is installed with the game, and records
must not cost the window's first frame anything): redirects are never followed
to another origin (scheme, host, port), so the Authorization header never goes
there; a POST is never turned into a GET; every connection has a connect and a
read timeout and the whole send a total deadline (a server that drips one byte
at a time cannot hold the export); answers are read up to a size limit; a
user:password@ in the URL is used as the credentials and never printed.
"""

from __future__ import annotations

import base64
import datetime
import http.client
import io
import json
import os
import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlencode, urljoin, urlsplit, urlunsplit

XAPI_VERSION = "1.0.3"
BATCH = 50
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


class _TimeUp(TimeoutError):
    pass


@dataclass(frozen=True)
class Sent:
    stored: int  # statements the LRS took (or confirmed holding) in this call
    earlier: int = 0  # statements it acknowledged on an earlier run, not sent again
    note: str | None = None  # something to tell that lost nothing (the ledger could not be written)


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


# -- sending ------------------------------------------------------------------------


def send_statements(
    url: str,
    statements: Iterable[dict],
    user: str | None,
    password: str | None,
    outbox: Path,
    ledger: Path | None = None,
    resend: bool = False,
    total_timeout: float = TOTAL_TIMEOUT,
    connect_timeout: float = CONNECT_TIMEOUT,
    read_timeout: float = READ_TIMEOUT,
) -> Sent:
    """Send the outbox, then the statements the LRS has not acknowledged yet (all with `resend`).

    Whatever is not stored is written to the outbox and LrsError says why and where; what is stored is
    added to the ledger (when given) so it is not sent again."""
    where = target(url)
    user = user if user is not None else where.user
    password = password if password is not None else where.password
    deadline = Deadline(total_timeout, connect_timeout, read_timeout)
    known = set() if (resend or ledger is None) else read_ledger(ledger, where.shown)
    pending = _unique(read_outbox(outbox) + list(statements))
    earlier = sum(1 for s in pending if s["id"] in known)
    pending = [s for s in pending if s["id"] not in known]
    client = Client(where.endpoint, _headers(user, password), deadline)
    stored: list[str] = []
    conflicts: list[str] = []
    problem: str | None = None
    for start in range(0, len(pending), BATCH):
        try:
            client.post(pending[start : start + BATCH], stored, conflicts)
        except LrsError as exc:
            problem = str(exc)
            break
    note = _remember(ledger, where.shown, stored) if ledger is not None and stored else None
    done = set(stored)
    left = [s for s in pending if s["id"] not in done]
    if not left:
        _clear(outbox)
        return Sent(len(stored), earlier, note)
    kept = _keep(outbox, left)
    parts = [note + "."] if note else []
    if problem:
        parts.append(problem)
    if conflicts:
        parts.append(
            f"{len(conflicts)} statement(s) conflict with different statements the LRS holds under the "
            f"same id (409 Conflict; first: {', '.join(conflicts[:3])}): they were not sent."
        )
    parts.append(
        f"{len(stored)} statement(s) were stored; {len(left)} statement(s) were kept in {kept}; run the "
        f"same command again to send them."
    )
    raise LrsError(" ".join(parts))


def get_statements(
    url: str, user: str | None, password: str | None, total_timeout: float = TOTAL_TIMEOUT, **params
) -> list[dict]:
    """Statements the LRS holds (filters such as registration=... as keyword arguments), all pages."""
    where = target(url)
    user = user if user is not None else where.user
    password = password if password is not None else where.password
    client = Client(where.endpoint, _headers(user, password), Deadline(total_timeout))
    query = urlencode(params)
    page_url = f"{where.endpoint}?{query}" if query else where.endpoint
    found: list[dict] = []
    while page_url:
        page = client.json("GET", page_url)
        if not isinstance(page, dict) or not isinstance(page.get("statements", []), list):
            raise LrsError(
                f"The LRS at {where.shown} answered with something that is not a page of statements."
            )
        found.extend(page.get("statements", []))
        more = page.get("more")
        page_url = urljoin(where.endpoint, more) if isinstance(more, str) and more else ""
        if page_url and origin(page_url) != origin(where.endpoint):
            raise LrsError(
                f"The LRS at {where.shown} pointed the next page to another address "
                f"({shown(page_url)}); it was not followed."
            )
    return found


class Client:
    """Requests to one LRS under one deadline, with the checks described at the top of this module."""

    def __init__(self, endpoint: str, headers: dict, deadline: Deadline):
        self.endpoint, self.headers, self.deadline = endpoint, headers, deadline
        self.opener = _opener(deadline)

    def post(self, batch: list, stored: list, conflicts: list) -> None:
        """Send one batch; the ids stored and in conflict are added to those lists as they are known (so
        they count even when a later statement of the batch fails). LrsError when the LRS does not
        answer as an LRS."""
        ids = [s["id"] for s in batch]
        status, body, kind = self.call("POST", self.endpoint, _body(batch))
        if status == 200:
            answer = _parse(body)
            if not (isinstance(answer, list) and all(isinstance(i, str) for i in answer)):
                raise LrsError(
                    f"The LRS at {shown(self.endpoint)} answered the statements with "
                    f"{_describe(body, kind)}, not the list of stored statement ids an LRS gives: "
                    "nothing was counted as sent."
                )
            listed = set(answer)
            stored += [i for i in ids if i in listed]
        elif status in (204, 409):  # 204: it held them all already (Ralph); 409: some differ (or are held)
            listed = set()
        else:
            raise LrsError(
                f"The LRS at {shown(self.endpoint)} answered HTTP {status} with {_describe(body, kind)}, "
                "which does not say the statements were stored."
            )
        for statement in batch:
            if statement["id"] in listed:
                continue
            (stored if self.put(statement) == "stored" else conflicts).append(statement["id"])

    def put(self, statement: dict) -> str:
        """ "stored" or "conflict" for one statement put under its own id."""
        where = f"{self.endpoint}?{urlencode({'statementId': statement['id']})}"
        status, body, kind = self.call("PUT", where, _body(statement))
        if status == 204:
            return "stored"
        if status == 409:  # the same statement (some LRSs answer 409 for that too) or a different one
            held = self.json("GET", where)
            return "stored" if isinstance(held, dict) and equivalent(statement, held) else "conflict"
        raise LrsError(
            f"The LRS at {shown(self.endpoint)} answered a statement with HTTP {status} and "
            f"{_describe(body, kind)}, not 204 No Content: it was not counted as sent."
        )

    def json(self, method: str, url: str):
        status, body, kind = self.call(method, url)
        if status != 200:
            raise LrsError(f"The LRS at {shown(url)} answered HTTP {status} with {_describe(body, kind)}.")
        answer = _parse(body)
        if answer is None:
            raise LrsError(f"The LRS at {shown(url)} answered with {_describe(body, kind)}, not JSON.")
        return answer

    def call(self, method: str, url: str, data: bytes | None = None) -> tuple[int, bytes, str]:
        """(status, body, content type) of a 2xx or 409 answer; LrsError for anything else, said plainly.

        Redirects within the same origin are followed (307/308 keep the method and body; a POST or PUT
        is never turned into a GET); a redirect to another origin is refused, never followed."""
        for _ in range(MAX_HOPS + 1):
            request = urllib.request.Request(url, data=data, headers=self.headers, method=method)
            try:
                with self.opener.open(
                    request, timeout=self.deadline.timeout(self.deadline.connect)
                ) as response:
                    return response.status, _read(response), response.headers.get("Content-Type", "")
            except urllib.error.HTTPError as exc:
                with exc:
                    if exc.code == 409:
                        return 409, _read(exc), exc.headers.get("Content-Type", "")
                    if exc.code in (301, 302, 303, 307, 308):
                        url = self._redirect(url, method, exc)
                        continue
                    raise LrsError(_http_problem(url, exc)) from None
            except _TimeUp:
                raise LrsError(self._too_slow(url)) from None
            except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, _TimeUp):
                    raise LrsError(self._too_slow(url)) from None
                if isinstance(reason, (socket.timeout, TimeoutError)):
                    reason = "no answer in time"
                raise LrsError(f"Could not reach the LRS at {shown(url)} ({reason}).") from None
        raise LrsError(f"The LRS at {shown(url)} redirected more than {MAX_HOPS} times; nothing was sent.")

    def _redirect(self, url: str, method: str, exc: urllib.error.HTTPError) -> str:
        location = exc.headers.get("Location", "")
        new = urljoin(url, location)
        if not location or origin(new) != origin(self.endpoint):
            raise LrsError(
                f"The LRS at {shown(url)} redirected to another address ({shown(new) or 'none'}); "
                "it was not followed, so neither the statements nor the password went there. If "
                "that is the LRS's real address, give it with --lrs."
            ) from None
        if method != "GET" and exc.code not in (307, 308):
            raise LrsError(
                f"The LRS at {shown(url)} answered {exc.code} {exc.reason}, which would turn the "
                f"statements into a GET and lose them; give its address as {shown(new)} with --lrs."
            ) from None
        return new

    def _too_slow(self, url: str) -> str:
        return (
            f"The LRS at {shown(url)} was too slow: the export gave up after {self.deadline.total:g} s "
            "(--lrs-timeout)."
        )


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


# -- time limits ---------------------------------------------------------------------


class Deadline:
    """A total time for everything, and a connect and a read timeout for each wait within it."""

    def __init__(
        self, total: float = TOTAL_TIMEOUT, connect: float = CONNECT_TIMEOUT, read: float = READ_TIMEOUT
    ):
        self.total, self.connect, self.read = total, connect, read
        self.end = time.monotonic() + total

    def timeout(self, each: float) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise _TimeUp("the total time for the export is over")
        return min(each, left)


class _Reader(socket.SocketIO):
    """The socket as a file whose every read waits at most the read timeout, and never past the deadline."""

    def __init__(self, sock, deadline: Deadline):
        super().__init__(sock, "rb")
        self.deadline = deadline

    def readinto(self, buffer) -> int:
        self._sock.settimeout(self.deadline.timeout(self.deadline.read))
        return super().readinto(buffer)


class _Socket:
    """What http.client uses of a socket (sendall, makefile, close...), each wait bounded by the deadline."""

    def __init__(self, sock, deadline: Deadline):
        self._sock, self._deadline = sock, deadline

    def sendall(self, data) -> None:
        view = memoryview(data)
        for start in range(0, len(view), 65536):
            self._sock.settimeout(self._deadline.timeout(self._deadline.read))
            self._sock.sendall(view[start : start + 65536])

    def makefile(self, mode="rb", *args, **kwargs):
        self._sock._io_refs += 1  # as socket.makefile: the socket stays open until this file closes too
        return io.BufferedReader(_Reader(self._sock, self._deadline))

    def __getattr__(self, name):
        return getattr(self._sock, name)


def _bounded(base):
    class Connection(base):
        def __init__(self, *args, deadline: Deadline, **kwargs):
            self._deadline = deadline
            super().__init__(*args, **kwargs)

        def connect(self):
            self.timeout = self._deadline.timeout(self._deadline.connect)
            super().connect()
            self.sock = _Socket(self.sock, self._deadline)

    return Connection


_HTTPConnection = _bounded(http.client.HTTPConnection)
_HTTPSConnection = _bounded(http.client.HTTPSConnection)


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline):
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        return self.do_open(_HTTPConnection, req, deadline=self.deadline)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline):
        super().__init__(context=ssl.create_default_context())
        self.deadline = deadline

    def https_open(self, req):
        return self.do_open(_HTTPSConnection, req, context=self._context, deadline=self.deadline)


def _opener(deadline: Deadline) -> urllib.request.OpenerDirector:
    """http and https (through the proxies the environment names) and nothing else: no redirect handler
    (redirects are decided in Client.call), no file:// or ftp://."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        _HTTPHandler(deadline),
        _HTTPSHandler(deadline),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


# -- answers -------------------------------------------------------------------------


def _read(response) -> bytes:
    data = response.read(MAX_ANSWER + 1)
    if len(data) > MAX_ANSWER:
        raise LrsError(f"The LRS's answer was longer than {MAX_ANSWER // (1024 * 1024)} MB; it was not read.")
    return data


def _parse(body: bytes):
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _describe(body: bytes, kind: str) -> str:
    text = body.lstrip()[:200].lower()
    if not body.strip():
        return "an empty answer"
    if "html" in kind.lower() or text.startswith((b"<!doctype", b"<html", b"<")):
        return "an HTML page (a Wi-Fi login page or a proxy?)"
    if _parse(body) is None:
        return "something that is not JSON"
    return "JSON of another shape"


def _http_problem(where: str, exc: urllib.error.HTTPError) -> str:
    try:
        detail = _read(exc).decode("utf-8", "replace")[:300].strip()
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


def _body(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _headers(user: str | None, password: str | None) -> dict:
    headers = {"Content-Type": "application/json", "X-Experience-API-Version": XAPI_VERSION}
    if user is not None or password is not None:
        token = base64.b64encode(f"{user or ''}:{password or ''}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    return headers


# -- the outbox and the ledger ---------------------------------------------------------


def read_outbox(outbox: Path) -> list[dict]:
    try:
        data = json.loads(Path(outbox).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise LrsError(
            f"the statements outbox {outbox} cannot be read ({exc}); move it aside to start a new one"
        ) from None
    if not isinstance(data, list) or not all(
        isinstance(s, dict) and isinstance(s.get("id"), str) for s in data
    ):
        raise LrsError(
            f"the statements outbox {outbox} is not a list of statements; move it aside to start a "
            "new one (the records database still holds everything)"
        )
    return data


def read_ledger(ledger: Path, lrs: str) -> set:
    """Ids the LRS at `lrs` acknowledged on earlier runs (empty when the ledger is missing or unreadable:
    everything is then sent again, which an LRS stores once)."""
    try:
        data = json.loads(Path(ledger).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    ids = (
        data.get("lrs", {}).get(lrs) if isinstance(data, dict) and isinstance(data.get("lrs"), dict) else None
    )
    return {i for i in ids if isinstance(i, str)} if isinstance(ids, list) else set()


def _remember(ledger: Path, lrs: str, ids: list) -> str | None:
    """Add `ids` to what `lrs` acknowledged; a message when the ledger cannot be written, else None."""
    ledger = Path(ledger)
    try:
        data = json.loads(ledger.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict) or not isinstance(data.get("lrs"), dict):
        data = {}
    table = data.get("lrs", {})
    known = table.get(lrs) if isinstance(table.get(lrs), list) else []
    seen = set(known)
    table[lrs] = known + [i for i in ids if i not in seen]
    try:
        _write_atomically(ledger, {"format": LEDGER_FORMAT, "version": 1, "lrs": table})
    except OSError as exc:
        return f"the list of statements sent ({ledger}) could not be written ({exc}); they will be sent again"
    return None


def _unique(statements: list) -> list:
    seen, out = set(), []
    for statement in statements:
        key = statement.get("id") or json.dumps(statement, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(statement)
    return out


def _write_atomically(path: Path, value) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(value, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)


def _keep(outbox: Path, statements: list) -> Path:
    outbox = Path(outbox)
    try:
        _write_atomically(outbox, statements)
    except OSError as exc:
        raise LrsError(
            f"The statements could not be sent, and could not be kept in {outbox} either "
            f"({exc}); export them with --format xapi -o FILE."
        ) from None
    return outbox


def _clear(outbox: Path) -> None:
    try:
        Path(outbox).unlink()
    except FileNotFoundError:
        pass
